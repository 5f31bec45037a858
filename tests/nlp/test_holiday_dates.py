"""A holiday with its year is one DATE, its name included; a holiday alone is a DATE unless it
names a season (`libur Natal dan Tahun Baru`). Invented sentences."""

from __future__ import annotations

import pytest

from annotator.nlp.entities.dates import find_dates


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
