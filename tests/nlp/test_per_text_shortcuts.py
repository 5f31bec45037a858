"""Per-text shortcuts (a speed-up only, docs/rounds/prelabelling-speed15.md): each gives what the
longer way gives. Invented texts."""

from __future__ import annotations

import re

import pytest

from annotator.nlp.resources import load_resources
from annotator.nlp.text.furniture import _CAPITAL_CITY_RE, DATELINE_LINES, _dateline_line_starts, _line_of, _matches
from annotator.nlp.text.pattern_needs import WindowNeeds, needs_of

_PAGE = (
    "Banjir Rob Rendam Pesisir\n\nSEMARANG, Warta Kota - Banjir rob merendam dua desa, Senin (3/6/2024).\n"
    "Warga mengungsi ke balai desa.\n\nIklan\n\nKUDUS (Jawa Tengah) - Hujan deras juga turun di Kudus.\n"
    "TEGAL (Jateng) — Sungai meluap.\nEditor: Budi"
)


def test_a_defined_short_form_among_other_brackets_is_no_place(label_id) -> None:
    result = label_id("Kepala Dinas (Kadis) hadir bersama Perwira Tinggi (Pati) di Semarang. Pati yang hadir 12 orang.")
    assert "Pati" not in result.texts("GPE")


def test_a_place_with_no_bracketed_short_form_stays_a_place(label_id) -> None:
    result = label_id("Bupati Pati meninjau banjir (Senin) bersama Kepala Dinas (Kadis). Warga Pati mengungsi.")
    assert result.texts("GPE").count("Pati") == 2


@pytest.mark.parametrize("lang", ["id", "en"])
def test_dateline_lines_found_once_give_each_pattern_its_own_matches(lang: str) -> None:
    lines = _dateline_line_starts(_PAGE)
    assert _PAGE.index("KUDUS") in lines and _PAGE.index("TEGAL") in lines and _PAGE.index("Editor") not in lines
    for pattern in (p for p in load_resources(lang).furniture if p.kind == "dateline"):
        expected = [
            m.span()
            for m in pattern.regex.finditer(_PAGE)
            if _line_of(_PAGE, m.start()) < DATELINE_LINES or _CAPITAL_CITY_RE.match(_PAGE, m.start())
        ]
        assert [m.span() for m in _matches("dateline", pattern.regex, _PAGE, lines)] == expected


def test_a_word_need_the_text_lacks_holds_no_window() -> None:
    text = "Rapat 12 peserta dimulai pukul 09.00 lalu 14 peserta lain datang pada 2024 di kota lama."
    windows = [(0, 20), (22, 50), (60, 80)]
    for source in (r"(?:Januari|Juni) \d+", r"peserta \d+|\d+ peserta", r"(?i:pukul|jam) \d"):
        pattern = re.compile(source)
        brute = [(s, e) for s, e in windows if all(need.anywhere.search(text, s, e) for need in needs_of(pattern))]
        assert WindowNeeds(text, windows).windows_for(pattern) == brute
    assert WindowNeeds(text, windows).windows_for(re.compile(r"(?:Januari|Juni) \d+")) == []
    assert WindowNeeds(text, windows).windows_for(re.compile(r"(?i:pukul|jam) \d")) == [(22, 50)]


def test_ward_numbers_are_found_through_their_needs(label_en) -> None:
    result = label_en("Floods hit Ramnagar Rural Municipality-4 on Monday, officials said.")
    assert result.texts("GPE") == ["Ramnagar Rural Municipality-4"]
