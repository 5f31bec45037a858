"""An Indonesian dateline head that names the outlet where a city would stand (issue 11, round
id_credits2): `BUANAWARTA –`, `KabarSelatan –`, `Warta7 –`, `KSPN –`, `Gema Sumbar –`,
`GEMA KALBAR (KETAPANG) –` are the outlet (ORG); a known place and a seat in capitals that the
gazetteer lacks stay a city (GPE), and the stop after an outlet's name in `City, OUTLET. -` is no
part of it. Every text is invented."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("BUANAWARTA – Polres Kudus menangkap dua pelaku pencurian sepeda motor.", "BUANAWARTA"),
        ("INFOKALTENG – Polres Kudus menangkap dua pelaku pencurian sepeda motor.", "INFOKALTENG"),
        ("KSPN – Dinas Kesehatan menggelar vaksinasi di tiga kecamatan.", "KSPN"),
        ("KabarSelatan – Dinas Kesehatan menggelar vaksinasi di tiga kecamatan.", "KabarSelatan"),
        ("Warta7 – Pemerintah desa membagikan bantuan beras kepada warga.", "Warta7"),
        ("Gema Sumbar – Banjir merendam puluhan rumah warga di pinggir sungai.", "Gema Sumbar"),
        ("Jendela Indonesia – Harga cabai di pasar tradisional naik lagi.", "Jendela Indonesia"),
    ],
)
def test_an_outlet_where_the_city_stands(label_id, text, outlet):
    result = label_id(text)
    assert outlet in result.texts("ORG")
    assert outlet not in result.texts("GPE") + result.texts("PERSON")


def test_an_outlet_before_its_city_in_brackets(label_id):
    result = label_id("GEMA KALBAR (KETAPANG) – Warga memadati lapangan kota sejak pagi.")
    assert "GEMA KALBAR" in result.texts("ORG")
    assert "KETAPANG" in result.texts("GPE")


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("PEKALONGAN – Polres Pekalongan menangkap dua pelaku pencurian.", "PEKALONGAN"),
        ("UNGARAN – Polisi menangkap dua pelaku pencurian.", "UNGARAN"),  # a seat the gazetteer lacks
        ("Kota Jambi – Harga beras di pasar induk turun.", "Kota Jambi"),
        ("Muaro Jambi – Banjir merendam puluhan rumah warga.", "Muaro Jambi"),
    ],
)
def test_a_known_place_stays_the_city(label_id, text, city):
    result = label_id(text)
    assert city in result.texts("GPE")
    assert city not in result.texts("ORG")


def test_the_stop_after_an_outlet_is_no_part_of_it(label_id):
    result = label_id("SURABAYA, KORANTIMUR. - Polisi menangkap dua pelaku penodongan.")
    assert "KORANTIMUR" in result.texts("ORG")
    assert "KORANTIMUR." not in result.texts("ORG")
