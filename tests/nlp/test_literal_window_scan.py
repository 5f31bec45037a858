"""The dates' windows found by one search for every literal need (speed24): each pattern gets
exactly the windows that a search for each of its needs in each window gives."""

from __future__ import annotations

import random
import re

import pytest

from annotator.nlp.entities.dates.dates import _windows, date_patterns
from annotator.nlp.text.pattern_needs import needs_of
from annotator.nlp.text.pattern_windows import LiteralScan, WindowNeeds, literal_scan

_PIECES = (
    "Januari", "JANUARI", "Jan", "Mei", "Juni", "Juli", "Jul", "Agustus", "Ags", "Agu", "April", "Apr",
    "March", "May", "June", "Sept.", "Dec", "Senin", "Jumat", "Jum'at", "Sunday", "Sun", "Minggu",
    "akhir", "awal", "bulan", "tahun", "Tahun", "late", "early", "kuartal", "semester", "II", "IV",
    "Idul Fitri", "Lebaran", "Natal", "Ramadhan", "Ramadan", "Easter", "Christmas",
    "1", "2", "12", "30", "2024", "1998", "/", "-", ".", "–", ",", "(", ")", " ", " ", " ", "\n",
    "hingga", "to", "pada", "in", "rapat", "kota", "Budi", "Aprilia", "Mayor", "Marching", "s", "th",
)  # fmt: skip


def _random_text(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 60)))


def _each_need_apart(text: str, windows: list[tuple[int, int]], pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    return [(s, e) for s, e in windows if all(need.anywhere.search(text, s, e) for need in needs_of(pattern))]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_date_pattern_gets_the_windows_of_its_needs(lang: str) -> None:
    rng = random.Random(24)
    patterns = date_patterns(lang)
    assert literal_scan(patterns).needs  # the dates have literal needs (months, days, holidays ...)
    for _ in range(1500):
        text = _random_text(rng)
        cuts = sorted(rng.sample(range(len(text) + 1), k=min(len(text) + 1, 2 * rng.randint(1, 4))))
        windows = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]
        for given in (windows, _windows(text, lang)):
            scanned = WindowNeeds(text, given, patterns)
            for pattern in patterns:
                assert scanned.windows_for(pattern) == _each_need_apart(text, given, pattern), (text, given, pattern.pattern)


def test_a_need_whose_string_begins_a_longer_one_is_found_inside_it() -> None:
    # `Jul` is a need of the first pattern, `Juli ` of the second: at `Juli 5` the scan finds the
    # longer string, and both needs are there.
    first, second, third = re.compile(r"Jul[a-z]* \d+"), re.compile(r"Juli \d+"), re.compile(r"Mei \d+")
    scan = LiteralScan([first, second, third])
    assert len(scan.needs) == 3
    text = "Rapat 5 Juli 2024 lalu, dan Jul 3."
    windows = [(0, 18), (18, len(text))]
    held = WindowNeeds(text, windows, [first, second, third])
    assert held.windows_for(first) == windows
    assert held.windows_for(second) == [(0, 18)]
    assert held.windows_for(third) == []
    # a window that ends inside the longer string holds only the shorter one
    cut = [(0, text.index("Juli") + 4)]
    assert WindowNeeds(text, cut, [first, second]).windows_for(first) == cut
    assert WindowNeeds(text, cut, [first, second]).windows_for(second) == []


def test_a_pattern_outside_the_given_list_is_searched_as_before() -> None:
    text = "Pada 12 Mei 2024 di kota."
    windows = [(0, len(text))]
    other = re.compile(r"kota \w+|di kota")
    held = WindowNeeds(text, windows, date_patterns("id"))
    assert held.windows_for(other) == _each_need_apart(text, windows, other) == windows
