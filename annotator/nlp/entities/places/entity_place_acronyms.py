"""A place's name that its acronym in brackets spells out (`Kelurahan Lahi Lai Besi Koepan
(LLBK)`): the name runs as far as the acronym's letters, past the usual three-word limit."""

from __future__ import annotations

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.places.entity_place_shorts import shortens_place

MAX_SPELT_WORDS = 6


def spelt_end(s: EntityState, type_word: int, first: int, end: int) -> int:
    """Where the place from ``first`` ends when capitalised words and then an acronym in brackets
    follow whose letters are the initials of the type word and the name, or of the name alone;
    else ``end`` unchanged."""
    k = first
    while k < s.n and k - first < MAX_SPELT_WORDS and s.cap_word(k) and (k == first or s.joined(k - 1, k)):
        k += 1
    if k <= end or k >= s.n or s.tokens.gap(k - 1, k).strip() != "(" or s.tokens.gap(k, k + 1)[:1] != ")":
        return end
    acronym = s.word(k)
    if not (acronym.isupper() and acronym.isalpha()):
        return end
    initials = "".join(s.word(j)[0] for j in range(first, k)).upper()
    if acronym in (initials, s.word(type_word)[0].upper() + initials):
        return k
    return end


def spells_place(s: EntityState, place: Mention, short: str) -> bool:
    """`Kelurahan Lahi Lai Besi Koepan (LLBK)`, `Taman Nasional Bali Barat (TNBB)`: capitals, three
    or more, that are the initials of the GPE or LOC ``place`` right before them (its type word in
    or out) name the place too."""
    if place.label not in ("GPE", "LOC") or len(short) < 3 or not (short.isupper() and short.isalpha()):
        return False
    initials = "".join(word[0] for word in s.text[place.start : place.end].split()).upper()
    return short in (initials, initials[1:])


def spells_or_shortens(s: EntityState, place: Mention, short: str) -> bool:
    """The place's acronym (:func:`spells_place`) or its short form (`Tulang Bawang (Tuba)`)."""
    return spells_place(s, place, short) or shortens_place(s, place, short)
