"""Indonesian entities of round id_entities10: the village after a role's portfolio, a facility word
inside a temple's name, a two-word kelurahan after a regional title, a body's place after a
small-letter place type; invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Tokoh Pemuda Desa Sukamaju, Andi Pratama, mengatakan jalan itu rusak.",
        "Ketua Pemuda Desa Sukamaju, Andi Pratama, mengatakan jalan itu rusak.",
        "Ketua Pemuda Desa Sukamaju Andi Pratama mengatakan jalan itu rusak.",
    ],
)
def test_the_village_after_a_roles_portfolio_is_a_place(label_id, text):
    labelled = label_id(text)
    assert labelled.texts("GPE") == ["Desa Sukamaju"]
    assert labelled.texts("PERSON") == ["Andi Pratama"]


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("Ketua Karang Taruna Desa Sukamaju, Andi Pratama, hadir.", ["Karang Taruna Desa Sukamaju"]),
        ("Kepala Dinas Kesehatan Kabupaten Garut, Andi Pratama, hadir.", ["Dinas Kesehatan Kabupaten Garut"]),
    ],
)
def test_guard_a_body_after_a_role_keeps_its_place(label_id, text, orgs):
    labelled = label_id(text)
    assert labelled.texts("ORG") == orgs
    assert labelled.texts("GPE") == []


def test_guard_a_portfolio_without_a_place_is_unchanged(label_id):
    labelled = label_id("Menteri Pemuda dan Olahraga Dito Ariotedjo membuka acara itu.")
    assert labelled.texts("PERSON") == ["Dito Ariotedjo"]
    assert labelled.texts("GPE") == []


@pytest.mark.parametrize(
    "text",
    [
        "Upacara piodalan digelar di Pura Taman Sari pada malam hari.",
        "Upacara piodalan digelar di Pura Taman Sari Tabanan pada malam hari.",
    ],
)
def test_a_temple_named_after_its_garden_holds_no_place(label_id, text):
    assert label_id(text).texts("GPE") == []


def test_a_temple_named_after_its_garden_keeps_the_village_after_a_comma(label_id):
    text = "Upacara digelar di Pura Taman Sari, Desa Sukawati, pada malam hari."
    assert label_id(text).texts("GPE") == ["Desa Sukawati"]


def test_guard_a_village_named_taman_sari_outside_a_temple(label_id):
    assert label_id("Warga Taman Sari berkumpul di balai desa.").texts("GPE") == ["Taman Sari"]


@pytest.mark.parametrize("degree", ["", ", S.Sos"])
def test_a_two_word_kelurahan_named_on_the_page_goes_before_a_one_word_name(label_id, degree):
    text = (
        "Warga Kelurahan Cempaka Indah Kota Bengkulu memperbaiki jembatan. "
        f"Lurah Cempaka Indah Suharto{degree} mengatakan perbaikan selesai pekan depan."
    )
    labelled = label_id(text)
    assert labelled.texts("PERSON") == ["Suharto"]
    assert labelled.texts("GPE") == ["Kelurahan Cempaka Indah", "Kota Bengkulu", "Cempaka Indah"]


def test_guard_a_district_of_one_word_before_a_two_word_name(label_id):
    text = "Warga Kecamatan Pleret berkumpul. Camat Pleret Ahmad Fauzi mengatakan hal itu."
    labelled = label_id(text)
    assert labelled.texts("PERSON") == ["Ahmad Fauzi"]
    assert labelled.texts("GPE") == ["Kecamatan Pleret", "Pleret"]


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("Ia ditemui di kantor DLH provinsi Jambi, Jumat.", ["DLH provinsi Jambi"]),
        ("Kepala DLH provinsi Jambi, Andi Pratama, mengatakan hal itu.", ["DLH provinsi Jambi"]),
        ("Ia ditemui di kantor Dinas Kesehatan kota Bandung, Jumat.", ["Dinas Kesehatan kota Bandung"]),
    ],
)
def test_a_bodys_place_after_a_small_letter_place_type(label_id, text, orgs):
    labelled = label_id(text)
    assert labelled.texts("ORG") == orgs
    assert labelled.texts("GPE") == []


@pytest.mark.parametrize(
    "text",
    [
        "Gubernur provinsi Jambi hadir dalam acara itu.",
        "Lomba itu diikuti kabupaten/kota se-provinsi Jambi tahun ini.",
        "Ia tinggal di provinsi Jambi sejak kecil.",
    ],
)
def test_guard_a_small_letter_place_type_outside_a_body(label_id, text):
    labelled = label_id(text)
    assert labelled.texts("GPE") == ["Jambi"]
    assert labelled.texts("ORG") == []


def test_guard_a_mayors_own_city_is_no_kelurahan_of_two_words(label_id):
    """The place type of `Wali Kota Sukamaju Darto ...` is the title's: it names no place
    `Sukamaju Darto` for the later `Wali Kota Darto`."""
    text = "Wali Kota Sukamaju Darto Wiryono meninjau pasar. Wali Kota Darto mengatakan pasar itu bersih."
    labelled = label_id(text)
    assert labelled.texts("PERSON") == ["Darto Wiryono", "Darto"]
    assert labelled.texts("GPE") == ["Sukamaju"]
