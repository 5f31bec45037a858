"""Grapheme clusters as UAX #29 defines them (the ``regex`` module's ``\\X``): where a span edge,
a snapped selection or an edge step may fall. The cases where the hand-written rules before it
disagreed are decided by UAX #29 and pinned here."""

from __future__ import annotations

import random

import pytest
import regex

from annotator.text.graphemes import cluster_at, first_split, grapheme_ceil, grapheme_floor, inside_grapheme, trimmed

FLAG_ID = "\U0001f1ee\U0001f1e9"
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
THUMB_TONE = "\U0001f44d\U0001f3fd"


def inside(text: str) -> list[int]:
    return [offset for offset in range(len(text) + 1) if inside_grapheme(text, offset)]


CLUSTERS = {
    "a letter and two accents": ("Rene\u0301\u0300 x", 5, (3, 6)),
    "a ZWJ family": (f"a {FAMILY} b", 4, (2, 7)),
    "a skin tone": (f"ok {THUMB_TONE}.", 4, (3, 5)),
    "a flag": (f"di {FLAG_ID}!", 4, (3, 5)),
    "a keycap": ("1\ufe0f\u20e3 dua", 1, (0, 3)),
    "CR LF (GB3)": ("baris\r\nbaru", 6, (5, 7)),
    "Hangul jamo (GB6-8)": ("\u1100\u1161\u11a8 x", 2, (0, 3)),
    "an Indic conjunct (GB9c)": ("\u0915\u094d\u0937\u093e", 2, (0, 4)),
    "a Thai SARA AM, a spacing mark (GB9a)": ("\u0e19\u0e33\u0e49", 1, (0, 3)),
    "an Arabic number sign, a prepend (GB9b)": ("\u0600123", 1, (0, 2)),
}


@pytest.mark.parametrize("case", CLUSTERS.values(), ids=CLUSTERS.keys())
def test_an_offset_inside_a_cluster_snaps_to_its_edges(case: tuple[str, int, tuple[int, int]]) -> None:
    text, offset, (start, end) = case
    assert inside_grapheme(text, offset)
    assert cluster_at(text, offset) == (start, end)
    assert (grapheme_floor(text, offset), grapheme_ceil(text, offset)) == (start, end)
    assert not inside_grapheme(text, start) and not inside_grapheme(text, end)


BOUNDARIES = {
    # ZWJ joins an emoji to the one before it (GB11), not a letter: "a", ZWJ | "b".
    "ZWJ before a letter": ("a\u200db", 2),
    # A line break is a cluster of its own (GB4): a stray accent after it does not join it.
    "an accent after a line feed": ("x\n\u0301y", 2),
    "a letter after CR": ("x\ry", 2),
    "an emoji after a letter": ("a\U0001f44d", 1),
    "a curly quote after a word": ("kata\u201d", 4),
}


@pytest.mark.parametrize("case", BOUNDARIES.values(), ids=BOUNDARIES.keys())
def test_uax29_boundaries(case: tuple[str, int]) -> None:
    text, offset = case
    assert not inside_grapheme(text, offset)
    assert cluster_at(text, offset) == (offset, offset)


def test_a_long_flag_run_pairs_from_its_start() -> None:
    run = "x" + FLAG_ID * 500 + "\U0001f1ee" + " y"
    assert inside(run) == list(range(2, 1001, 2))
    assert cluster_at(run, 998) == (997, 999)
    assert cluster_at(run, 1001) == (1001, 1001)  # the lone indicator at the end is a cluster of its own


def test_first_split_and_trimmed() -> None:
    assert first_split("plain ascii", [1, 3]) is None
    assert first_split("a\r\nb", [0, 2]) == 2
    text = f"  {FAMILY}  "
    assert trimmed(text, 0, 4) == (2, 7)
    assert trimmed(text, 0, 2) is None


def test_every_offset_agrees_with_segmenting_the_whole_text() -> None:
    """Random texts of joining characters: the local answer is the whole text's ``\\X``."""
    alphabet = list("a \n\r\u0301\u200d\U0001f468\U0001f3fd\U0001f1ee\U0001f1e9\ufe0f\U000e0067")
    alphabet += list("\u0915\u094d\u0937\u1100\u1161\u11a8\u0600\u00a9\u0e33\u201c")
    rng = random.Random(3)
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 24)))
        ends = {match.end() for match in regex.finditer(r"\X", text)} | {0}
        assert inside(text) == [offset for offset in range(len(text) + 1) if offset not in ends], repr(text)
