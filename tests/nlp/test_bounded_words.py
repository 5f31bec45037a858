"""``patterns.bounded_words`` (each word's first letter first, the boundary after it) finds what
``\\b(?:w1|w2|...)`` finds, so patterns written with it match as before, only found faster."""

from __future__ import annotations

import random
import re

import pytest

from annotator.nlp.text.patterns import bounded_words

WORDS = [
    ["Photo", "Photos", "PHOTO", "File photo", "Pic"],
    ["said", "says", "stated"],
    ["and", "-and", "&co"],  # words that open with no word character keep their \b
    ["a"],
]
ALPHABET = [*"aAPp hotsd_.,-&\n1é\u0301", "Photo", "hoto", "File photo", "said", "PHOTO", "and", "-and", "&co", "xPic"]


def _strings(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 30))) for _ in range(count)]


@pytest.mark.parametrize("words", WORDS)
def test_bounded_words_match_like_a_leading_word_boundary(words: list[str]) -> None:
    plain = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")(\s*:)?")
    fast = re.compile(bounded_words(words) + r"(\s*:)?")
    found = 0
    for text in _strings(5000, 11):
        expected = [(m.span(), m.span(1)) for m in plain.finditer(text)]
        assert [(m.span(), m.span(1)) for m in fast.finditer(text)] == expected, text
        if len(text) > 4:  # from a position, as a search inside a window starts
            assert [m.span() for m in fast.finditer(text, 2)] == [m.span() for m in plain.finditer(text, 2)], text
        found += len(expected)
    assert found > 500


def test_no_words_never_match() -> None:
    assert re.compile(bounded_words([])).search("Photo said and") is None
