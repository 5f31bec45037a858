"""Patterns rewritten for speed (literal first, the word edge after it) match exactly as the
patterns they replace, on random strings and from a position inside them."""

from __future__ import annotations

import random
import re

from annotator.nlp import lower_according

ALPHABET = [*"dinaD sk\n\t_.1é", "di", "an", "kan", "dikatakan", " Budi", " X", "adi", "di-"]


def _strings(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 14))) for _ in range(count)]


def _spans(pattern: re.Pattern[str], text: str, *where: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, *where)]


def test_passive_before_capital_matches_like_its_word_edge_form() -> None:
    plain = re.compile(r"\bdi[a-z]+an(?=\s+[A-Z])")
    fast = lower_according._PASSIVE_BEFORE_CAPITAL
    found = 0
    for text in _strings(20000, 5):
        expected = _spans(plain, text)
        assert _spans(fast, text) == expected, repr(text)
        for start in range(1, min(len(text), 6)):
            assert _spans(fast, text, start) == _spans(plain, text, start), repr(text)
        found += len(expected)
    assert found > 300
