"""Indonesian days and dates in the forms pages write them (issue 11, the `b15id` round): a day
with a bracketed date written with dashes, a day with a curled apostrophe (`Jum’at`), a short day
name opening a page's date line (`Sen, 12 Sep 2022`) and a year word before a range of months
(`bulan Januari-Juni 2023`) are one DATE each; a short day name alone and a score in brackets after
a day stay out. Every text is invented."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Banjir merendam Kecamatan Kemiling pada Jumat (23-5-2025) dini hari.", "Jumat (23-5-2025)"),
        ("Tersangka ditahan sejak Selasa (04-06-24) oleh penyidik.", "Selasa (04-06-24)"),
        ("Kapal itu diamankan di perairan Sukamaju pada Jum’at ( 25/4).", "Jum’at ( 25/4)"),
        ("Pasar kembali dibuka pada Jum‘at (2/5) pagi.", "Jum‘at (2/5)"),
        ("Rapat digelar Jum’at, 2 Mei 2025 di aula kantor bupati.", "Jum’at, 2 Mei 2025"),
        ("Sen, 12 Sep 2022", "Sen, 12 Sep 2022"),
        ("Kam, 3 Okt 2024 | 10:15 WIB", "Kam, 3 Okt 2024"),
        ("Sab, 5 Januari 2023", "Sab, 5 Januari 2023"),
        ("Sebanyak 120 orang dideportasi pada bulan Januari-Juni 2023.", "bulan Januari-Juni 2023"),
        ("Harga sawit turun dari awal Maret hingga Mei 2024.", "awal Maret hingga Mei 2024"),
    ],
)
def test_day_and_date_forms_are_one_date(label_id, text, date):
    assert date in label_id(text).texts("DATE")


def test_a_short_day_name_alone_is_no_date(label_id):
    result = label_id("Sel tahanan itu penuh, kata Kam Sen kepada warga Sab.")
    assert result.texts("DATE") == []


def test_a_score_after_a_day_is_no_date(label_id):
    result = label_id("Persib menang 2-1 atas Persija pada Minggu (2-1) di Bandung.")
    assert "Minggu (2-1)" not in result.texts("DATE")


def test_a_programme_on_a_day_with_an_apostrophe_is_no_name(label_id):
    result = label_id("Kegiatan Jum’at Curhat Polres Sukamaju digelar di warung kopi.")
    assert not any("Jum" in text for text in result.texts("PERSON"))
