"""A day name and its date typed with stray spaces, a written date in brackets, or `tanggal`
after a comma stay one DATE (id_edges1). Invented sentences."""

from __future__ import annotations

import pytest

from annotator.nlp.entities.dates.dates import find_dates


def _dates(text: str) -> list[str]:
    return [text[start:end] for start, end in find_dates(text, "id")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a space typed before the closing bracket or beside a slash
        ("Rapat pleno digelar Selasa (14/5/2024 ) di aula kecamatan.", ["Selasa (14/5/2024 )"]),
        ("Rapat pleno digelar Selasa ( 14/5/2024 ) di aula kecamatan.", ["Selasa ( 14/5/2024 )"]),
        ("Bantuan beras dibagikan Kamis (9/1/ 2025) kepada warga.", ["Kamis (9/1/ 2025)"]),
        ("Bantuan beras dibagikan Kamis (9 /1/2025) kepada warga.", ["Kamis (9 /1/2025)"]),
        # a written date with its year in the bracket
        ("Jembatan itu diresmikan Jumat (7 Maret 2025) oleh gubernur.", ["Jumat (7 Maret 2025)"]),
        # `tanggal` after a comma joins as it does without one
        ("Sidang dibuka Senin, tanggal 3 Februari 2025 di pengadilan.", ["Senin, tanggal 3 Februari 2025"]),
    ],
)
def test_day_and_date_with_stray_spaces_stay_one(text: str, expected: list[str]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guards: the forms that were one DATE before stay so; a score after a day stays out
        ("Rapat pleno digelar Selasa (14/5/2024) di aula kecamatan.", ["Selasa (14/5/2024)"]),
        ("Jembatan itu diresmikan Jumat (7 Maret) oleh gubernur.", ["Jumat (7 Maret)"]),
        ("Tim tamu menang pada Minggu (2-1) di kandang lawan.", ["Minggu"]),
        # a comma and a count after the day: no join without `tanggal`
        ("Rapat digelar Senin, 3 orang hadir.", ["Senin"]),
        # two days with `dan` stay two DATEs
        ("Pasar ditutup Rabu (12/3 ) dan Jumat (14/3).", ["Rabu (12/3 )", "Jumat (14/3)"]),
    ],
)
def test_guards(text: str, expected: list[str]) -> None:
    assert _dates(text) == expected
