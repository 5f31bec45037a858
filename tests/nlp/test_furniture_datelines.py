"""Datelines are tried at line starts only (nlp/text/furniture.py ``_matches``): in the first lines, and
later where a city in capitals with its region in brackets opens the line. The same matches as
searching the whole text and keeping those that start there."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from annotator.nlp.resources import load_resources
from annotator.nlp.text.furniture import _CAPITAL_CITY_RE, DATELINE_LINES, _line_of, _matches, _starts_lines

ROOT = Path(__file__).resolve().parents[2]
#: Invented dateline heads and bodies, cut and joined at random below.
PIECES = [
    "JAKARTA, Deras.id - ",
    "MEDAN (Antara) - ",
    "Bandung //Kabarku.com - ",
    "SURABAYA, KOMPAS.com – ",
    "Liputan Khusus\n",
    "\n",
    "\n\n",
    "  ",
    "Harga beras naik lagi. ",
    "Warga berkumpul di balai desa.\n",
    "Editor: Rina Hartono\n",
    "KUALA LUMPUR, Dec 5 (Reuters) - ",
    "KUALA LIPIS (Pahang) — ",
    "PADANG (Antara) - ",
]


def _texts() -> list[str]:
    texts = []
    for lang in ("id", "en"):
        for folder in ("data/real/dev", "data/dev"):
            path = ROOT / folder / f"{lang}.jsonl"
            texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rng = random.Random(5)
    texts += ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 9))) for _ in range(3000)]
    return texts


@pytest.mark.parametrize("lang", ["id", "en"])
def test_dateline_matches_are_those_of_a_search_through_the_text(lang: str) -> None:
    datelines = [p.regex for p in load_resources(lang).furniture if p.kind == "dateline"]
    assert datelines and all(_starts_lines(regex) for regex in datelines)
    found = 0
    for text in _texts():
        for regex in datelines:
            expected = [
                m.span()
                for m in regex.finditer(text)
                if _line_of(text, m.start()) < DATELINE_LINES or _CAPITAL_CITY_RE.match(text, m.start())
            ]
            assert [m.span() for m in _matches("dateline", regex, text)] == expected, (regex.pattern, text)
            found += len(expected)
    assert found > 500  # the invented texts hold datelines in their first lines and after them


def test_patterns_that_may_start_inside_a_line_are_searched_through_the_text() -> None:
    for pattern in (r"(?m)^A|B", r"(?m)x^A", r"^A", r"(?m)^\s*"):
        assert not _starts_lines(re.compile(pattern))
    assert _starts_lines(re.compile(r"(?m)^A"))
    text = "x\ny\nz\nw\nB A\nB"
    assert [m.span() for m in _matches("dateline", re.compile(r"(?m)^A|B"), text)] == [(8, 9), (12, 13)]
