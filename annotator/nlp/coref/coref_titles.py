"""English `the <title>` speakers resolved to the person the text introduced with that title.

`Unification Minister Cho Myoung-gyon told reporters ... . The unification minister said ...`: the
role, written in small letters after `the`, names the person the same title stood before (with
only capitalised words between, as for `Kapolres Kendal AKBP X`, or right before the name when the
title too is in small letters: `foreign minister X`), not the last speaker. A deputy,
former or acting holder is someone else, and a lone `minister` never means the prime minister.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from annotator.nlp.analysis import Mention
from annotator.nlp.coref.coref_apposed_roles import apposed_people
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.speaker_descriptions import person_heads
from annotator.nlp.text.patterns import last_word_before

#: Words before a title that make its holder someone else (`Deputy Minister X` is not `the minister`).
OTHER_HOLDERS = speech_words()["other_title_holders"]
#: Nouns of documents that speak (`The statement said`) and of unnamed sources: they resolve to no one.
_WRITTEN = frozenset(speech_words()["document_nouns"])
DOCUMENT_NOUNS = _WRITTEN | frozenset(speech_words()["anonymous_sources"])
#: Words that end the head of a document speaker (`the intelligence report obtained by X`).
_HEAD_ENDS = speech_words()["document_head_ends"]
#: How far after the title the person's name may start (ranks and capitalised words between).
NAME_GAP = 25


@lru_cache(maxsize=256)
def _title_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + r"\s+".join(re.escape(word) for word in words) + r"(?!\w)", re.IGNORECASE)


def titled_person(text: str, speaker: Mention, people: Sequence[Mention], widen: Callable[[Mention], Mention]) -> Mention | None:
    """The person introduced as `<Title> <Name>` or `<Name>, the <title>,` for a speaker `the
    <title>`, else None.

    Only a title whose last word is a person's role (`minister`, `spokesman`, `governor`) counts;
    the nearest such person named before the speaker wins, else the first after it; ``widen`` gives
    a short name its full form."""
    words = text[speaker.start : speaker.end].split()
    if len(words) < 2 or words[0].lower() != "the" or not all(word.isalpha() for word in words[1:]):
        return None
    title = tuple(word.lower() for word in words[1:])
    if title[-1] not in person_heads("en"):
        return None  # `the ministry`, `the statement` name no one
    found: list[Mention] = []
    for occurrence in _title_pattern(title).finditer(text):
        if occurrence.start() < speaker.end and speaker.start < occurrence.end():
            continue
        previous = last_word_before(text, occurrence.start())
        if previous and previous[0].lower().strip(",") in OTHER_HOLDERS:
            continue
        after = occurrence.end()
        person = next((m for m in people if after <= m.start <= after + NAME_GAP), None)
        if person is None:
            continue
        if not text[occurrence.start()].isupper() and text[after : person.start].strip():
            # A title before a name is capitalised (`Unification Minister X`), or in small letters
            # right before it (`foreign minister Yusuf Tuggar`, as some wires print it).
            continue
        between = text[after : person.start].replace(",", " ").split()
        if all(word[:1].isupper() for word in between):
            found.append(person)
    # `John Mbeki, the regional police commander, said`: the title given after the name.
    found = sorted([*found, *apposed_people(text, title, people, OTHER_HOLDERS)], key=lambda m: m.start)
    earlier = [m for m in found if m.end <= speaker.start]
    if earlier:
        return widen(earlier[-1])
    return widen(found[0]) if found else None


def document_speaker(text: str, speaker: Mention) -> bool:
    """Whether a role speaker is a document (`The statement`, `A Filipino police statement`, `the
    intelligence report obtained by ...`, `Laporan BMKG`) or an unnamed source (`the source`): its
    head noun, the last word before a preposition or participle (the first word in Indonesian), is
    one of those nouns."""
    return _head_in(text, speaker, DOCUMENT_NOUNS)


def written_document(text: str, speaker: Mention) -> bool:
    """Whether a role speaker is a document (`The media report`, `the statement`), which no person
    stands behind: unlike an unnamed source, a later `he said` cannot mean it."""
    return _head_in(text, speaker, _WRITTEN)


def _head_in(text: str, speaker: Mention, nouns: frozenset[str]) -> bool:
    words = [word.strip(".,;:()").lower() for word in text[speaker.start : speaker.end].split()]
    if any(word.endswith(("'s", "’s")) for word in words):
        return False  # `the council's latest report`: the organisation it names speaks through it
    head: list[str] = []
    for word in words:
        if word in _HEAD_ENDS:
            break
        head.append(word)
    return bool(head) and (head[-1] in nouns or head[0] in nouns)
