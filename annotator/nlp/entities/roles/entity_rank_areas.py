"""Runs that look like a name and name no one (b9en round, issue 11). The police area before a
rank written in capitals (South Asian pages):
`Landhi-Korangi SP Shah Nawaz Chachar` gives the place `Landhi-Korangi` and leaves the rank out of
the name; `East Zone DIG Saqib Ismail Memon` names a police zone, no place and no one
(``rank_area_units``)."""

from __future__ import annotations

from functools import cache

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.resources import read_toml


@cache
def _area_units(lang: str) -> frozenset[str]:
    return frozenset(read_toml(lang, "entity_words.toml").get("rank_area_units", []))


@cache
def _named_tails(lang: str) -> frozenset[str]:
    return frozenset(read_toml(lang, "entity_words.toml").get("named_facility_tails", []))


def rank_after_run(s: EntityState, end: int) -> bool:
    """A rank in capitals (`SP`, `DIG`) right after the run ending before ``end``, with a name after it."""
    if s.analysis.lang != "en" or end >= s.n or not s.joined(end - 1, end):
        return False
    word = s.word(end)
    if not (word.isupper() and 2 <= len(word) <= 4):
        return False
    match = s.lex.titles.match(s.tokens, end)
    return match is not None and s.cap_word(match[0]) and s.joined(match[0] - 1, match[0])


@cache
def _inner_ranks(lang: str) -> frozenset[str]:
    return frozenset(read_toml(lang, "entity_words.toml").get("area_ranks", []))


def _rank_inside(s: EntityState, first: int, end: int) -> bool:
    """`Landhi-Korangi SP Shah Nawaz Chachar` read as one run: a rank of ``area_ranks`` (no title
    everywhere: `SP Member` is a Philippine post) after one to three words and before a name of two
    or more; the area, then the name."""
    ranks = _inner_ranks(s.analysis.lang)
    for k in range(first + 1, min(end - 2, first + 4)):
        if s.word(k) in ranks:
            _area(s, first, k)
            s.block(k, k)
            s.add(k + 1, end - 1, "PERSON")
            return True
    return False


def _area(s: EntityState, first: int, end: int) -> None:
    if s.word(end - 1) in _area_units(s.analysis.lang):
        s.block(first, end - 1)  # `East Zone DIG X`: a police zone
    else:
        s.add(first, end - 1, "GPE")  # `Landhi-Korangi SP X`


def area_before_rank(s: EntityState, first: int, end: int) -> bool:
    """Tag the run ``first``..``end`` as the rank's area (a GPE, or nothing for a police zone) when a
    rank in capitals follows it, or stands inside it before a name; returns whether it did."""
    if s.analysis.lang == "en" and _rank_inside(s, first, end):
        return True
    if not rank_after_run(s, end) or end - first > 3:
        return False
    _area(s, first, end)
    return True


def named_after_person(s: EntityState, first: int, end: int) -> bool:
    """English: a name run right before a facility's last word (`Raja Muthiah Road`, `Nelson
    Mandela Bridge`) names the road or building, which is not tagged: hold the words."""
    if s.analysis.lang != "en" or end - first < 2 or end >= s.n or not s.joined(end - 1, end):
        return False
    if s.word(end) not in _named_tails(s.analysis.lang):
        return False  # `Peter Hall`: a surname that is also a facility's word
    s.block(first, end)
    return True
