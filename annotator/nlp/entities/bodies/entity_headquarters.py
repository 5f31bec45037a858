"""A force named by its headquarters (`Mabes Polri`) and the unit written before it
(`Bareskrim Mabes Polri`, `Divisi Hukum Mabes Polri`, `Densus 88 Mabes Polri`).

The headquarters word is a facility word, so the scan tags the force alone (`Polri`) and the unit
as a second ORG. National newsrooms write the chain this way for every unit of the national police,
and the real gold keeps it whole: one ORG from the unit to the force. The headquarters with no unit
before it (`dibawa ke Mabes Polri`) is left as the earlier rounds have it (the building untagged,
the force an ORG): the real sets do not agree on it yet. The words live in ``id/headquarters.txt``."""

from __future__ import annotations

from functools import cache

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.resources import read_list


@cache
def _words(lang: str) -> frozenset[str]:
    return frozenset(read_list(lang, "headquarters.txt"))


def _headquarters_before(s: EntityState, mention: Mention, words: frozenset[str]) -> int | None:
    """Where a headquarters word right before ``mention`` (one space between) starts, if any."""
    for word in words:
        start = mention.start - len(word) - 1
        if start >= 0 and s.text[start : mention.start] == f"{word} " and not s.text[start - 1 : start].isalnum():
            return start
    return None


def units_at_headquarters(s: EntityState) -> None:
    """Join a unit's ORG, the headquarters word and the force's ORG after it into one ORG."""
    words = _words(s.analysis.lang)
    if not words or not any(f"{word} " in s.text for word in words):
        return
    organisations = sorted((m for m in s.found if m.label == "ORG"), key=lambda m: m.start)
    by_end = {m.end: m for m in organisations}
    dropped: list[Mention] = []
    for mention in organisations:
        start = _headquarters_before(s, mention, words)
        if start is None or any(m.start <= start < m.end for m in s.found if m is not mention):
            continue
        unit = by_end.get(start - 1)
        if unit is None or any(unit is d for d in dropped):
            continue  # `ke Mabes Polri` alone: the word stays a building, as before (see the module doc)
        index = s.tokens.first_at_or_after(start)
        if index < s.n:
            s.taken[index] = True
        unit.end = mention.end  # `Bareskrim` + `Mabes` + `Polri`: one name
        by_end[unit.end] = unit
        dropped.append(mention)
    if dropped:
        s.found[:] = [m for m in s.found if all(m is not d for d in dropped)]
