"""The searches for a fuller form of a one-word name (coref/name_form_search.py) find what their
patterns find, with no pattern compiled for the name (speed23)."""

from __future__ import annotations

import random
import re

from annotator.nlp.coref.name_form_search import given_names_before, longer_word, names_after

#: Names, capitalised words, small letters, word characters of other kinds, spaces and marks.
_PIECES = [
    "Rina", "Rinawati", "Wulan", "Ab", " ", " ", "  ", "x", "é", "_", "\n", "A", "B", "1", ".", "Ab.",
    "Jo", "Joko", "rina", "Rina ", "Ab Ab", "É", "-", ",", "Rinax",
]  # fmt: skip
_NAMES = ["Rina", "Ab", "Jo", "Ab.", "Joko", "Bé", "B_c"]


def _expected(text: str, name: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]], tuple[int, int] | None]:
    escaped = re.escape(name)
    before = [(m.start(), m.start() + len(m.group(1))) for m in re.finditer(rf"((?:[A-Z][a-z]+ ){{1,2}}){escaped}\b", text)]
    after = [m.span() for m in re.finditer(rf"\b{escaped}((?: [A-Z][a-z]+){{1,2}})\b", text)]
    longer = re.search(rf"\b{escaped}[a-z]+\b", text)
    return before, after, longer.span() if longer else None


def test_the_searches_are_their_patterns_matches() -> None:
    rng = random.Random(5)
    found = 0
    for _ in range(8000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 16)))
        for name in _NAMES:
            expected = _expected(text, name)
            got = (list(given_names_before(text, name)), list(names_after(text, name)), longer_word(text, name))
            assert got == expected, (text, name)
            found += sum(map(bool, expected))
    assert found > 3000  # the searches found something often


def test_an_invented_name_s_fuller_forms() -> None:
    text = "Kata Dewi Rina Kartika di Bandung. Rina Kartika Sari hadir; Rinawati tidak. Rina pulang."
    assert [text[a:b] for a, b in given_names_before(text, "Rina")] == ["Kata Dewi "]  # two words before, as re tries
    assert [text[a:b] for a, b in names_after(text, "Rina")] == ["Rina Kartika", "Rina Kartika Sari"]
    span = longer_word(text, "Rina")
    assert span is not None and text[span[0] : span[1]] == "Rinawati"
