"""A place's own legislature named after it (en_ents13 round, issue 11): `the Nairobi County
Assembly`, `the Sabah State Assembly`. The place's administrative word (`County`, `State`) opens a
legislature of ``legislatures.txt`` (`County Assembly`, `State Assembly`), so the place took the
word and left `Assembly` behind; the whole is the body (the guidelines keep a body's place inside
its name, as in `Harare City Council`)."""

from __future__ import annotations

from functools import cache

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.resources import read_list

#: The longest legislature read after the place's last word (`State Legislative Assembly`).
LONGEST = 3


@cache
def _legislatures(lang: str) -> frozenset[str]:
    return frozenset(read_list(lang, "legislatures.txt"))


def legislature_after_place(s: EntityState, gaz_end: int, end: int) -> int | None:
    """Where a listed legislature ends that opens with an administrative word the place took
    (a word from ``gaz_end`` to ``end - 1``) and goes on past ``end``; None otherwise."""
    names = _legislatures(s.analysis.lang)
    for k in range(gaz_end, end):
        for last in range(end, min(k + LONGEST, s.n)):
            if not s.joined(last - 1, last) or not s.free(last):
                break
            if " ".join(s.word(i) for i in range(k, last + 1)) in names:
                return last + 1
    return None
