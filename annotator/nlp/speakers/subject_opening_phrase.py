"""An English role subject behind an opening adverbial with no comma (`Regarding the delay the
minister said ...`, `Earlier this week the council said ...`, `In his speech the governor said ...`):
the role starts at its own article, the last one in the stretch whose word before it is no
preposition or conjunction that ties it to the role (`The head of the agency`, `All the members`)
and no verb form that makes it an object (`The official handling the case`)."""

from __future__ import annotations

import re
from itertools import pairwise

from annotator.nlp.resources import speech_words

_ARTICLES = speech_words()["english_articles"]
#: Words before an inner article that keep it inside the role.
_KEEPERS = speech_words()["role_inner_article_keepers_en"]
#: The only such words a role after an opening adverbial may hold (`the head of the agency`).
_ROLE_LINKS = speech_words()["role_inner_article_links_en"]
#: The longest role after an opening adverbial.
MAX_ROLE_WORDS = 6
_WORD = re.compile(r"[\w'’.-]+")
#: Endings of a participle or a past verb before an inner article (`handling the case`, `attacked the guard`).
_VERB_ENDINGS = ("ing", "ed")


def role_article_start(text: str, start: int, end: int, covered: list[tuple[int, int]]) -> int:
    """Where a role subject from ``start`` to ``end`` begins when an opening adverbial stands
    before its article; ``start`` when there is none. ``covered`` are the entities' spans: an
    article inside a name is no start."""
    words = list(_WORD.finditer(text, start, end))
    cut = start
    for before, word in pairwise(words):
        if word.group() not in _ARTICLES:  # lower case only: `The` opens the sentence
            continue
        previous = before.group().lower()
        if previous in _KEEPERS or previous.endswith(_VERB_ENDINGS) or any(s <= word.start() < e for s, e in covered):
            continue
        cut = word.start()
    role = [word.lower() for word in text[cut:end].split()]
    if cut == start or not role[1:] or len(role) > MAX_ROLE_WORDS:
        return start  # the article must be followed by the role's words
    if any(word in _KEEPERS and word not in _ROLE_LINKS for word in role[1:]):
        return start  # `The apology marks a U-turn on X's previous claim`: a clause, no role
    return cut
