"""The needs read from a pattern (nlp/pattern_needs.py) are necessary: every match holds one, so
skipping the windows without them changes no date."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from annotator.nlp import dates
from annotator.nlp.pattern_needs import WindowNeeds, needs_of

DATA = Path(__file__).resolve().parents[2] / "data"


def _texts(lang: str) -> list[str]:
    files = sorted(DATA.glob(f"*/{lang}.jsonl")) + sorted((DATA / "real").glob(f"*/{lang}.jsonl"))
    return [json.loads(line)["text"] for path in files for line in path.read_text(encoding="utf-8").splitlines() if line]


def _need(pattern: str, flags: int = 0) -> list[str]:
    return [need.pattern for need in needs_of(re.compile(pattern, flags))]


def test_a_word_list_is_the_need_and_unknown_parts_need_nothing() -> None:
    months = _need(r"\b(?P<d>(?:Januari|Februari|Mar(?:et)?)\s+\d{4})")
    assert months and all(re.fullmatch(months[0], word) for word in ("Januari", "Februari", "Mar", "Maret"))
    assert not re.search(months[0], "januari 2024")
    assert _need(r"\d{1,2}/\d{1,2}") in ([r"\d"], ["/"])
    assert _need(r"(?:ab)?\s+x*") == []  # every part optional or unknown
    assert _need(r"[^a]+|b") == []  # one alternative needs nothing, so the alternation does not
    assert _need(r"(?:abc|\d)") == [r"(?:\d|abc)"]


def test_a_case_insensitive_part_needs_its_words_in_any_case() -> None:
    for pattern, flags in ((r"(?i:kata)\s+\w+", 0), (r"kata\s+\w+", re.IGNORECASE)):
        (need,) = _need(pattern, flags)
        assert re.search(need, "KATA") and re.search(need, "Kata")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_date_match_holds_the_needs_of_its_pattern(lang: str) -> None:
    checked = 0
    for text in _texts(lang):
        for pattern in dates.date_patterns(lang):
            for match in pattern.finditer(text):
                for need in needs_of(pattern):
                    assert need.search(text, match.start(), match.end()), (pattern.pattern[:60], match.group())
                checked += 1
    assert checked > 100


@pytest.mark.parametrize("lang", ["id", "en"])
def test_dates_are_the_same_when_every_pattern_runs_in_every_window(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts(lang)
    skipping = [dates.find_dates(text, lang) for text in texts]

    class Everywhere(WindowNeeds):
        def windows_for(self, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
            return self.windows

    monkeypatch.setattr(dates, "WindowNeeds", Everywhere)
    assert [dates.find_dates(text, lang) for text in texts] == skipping
    assert sum(map(len, skipping)) > 50
