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
from annotator.nlp.coref.coref_salience import coref_words
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.speaker_descriptions import person_heads
from annotator.nlp.text.patterns import last_word_before

#: Words before a title that make its holder someone else (`Deputy Minister X` is not `the minister`).
OTHER_HOLDERS = speech_words()["other_title_holders"]
#: Nouns of documents that speak (`The statement said`) and of unnamed sources: they resolve to no one.
_WRITTEN = frozenset(speech_words()["document_nouns"])
DOCUMENT_NOUNS = _WRITTEN | frozenset(speech_words()["anonymous_sources"])
#: Words that end the head of a document speaker (`the intelligence report obtained by X`).
_HEAD_ENDS = frozenset(speech_words()["document_head_ends"])
#: How far after the title the person's name may start (ranks and capitalised words between).
NAME_GAP = 25
#: Words before a role's head that only say in what its holder acts (`the trial magistrate`).
_OCCASION_MODIFIERS = coref_words()["role_occasion_modifiers"]


@lru_cache(maxsize=256)
def _title_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + r"\s+".join(re.escape(word) for word in words) + r"(?!\w)", re.IGNORECASE)


def titled_person(
    text: str,
    speaker: Mention,
    people: Sequence[Mention],
    widen: Callable[[Mention], Mention],
    current: Mention | None = None,
) -> Mention | None:
    """The person introduced as `<Title> <Name>`, `the <title>, <Name>` or `<Name>, the <title>,`
    for a speaker `the <title>`, else None.

    Only a title whose last word is a person's role (`minister`, `spokesman`, `governor`) counts;
    the nearest such person named before the speaker wins, else the first after it; ``widen`` gives
    a short name its full form. A title no one was introduced with whose other words only say in
    what the holder acts (`the trial magistrate`, `the investigating officer`) names the one person
    its head noun introduced (`Principal Magistrate X`), when the text introduces only one. When
    the text introduces several people with the title and ``current``, the one who spoke last in
    the speaker's paragraph, is one of them, the title goes on with that one."""
    words = text[speaker.start : speaker.end].split()
    if len(words) < 2 or words[0].lower() != "the" or not all(word.isalpha() for word in words[1:]):
        return None
    title = tuple(word.lower() for word in words[1:])
    if title[-1] not in person_heads("en"):
        return None  # `the ministry`, `the statement` name no one
    found = _holders(text, title, speaker, people)
    if not found and len(title) > 1 and all(word in _OCCASION_MODIFIERS for word in title[:-1]):
        holders = {(m.start, m.end): m for m in map(widen, _holders(text, title[-1:], speaker, people))}
        names = {text[start:end] for start, end in holders}
        return next(iter(holders.values())) if len(names) == 1 else None
    if not found:
        return None
    earlier = [m for m in found if m.end <= speaker.start]
    chosen = widen(earlier[-1] if earlier else found[0])
    return _speaking_holder(found, chosen, current, widen)


def _speaking_holder(
    found: list[Mention], chosen: Mention, current: Mention | None, widen: Callable[[Mention], Mention]
) -> Mention:
    """`Her attorney X, who appears with attorney Y. She said ... . “...,” the attorney complained`:
    of two holders of the title, the one speaking in the paragraph (``current``), not the one named
    last."""
    if current is None or (current.start, current.end) == (chosen.start, chosen.end):
        return chosen
    holders = {(person.start, person.end) for person in map(widen, found)}
    return current if (current.start, current.end) in holders else chosen


def _holders(text: str, title: tuple[str, ...], speaker: Mention, people: Sequence[Mention]) -> list[Mention]:
    """The people (in text order) the text introduces with ``title``, outside the speaker itself."""
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
        gap = text[after : person.start].strip()
        # `the prosecutor, Ame Moremi, said`: a closed apposition (`When he asked the magistrate, Moremi
        # stood` is a clause, not the magistrate's name)
        apposed = gap == "," and bool(previous) and previous[0].lower() == "the" and text[person.end :].startswith(",")
        if not text[occurrence.start()].isupper() and gap and not apposed:
            # A title before a name is capitalised (`Unification Minister X`), or in small letters
            # right before it (`foreign minister Yusuf Tuggar`, as some wires print it) or after
            # `the` and a comma (`the prosecutor, Jane Doe,`).
            continue
        between = text[after : person.start].replace(",", " ").split()
        if all(word[:1].isupper() for word in between):
            found.append(person)
    # `John Mbeki, the regional police commander, said`: the title given after the name.
    return sorted([*found, *apposed_people(text, title, people, OTHER_HOLDERS)], key=lambda m: m.start)


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
    head = _up_to_head(words, _HEAD_ENDS)
    return bool(head) and (head[-1] in nouns or head[0] in nouns)


def _up_to_head(words: list[str], ends: frozenset[str] | list[str]) -> list[str]:
    """The words of a speaker up to its head noun: those before the first of ``ends`` (lower case)."""
    head: list[str] = []
    for word in words:
        if word.lower() in ends:
            break
        head.append(word)
    return head


def plural_role_head(text: str, speaker: Mention) -> bool:
    """`detectives`, `traffic constables`, `the scouts of the club`: an English role speaker whose
    head noun (its last word before `of`, `at`, `who` ...) is a small-letter plural stands for a
    group, never the one person named before (`..., detectives say, ...` after a suspect)."""
    table = coref_words()
    head = _up_to_head(text[speaker.start : speaker.end].split(), _HEAD_ENDS | table["role_head_stops_en"])
    if not head:
        return False
    noun = head[-1].strip(".,;:()\"“”")
    plain = noun.lower()
    small = noun[1:].islower() if len(head) == 1 else noun.islower()  # `Detectives said` opens a sentence
    return (
        small
        and noun.isalpha()
        and len(plain) > 3
        and plain.endswith("s")
        and not plain.endswith(("ss", "us", "is"))
        and plain not in table["not_plural_heads_en"]
    )


def unheld_ranked_office(text: str, speaker: Mention) -> bool:
    """`The Prime Minister said` (en_speak13 round): an English speaker that is `The` + a
    capitalised office of which there is one above the portfolio ministers (`ranked_offices_en`).
    Asked only when no one on the page was introduced with that office, so the holder is unnamed
    and never the minister who spoke before."""
    words = text[speaker.start : speaker.end].split()
    if len(words) < 2 or words[0].lower() != "the" or not all(word[:1].isupper() for word in words[1:]):
        return False
    return " ".join(words[1:]).lower() in coref_words()["ranked_offices_en"]
