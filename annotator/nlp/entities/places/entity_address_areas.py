"""A village or district after a street address (`di Jalan Kebo Iwa Utara, Padangsambian Kaja`):
a run of two or more capitalised words that the area lists hold, right after the comma that ends
the street's name, is a GPE, not a person's name."""

from __future__ import annotations

from collections.abc import Collection

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.places.entity_gazetteers import local_area_names
from annotator.nlp.text.tokens import words_present

#: The longest street name read back from the comma to the road word.
MAX_STREET_WORDS = 6
MAX_AREA_WORDS = 3


def after_street(s: EntityState) -> Collection[int]:
    """The gate: words right after a comma that closes a street's name (a road word within
    ``MAX_STREET_WORDS`` before it, joined by spaces)."""
    by_text = s.tokens.by_text
    words: set[int] = set()
    for road in words_present(by_text, s.words.road_words):
        for index in by_text[road]:
            k = index + 1
            while k < s.n and k - index <= MAX_STREET_WORDS and s.joined(k - 1, k):
                k += 1
            if k < s.n and s.tokens.gap(k - 1, k).strip() == ",":
                words.add(k)
    return words


def address_area(s: EntityState, index: int) -> int | None:
    """`Jalan X, Padangsambian Kaja`: the area after the street (word ``index``) as a GPE."""
    if s.analysis.lang != "id" or not _street_before(s, index):
        return None
    names = local_area_names()
    tokens = s.tokens.tokens
    for end in range(min(index + MAX_AREA_WORDS, s.n), index + 1, -1):
        if not all(s.cap_word(k) for k in range(index, end)) or not all(s.joined(k - 1, k) for k in range(index + 1, end)):
            continue
        if s.text[tokens[index].start : tokens[end - 1].end] in names and not (s.cap_word(end) and s.joined(end - 1, end)):
            s.add(index, end - 1, "GPE")
            return end
    return None


def _street_before(s: EntityState, index: int) -> bool:
    """Whether a comma closing a street's name stands right before word ``index``."""
    if index < 2 or s.tokens.gap(index - 1, index).strip() != ",":
        return False
    for road in range(index - 1, max(-1, index - 2 - MAX_STREET_WORDS), -1):
        if road < index - 1 and not s.joined(road, road + 1):
            return False
        if s.word(road) in s.words.road_words:
            return road < index - 1
    return False
