"""A holiday with its year is one DATE, its name included; a holiday alone is a DATE unless it
names a season (`libur Natal dan Tahun Baru`). Invented sentences."""

from __future__ import annotations

import pytest

from annotator.nlp.entities.dates.dates import find_dates


def _dates(text: str) -> list[str]:
    return [text[start:end] for start, end in find_dates(text, "id")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Arus mudik libur Natal 2023 dan Tahun Baru 2024 diperkirakan padat.", ["Natal 2023", "Tahun Baru 2024"]),
        ("Harga cabai naik menjelang Lebaran 2022 di pasar.", ["Lebaran 2022"]),
        ("Polres membuka Pos Pengamanan Nataru di terminal bus.", ["Nataru"]),
        ("Warga berlibur saat Natal dan Tahun Baru bersama keluarga.", []),
        ("Anggaran tahun 2021 habis sebelum Idul Fitri.", ["tahun 2021", "Idul Fitri"]),
    ],
)
def test_holidays_with_and_without_their_year(text: str, expected: list[str]) -> None:
    assert _dates(text) == expected


def _entities(text: str) -> list[tuple[str, str]]:
    from annotator.nlp import prelabel

    return [(span.text, span.label) for span in prelabel(text, "en")[0] if span.label in {"DATE", "GPE", "PERSON"}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a holiday named by a day of the week is one DATE, not its bare day
        ("Three men were charged over the Easter Sunday blasts in Kandy.", [("Easter Sunday", "DATE"), ("Kandy", "GPE")]),
        ("The buses in Valletta do not run on Good Friday.", [("Valletta", "GPE"), ("Good Friday", "DATE")]),
        ("The market in Kandy closed on Sunday.", [("Kandy", "GPE"), ("Sunday", "DATE")]),
        # `Ramadhan`, a common spelling of the fasting month, is a DATE, not a place
        ("Shops in Sohar stay open late during Ramadhan.", [("Sohar", "GPE"), ("Ramadhan", "DATE")]),
    ],
)
def test_english_holidays(text: str, expected: list[tuple[str, str]]) -> None:
    assert _entities(text) == expected
