"""Indonesian entities of round id_ents11 (classes met on fresh pages first): a village's name
written alone after the page named it with its type, a village type and name after a street's name
in an address without commas, and two names joined by `dan` before a club's tail word; invented
sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Bentrok pecah di Desa Wairoto, Kecamatan Lekosi. Polisi lalu menemui raja negeri dari "
            "Hitulau, Wairoto, dan Lateri.",
            ["Desa Wairoto", "Kecamatan Lekosi", "Wairoto"],
        ),
        (
            "Banjir merendam Kecamatan Cikarut. Di shelter pengungsian Cikarut ada 40 jiwa.",
            ["Kecamatan Cikarut", "Cikarut"],
        ),
        ("Warga Distrik Woneri mengungsi. Aparat berjaga di Woneri hingga malam.", ["Distrik Woneri", "Woneri"]),
    ],
)
def test_a_village_named_with_its_type_is_a_place_alone_too(label_id, text, places):
    assert label_id(text).texts("GPE") == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # the page writes the word in small letters too: a common word, not the village's name
        ("Warga Desa Baru menerima bantuan. Bantuan baru tiba, kata Baru Santoso.", ["Desa Baru"]),
        # `Kampung` is no village type here (`Kampung Melayu`, then the people)
        ("Ia warga Kampung Melayu. Adat Melayu dijaga warga.", ["Kampung Melayu"]),
    ],
)
def test_guard_a_village_name_that_is_a_common_word_stays_untagged(label_id, text, places):
    assert label_id(text).texts("GPE") == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Warga Jalan Merpati Kelurahan Sukajadi mengungsi.", ["Kelurahan Sukajadi"]),
        (
            "Ia tinggal di Jl. Kenari Desa Sukajadi Kecamatan Sukamaju.",
            ["Desa Sukajadi", "Kecamatan Sukamaju"],
        ),
        (
            "Api dipadamkan di Gang Mawar Dusun Krajan, Desa Sukamulya, Rabu.",
            ["Dusun Krajan", "Desa Sukamulya"],
        ),
    ],
)
def test_a_village_after_a_streets_name_is_a_place(label_id, text, places):
    assert label_id(text).texts("GPE") == places


@pytest.mark.parametrize(
    "text",
    [
        "Ia tinggal di Jalan Desa Sukajadi sejak kecil.",  # a street named after the village
        "Upacara digelar di Pura Desa Batuan pada malam hari.",  # a temple keeps its village
        "Pedagang berjualan di Pasar Induk Desa Sukajadi setiap pagi.",  # a market too
    ],
)
def test_guard_a_facility_opening_with_a_village_type_holds_no_place(label_id, text):
    assert label_id(text).texts("GPE") == []


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("Grup B diisi Bintang Laut dan Sinar Pagi FC musim ini.", ["Sinar Pagi FC"]),
        (
            "Grup A diisi Sriwijaya FC, PSMS Medan dan Semen Padang FC.",
            ["Sriwijaya FC", "PSMS Medan", "Semen Padang FC"],
        ),
        ("Laga itu mempertemukan Karo United serta Deli Raya FC.", ["Karo United", "Deli Raya FC"]),
    ],
)
def test_a_club_tail_after_a_list_joiner_ends_the_second_name_only(label_id, text, orgs):
    assert label_id(text).texts("ORG") == orgs


def test_guard_a_club_opened_by_its_tail_word_after_dan(label_id):
    labelled = label_id("Persija Jakarta dan FC Bekasi City bertemu di Bekasi.")
    assert labelled.texts("ORG") == ["Persija Jakarta", "FC Bekasi City"]


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        (
            "Kapolres Pulau Sapudi dan Pulau-Pulau Kangean AKBP Darto Wiryono mengatakan situasi aman.",
            ["Pulau Sapudi", "Pulau-Pulau Kangean"],
        ),
        (
            "Situasi aman, kata Kapolres Pulau Sapudi dan Pulau-Pulau Kangean, Darto Wiryono.",
            ["Pulau Sapudi", "Pulau-Pulau Kangean"],
        ),
        (
            "Kapolres Pulau Sapudi serta Pulau-pulau Kangean Darto Wiryono mengatakan situasi aman.",
            ["Pulau Sapudi", "Pulau-pulau Kangean"],
        ),
    ],
)
def test_two_regions_a_unit_serves_are_places_not_its_chiefs_name(label_id, text, regions):
    labelled = label_id(text)
    assert labelled.texts("LOC") == regions
    assert labelled.texts("PERSON") == ["Darto Wiryono"]


def test_the_islands_reduplicated_head_heads_a_region(label_id):
    labelled = label_id("Warga Pulau Sapudi dan Pulau-Pulau Kangean diminta tetap tenang.")
    assert labelled.texts("LOC") == ["Pulau Sapudi", "Pulau-Pulau Kangean"]
    assert labelled.texts("PERSON") == []


def test_guard_one_region_after_a_units_title_stays_the_units_place(label_id):
    labelled = label_id("Kapolsek Pulau Sapudi Iptu Darto Wiryono mengatakan situasi aman.")
    assert labelled.texts("LOC") == []
    assert labelled.texts("PERSON") == ["Darto Wiryono"]
