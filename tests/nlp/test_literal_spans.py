"""whole_word_spans and bounded_spans (text/patterns.py) find what their patterns find, with no
pattern compiled for the literal, in a whole text or a range of it; a text's web addresses are
read once (speed22a, speed23)."""

from __future__ import annotations

import random
import re

from annotator.nlp.analysis import Analysis
from annotator.nlp.entities.credits import entity_credits as credits
from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.rules import furniture_step, tokens_of
from annotator.nlp.text.patterns import bounded_spans, whole_word, whole_word_spans

#: Word characters of several kinds (`_`, digits, a non-ASCII letter and digit), spaces and marks.
_ALPHABET = [*"ab AB_1-.()/\n", "é", "٣", "’", "ab", "AB"]
_LITERALS = ["ab", "AB", "a", "b_", "1", "é", "a-b", "(AB)", ".", "-a", "b.", "ab ab", "٣a", "a’"]


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 14))) for _ in range(count)]


def test_whole_word_spans_are_the_whole_word_matches() -> None:
    for text in _texts(11, 6000):
        for literal in _LITERALS:
            expected = [match.span() for match in whole_word(literal).finditer(text)]
            assert whole_word_spans(literal, text) == expected, (literal, text)


def test_whole_word_spans_in_a_range_are_the_pattern_s_matches_there() -> None:
    """With a start and a stop, the spans of ``finditer(text, start, stop)``: the look-behind sees
    the text before ``start``, nothing after ``stop`` is seen (speed23: coreference's names and
    units asked once per text, no pattern compiled for each)."""
    rng = random.Random(13)
    for text in _texts(13, 4000):
        for literal in _LITERALS:
            start, stop = sorted((rng.randint(0, len(text) + 1), rng.randint(0, len(text) + 1)))
            expected = [match.span() for match in whole_word(literal).finditer(text, start, stop)]
            assert whole_word_spans(literal, text, start, stop) == expected, (literal, text, start, stop)
            bounded = re.compile(rf"(?<!\w){re.escape(literal)}(?!\w)").search(text, start, stop)
            assert bool(whole_word_spans(literal, text, start, stop)) == (bounded is not None), (literal, text)


def test_bounded_spans_are_the_word_boundary_matches() -> None:
    for text in _texts(12, 6000):
        for literal in _LITERALS:
            expected = [match.span() for match in re.finditer(rf"\b{re.escape(literal)}\b", text)]
            assert bounded_spans(literal, text) == expected, (literal, text)


def test_an_invented_acronym_is_found_as_a_word_only() -> None:
    text = "Dewan Kopi Lestari (DKL) rapat. DKL-nya hadir, bukan DKLX atau _DKL; lalu (DKL)."
    assert [text[start:end] for start, end in whole_word_spans("DKL", text)] == ["DKL"] * 3  # not `DKLX`, not `_DKL`
    assert whole_word_spans("", text) == []


def _state(text: str, lang: str = "id") -> EntityState:
    analysis = Analysis(text, lang)
    furniture_step(analysis)
    return EntityState(analysis, tokens_of(analysis))


def test_web_addresses_are_read_once_per_text() -> None:
    first = _state("Kabar dari warta-kopi.co.id dan WartaKopi.com, bukan dari kopi.")
    found = credits.web_addresses(first)
    assert sorted(found) == ["WartaKopi.com", "warta-kopi.co.id"]
    assert credits.web_addresses(first) is found  # kept for the second rule that asks
    second = _state("Tanpa alamat apa pun di sini.")
    assert credits.web_addresses(second) == []
    assert sorted(credits.web_addresses(first)) == sorted(found)  # a text asked again is read again
