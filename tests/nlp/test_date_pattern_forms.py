"""Date patterns that open with a digit instead of a look-behind (nlp/entities/dates/dates.py: ``re`` then tries
them at digits only) find what the look-behind forms find."""

from __future__ import annotations

import random
import re

import pytest

from annotator.nlp.entities.dates.dates import date_patterns, find_dates

YEAR = r"(?:1[89]\d\d|20\d\d|21\d\d)"
#: (plain form, the form dates.py uses), each with what may follow it.
FORMS = [
    (r"(?<![\w/])(?P<d>\d{1,2}/\d{1,2}/(?:\d{4}|\d{2}))(?![\w/])", r"(?P<d>\d(?<![\w/]\d)\d?/\d{1,2}/(?:\d{4}|\d{2}))(?![\w/])"),
    (r"(?<![\w/])(?P<d>\d{1,2}\s+(?:Mei|March))", r"(?P<d>\d(?<![\w/]\d)\d?\s+(?:Mei|March))"),
    (
        rf"(?<![\w/.,:-])(?P<d>{YEAR})(?![\w/%]|[.,:]\d|-\d{{3,}}-\d)",
        rf"(?P<d>\d\d(?<![\w/.,:-]..)\d\d(?<={YEAR}))(?![\w/%]|[.,:]\d|-\d{{3,}}-\d)",
    ),
]
ALPHABET = [*"0123456789 /.,:-–\n%aZ(x", "19", "20", "21", "18", " Mei ", " March ", "12/", "5/", "/2023 "]


def _strings(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 40))) for _ in range(count)]


@pytest.mark.parametrize(("plain", "fast"), FORMS)
def test_a_digit_first_form_matches_like_its_look_behind_form(plain: str, fast: str) -> None:
    plain_re, fast_re = re.compile(plain), re.compile(fast)
    found = 0
    for text in _strings(20000, 3):
        expected = [(m.span(), m.span("d")) for m in plain_re.finditer(text)]
        assert [(m.span(), m.span("d")) for m in fast_re.finditer(text)] == expected, text
        if len(text) > 6:  # inside a window, as dates.py runs them
            window = [m.span() for m in plain_re.finditer(text, 2, len(text) - 2)]
            assert [m.span() for m in fast_re.finditer(text, 2, len(text) - 2)] == window, text
        found += len(expected)
    assert found > 300


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_date_pattern_opens_with_a_look_behind_before_a_digit(lang: str) -> None:
    for pattern in date_patterns(lang):
        assert not pattern.pattern.startswith((r"(?<![\w/])(?P<d>\d", r"(?<![\w/.,:-])(?P<d>")), pattern.pattern


def test_dates_with_and_without_the_look_behind_before_them() -> None:
    text = "Pada 2024 dan 12/10/2023, 1800-2626-473, a/12/10/2023, 5 Mei, x5 Mei, Rp 2.019 dan 20 – 21 Mei 2015."
    found = [text[start:end] for start, end in find_dates(text, "id")]
    assert "2024" in found and "12/10/2023" in found and "5 Mei" in found
    assert "1800" not in " ".join(found) and "019" not in " ".join(found)
