"""English people introduced with their role in apposition: `John Mbeki, the regional police
commander, said ...` and later `“...,” the police commander said`. The role speaker (`the <title>`)
names the person whose apposition holds its words and ends with the same head noun, rather than
the last speaker or the last person named. A deputy, former or acting holder (`X, the former
commander,`) is someone else. Read by :func:`annotator.nlp.coref.coref_titles.titled_person`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator.nlp.analysis import Mention
from annotator.nlp.resources import speech_words

#: The apposition right after a name: a comma, an optional article, then words up to the next comma,
#: full stop, semicolon or line end (`, the regional police commander,`).
_APPOSITION = re.compile(r",[ \t]+(?:(?:the|a|an)[ \t]+)?([^,.;:\n“”\"()]{2,80}?)[ \t]*(?:[,.;\n]|$)", re.IGNORECASE)
#: Words that end the head of an apposition (`police chief of Harare province`).
_HEAD_ENDS = speech_words()["apposition_head_ends"]


def _head_phrase(apposition: str) -> list[str]:
    head: list[str] = []
    for word in apposition.lower().split():
        if word in _HEAD_ENDS:
            break
        head.append(word)
    return head


def _holds_in_order(title: tuple[str, ...], words: list[str]) -> bool:
    position = 0
    for word in words:
        if position < len(title) and word == title[position]:
            position += 1
    return position == len(title)


def apposed_people(text: str, title: tuple[str, ...], people: Sequence[Mention], other_holders: frozenset[str]) -> list[Mention]:
    """The people (in text order) whose apposition's head phrase ends with ``title``'s head noun and
    holds all of ``title``'s words in order, none of ``other_holders`` added (`former`, `deputy`)."""
    found: list[Mention] = []
    for person in people:
        match = _APPOSITION.match(text, person.end)
        if match is None:
            continue
        head = _head_phrase(match.group(1))
        if not head or head[-1] != title[-1] or not _holds_in_order(title, head):
            continue
        if any(word in other_holders and word not in title for word in head):
            continue  # `X, the former police commander,` is not `the police commander`
        found.append(person)
    return found
