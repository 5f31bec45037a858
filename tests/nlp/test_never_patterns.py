"""A pattern that cannot match (a part every match passes is `(?!)`, as a rule writes an empty word
list) has needs no text holds (pattern_reading.NEVER): it is skipped, and nothing it could have
found is lost, because it finds nothing."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from annotator.nlp.entities.dates import dates
from annotator.nlp.text.pattern_needs import WindowNeeds, finditer, holds, needs_of
from annotator.nlp.text.pattern_reading import NEVER

DATA = Path(__file__).resolve().parents[2] / "data"

NEVER_MATCHING = [
    r"x(?!)",
    r"(?<!)x",
    r"\b(?P<d>(?:(?!)))(?![\w/])",
    r"(?:(?m:^)|(?<![\w.])(?:(?!))\s+)(?P<d>(?:[Bb]ulan\s+)?(?:(?!)))(?![\w/])",
    r"(?=a(?!))a",
    r"(?:(?!)){2,}b",
    r"(?:(?!)|c(?!))d",
]
#: `(?!)` only where a match may pass by it: these match, and are read as before.
MATCHING = [r"a(?:(?!))?b", r"a|(?!)", r"(?:(?!))*b", r"(?!(?!))b", r"(?:(?!)|c)d", r"(?<!a)b"]


def _texts() -> list[str]:
    rng = random.Random(13)
    invented = ["".join(rng.choice("abcdx \n") for _ in range(rng.randint(0, 40))) for _ in range(300)]
    return [*invented, "Bulan Ramadan", "ab b cd d x"]


@pytest.mark.parametrize("pattern", NEVER_MATCHING)
def test_a_pattern_that_cannot_match_has_needs_no_text_holds(pattern: str) -> None:
    compiled = re.compile(pattern)
    assert needs_of(compiled) is NEVER
    for text in _texts():
        assert compiled.search(text) is None
        assert not holds(needs_of(compiled), text)
        assert list(finditer(compiled, text)) == []
        assert list(WindowNeeds(text, [(0, len(text))]).matches(compiled)) == []


@pytest.mark.parametrize("pattern", MATCHING)
def test_a_pattern_that_can_match_is_searched_as_before(pattern: str) -> None:
    compiled = re.compile(pattern)
    assert needs_of(compiled) is not NEVER
    texts = _texts()
    assert any(compiled.search(text) for text in texts)
    for text in texts:
        expected = [match.span() for match in compiled.finditer(text)]
        assert [match.span() for match in finditer(compiled, text)] == expected
        assert [match.span() for match in WindowNeeds(text, [(0, len(text))]).matches(compiled)] == expected


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_date_patterns_read_as_never_matching_find_nothing_in_the_texts(lang: str) -> None:
    never = [pattern for pattern in dates.date_patterns(lang) if needs_of(pattern) is NEVER]
    texts = [
        json.loads(line)["text"]
        for path in sorted(DATA.glob(f"**/{lang}.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    for pattern in never:
        assert not any(pattern.search(text) for text in texts), pattern.pattern
