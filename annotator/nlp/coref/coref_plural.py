"""Antecedents a coreference step must not take: one person for a plural pronoun (`they`,
`mereka`), and a person named inside the very report the speaker gives; and the nickname in
quotation marks inside a full name (`Joko ‘Jokowi’ Widodo`), which a short name may stand for."""

from __future__ import annotations

from functools import lru_cache

from annotator.nlp.analysis import Mention
from annotator.nlp.text.marks import QUOTATION_MARKS, mark_chars


def inside(mention: Mention, report: Mention | None) -> bool:
    """Whether ``mention`` lies inside ``report`` (`Talks with X, he added, ...`: X is talked about)."""
    return report is not None and report.start <= mention.start and mention.end <= report.end


def plural_antecedent(para: int, speaker: Mention, speakers_before: list[tuple[int, Mention]]) -> Mention | None:
    """What `they`/`mereka` stands for: the organisation that spoke last, in this paragraph or before
    (`Rappler said ... . “...,” they added`), never a single person; else nothing."""
    organisations = [person for position, person in speakers_before if position < speaker.start and person.label == "ORG"]
    in_para = [person for position, person in speakers_before if para <= position < speaker.start]
    if in_para and in_para[-1].label != "ORG":
        return None  # a person spoke last here: `they` is a group, not that person and not an older organisation
    return organisations[-1] if organisations else None


#: Quotation marks around a nickname inside a name.
_NICKNAME_MARKS = mark_chars(QUOTATION_MARKS)


def bare(word: str) -> str:
    """A word of a name without the quotation marks of a nickname (`‘Jokowi’` → `Jokowi`)."""
    return word.strip(_NICKNAME_MARKS) or word


@lru_cache(maxsize=4096)
def bare_words(name: str) -> frozenset[str]:
    """The bare words of a name's text (cached: coreference compares each short name with every
    person of the text, the same few names again and again)."""
    return frozenset(bare(word) for word in name.split())


def nicknames(words: list[str]) -> set[str]:
    """The words of a name printed in quotation marks (`Joko ‘Jokowi’ Widodo` → {`Jokowi`})."""
    return {bare(word) for word in words if bare(word) != word}
