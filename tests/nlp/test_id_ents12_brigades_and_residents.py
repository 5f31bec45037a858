"""Indonesian entities of round id_ents12 (classes met on fresh pages first): an unaffixed verb
after a body in a headline, the forest-fire brigade and its operations areas, a portfolio of fires
or water after a role, the second resident of a `Name warga Place dan Name2 warga Place2` list,
and the forms of address `Bung` and `Ning`; invented sentences."""

from __future__ import annotations

import pytest


def test_an_unaffixed_headline_verb_ends_a_bodys_name(label_id):
    labelled = label_id(
        "Lima Fraksi Sepakat RAPBD Sungai Raya Disahkan\n\nSUNGAI RAYA - Lima fraksi DPRD Sungai Raya menyepakati rancangan itu."
    )
    assert "Fraksi Sepakat RAPBD Sungai Raya" not in labelled.texts("ORG")
    assert "Fraksi Sepakat" not in labelled.texts("ORG")


def test_guard_a_headline_with_an_affixed_verb_keeps_its_body(label_id):
    labelled = label_id("Polda Riau Berhasil Amankan Dua Pencuri Kerbau\n\nPEKANBARU - Polisi menangkap dua pencuri.")
    assert labelled.texts("ORG") == ["Polda Riau"]


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "Regu Manggala Agni Daops Sumatera IV/Jambi memadamkan api di lahan gambut.",
            ["Manggala Agni Daops Sumatera IV/Jambi"],
        ),
        ("Sebanyak 30 personel Manggala Agni dikerahkan ke lokasi.", ["Manggala Agni"]),
        ("Daops Kalimantan VI/Sampit mengirim dua regu.", ["Daops Kalimantan VI/Sampit"]),
        ("Personel Daops Manggala Agni Sumatera V/Palembang tiba sore.", ["Daops Manggala Agni Sumatera V/Palembang"]),
    ],
)
def test_the_forest_fire_brigade_and_its_areas_are_bodies(label_id, text, bodies):
    labelled = label_id(text)
    assert labelled.texts("ORG") == bodies
    assert labelled.texts("PERSON") == []


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Kepala Bidang Kebakaran Hutan dan Lahan, Sri Wahyuni, mengatakan titik api berkurang.",
            ["Sri Wahyuni"],
        ),
        ("Kepala Bidang Air dan Sanitasi, Tono Sumarno, mengatakan pipa diperbaiki.", ["Tono Sumarno"]),
    ],
)
def test_a_portfolio_of_fires_or_water_is_no_name(label_id, text, people):
    assert label_id(text).texts("PERSON") == people


@pytest.mark.parametrize(
    ("text", "people", "places"),
    [
        (
            "Korban bernama Rudi warga Cibeber dan Anton warga Cilaku.",
            ["Rudi", "Anton"],
            ["Cibeber", "Cilaku"],
        ),
        (
            "Keduanya, Darmin warga Sleman serta Wagiyo warga Bantul, ditahan.",
            ["Wagiyo"],
            ["Sleman", "Bantul"],
        ),
    ],
)
def test_the_second_resident_of_a_list_is_a_person(label_id, text, people, places):
    labelled = label_id(text)
    assert set(people) <= set(labelled.texts("PERSON"))
    assert labelled.texts("GPE") == places


def test_guard_a_list_of_places_before_warga_stays_places(label_id):
    labelled = label_id("Banjir melanda Sleman dan Bantul, warga mengungsi.")
    assert labelled.texts("GPE") == ["Sleman", "Bantul"]
    assert labelled.texts("PERSON") == []


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Bung Harjo mengatakan warga siap membantu. Menurut Bung Harjo, bantuan tiba besok.", ["Harjo", "Harjo"]),
        ("Ning Wulan hadir dalam acara itu. Ning Wulan mengatakan acara berjalan lancar.", ["Wulan", "Wulan"]),
    ],
)
def test_bung_and_ning_are_forms_of_address(label_id, text, people):
    assert label_id(text).texts("PERSON") == people


def test_guard_the_stadium_named_after_bung_karno_is_no_person(label_id):
    labelled = label_id("Laga digelar di Stadion Utama Gelora Bung Karno, Jakarta.")
    assert labelled.texts("PERSON") == []
