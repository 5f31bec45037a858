"""Balinese village units (`Desa Adat X`, `Banjar Dinas X`) and the offices before them (`Kelian`).

Two-word types with the name after them are one GPE; an acronym in brackets between them leaves
the name alone; the type without a name, and the office word, are held (no place)."""

from __future__ import annotations

from functools import cache

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.people.entity_name_runs import prefixed_name
from annotator.nlp.entities.places.entity_places import place_name_end
from annotator.nlp.resources import read_toml


@cache
def compound_types(lang: str) -> dict[str, frozenset[str]]:
    """First word -> the second words that make a two-word place type with it."""
    table: dict[str, set[str]] = {}
    for phrase in read_toml(lang, "entity_words.toml").get("compound_place_types", []):
        first, second = phrase.split()
        table.setdefault(first, set()).add(second)
    return {first: frozenset(seconds) for first, seconds in table.items()}


@cache
def village_offices(lang: str) -> frozenset[str]:
    return frozenset(read_toml(lang, "entity_words.toml").get("village_offices", []))


def gate_words(lang: str) -> frozenset[str]:
    """The words where :func:`village_unit` may propose (its first test)."""
    return frozenset(compound_types(lang)) | village_offices(lang)


def _compound_at(s: EntityState, index: int) -> bool:
    seconds = compound_types(s.analysis.lang).get(s.word(index))
    return bool(seconds) and s.word(index + 1) in seconds and s.joined(index, index + 1) and s.free(index + 1)


def village_unit(s: EntityState, index: int) -> int | None:
    """`Desa Adat Sumberkelampok` (GPE), `Kelian | Desa Adat (KDA) | Bugbug` (the name alone)."""
    word = s.word(index)
    if word in village_offices(s.analysis.lang) and s.joined(index, index + 1) and _compound_at(s, index + 1):
        s.block(index, index)  # the office: a role, no place
        return index + 1
    if word not in compound_types(s.analysis.lang) or not _compound_at(s, index):
        return None
    first = index + 2
    gap = s.tokens.gap
    acronym = s.word(first).isupper() and gap(index + 1, first).strip() == "(" and gap(first, first + 1).strip() == ")"
    if acronym and s.cap_word(first + 1):
        s.block(index, first)
        end = _name_end(s, first + 1)
        s.add(first + 1, end - 1, "GPE")
        return end
    if not s.cap_word(first) or not s.joined(index + 1, first) or s.word(first).isupper():
        s.block(index, index + 1)  # `desa adat` as a common noun: no place
        return first
    end = _name_end(s, first)
    s.add(index, end - 1, "GPE")
    return end


def _name_end(s: EntityState, first: int) -> int:
    """A known name may open a longer village name (`Banjar Dinas Tegal Bundar`): up to three words."""
    end = place_name_end(s, first, max_words=3)
    while end - first < 3 and s.cap_word(end) and s.joined(end - 1, end) and s.word(end) not in s.res.place_types:
        end += 1
    for k in range(first + 1, end):
        if prefixed_name(s, k, k + 2) and s.cap_word(k + 1) and s.joined(k, k + 1):
            return k  # `Kelian Banjar Adat Kenanga Wayan Suparta`: the hamlet's head is named after it
    return end
