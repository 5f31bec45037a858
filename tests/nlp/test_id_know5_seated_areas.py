"""A district or village written before the regency, city, province or district that holds it, after
a comma, is a place (entity_seated_areas.py, names from areaid); invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "area"),
    [
        # a village (kelurahan) before its city
        ("Air menggenangi Jalan Melati, Ancol, Jakarta Utara, pada Sabtu pagi.", "Ancol"),
        # before a province's everyday name
        ("Rapat itu digelar di gedung parlemen, Senayan, Jakarta, Kamis.", "Senayan"),
        ("Turis itu menginap di sebuah hotel di Jalan Pantai, Kuta, Bali.", "Kuta"),
        ("Pusat gempa berada 40 kilometer dari Sumur, Banten, menurut petugas.", "Sumur"),
        # a regency's one-word district before the regency, its name written fused
        ("Tambang pasir liar di Temon, Kulonprogo, ditutup polisi.", "Temon"),
        # before a province's short form
        ("Banjir merendam sawah di Baleendah, Jabar, sejak Senin.", "Baleendah"),
    ],
)
def test_an_area_before_its_seat_is_a_place(label_id, text, area):
    assert area in label_id(text).texts("GPE")


def test_a_chain_is_read_from_its_largest_place(label_id):
    result = label_id("Posko dibuka di Jalan Cikini, Gondangdia, Menteng, Jakarta Pusat, Senin.")
    assert {"Gondangdia", "Menteng", "Jakarta Pusat"} <= set(result.texts("GPE"))


def test_a_village_of_a_district_before_that_district(label_id):
    result = label_id("Seorang pengamen tinggal di Gang Mawar, Pesawahan, Telukbetung Selatan.")
    assert "Pesawahan" in result.texts("GPE")


def test_a_name_the_seat_does_not_hold_stays_out(label_id):
    # `Ancol` lies in Jakarta, not in Bali: the comma alone says nothing
    result = label_id("Turis itu menginap di Jalan Pantai, Ancol, Bali.")
    assert "Ancol" not in result.texts("GPE")


def test_a_person_before_a_place_stays_a_person(label_id):
    result = label_id("Menurut Kapolsek Sukamaju AKP Budi Santoso, Jakarta Utara aman.")
    assert "Budi Santoso" in result.texts("PERSON")


def test_english_text_is_left_alone(label_en):
    result = label_en("Floods hit Ancol, Jakarta Utara, on Saturday.")
    assert "Ancol" not in result.texts("GPE")


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("Kasus pencurian terjadi di kawasan Legok, dua pelaku ditangkap.", "Legok"),
        ("Sempat beredar isu kebakaran di daerah Jajar, kata warga.", "Jajar"),
        ("Polisi menggerebek sebuah rumah di kawasan Meudang Ara, kemarin.", "Meudang Ara"),
    ],
)
def test_a_district_or_village_after_a_noun_of_area_is_a_place(label_id, text, area):
    result = label_id(text)
    assert area in result.texts("GPE")
    assert area not in result.texts("PERSON")


def test_a_longer_name_after_a_noun_of_area_is_not_cut_to_a_village(label_id):
    # `Legok` is a district, but the capitalised run goes on: no place is cut out of it
    result = label_id("Ia tinggal di kawasan Legok Indah Permai sejak lama.")
    assert "Legok" not in result.texts("GPE")


def test_an_area_spelt_fused_where_areaid_writes_it_apart(label_id):
    # areaid writes `Sari Harjo`; news writes `Sariharjo`
    result = label_id("Kecelakaan terjadi di Jalan Palagan, Sariharjo, Kecamatan Ngaglik, Kabupaten Sleman.")
    assert "Sariharjo" in result.texts("GPE")


@pytest.mark.parametrize(
    ("text", "areas"),
    [
        (
            "Kecelakaan terjadi di depan sebuah toko, Padukuhan Kembang, Kalurahan Ambarketawang, Kapanewon Gamping, Sleman.",
            ["Padukuhan Kembang", "Kalurahan Ambarketawang", "Kapanewon Gamping"],
        ),
        ("Kecelakaan terjadi di depan sebuah toko, Pekon Sukamaju, Kecamatan Pagelaran.", ["Pekon Sukamaju"]),
        ("Rapat digelar di balai, Jorong Koto Tuo, Nagari Balingka.", ["Jorong Koto Tuo"]),
    ],
)
def test_the_regions_own_type_words_open_a_place(label_id, text, areas):
    result = label_id(text)
    assert set(areas) <= set(result.texts("GPE"))
    assert not set(areas) & set(result.texts("PERSON"))
