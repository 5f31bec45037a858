"""Indonesian name edges (id_names1): a given name written short with its stop stays in the name,
a degree written without stops is cut off, and regional forms of address and candidate or advocate
roles stay outside the PERSON; invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kepala sekolah Rudi Ch. Pangaribuan mengatakan ujian ditunda.", "Rudi Ch. Pangaribuan"),
        ("Pendeta Chr. Manuel Sitorus memimpin ibadah di gereja itu.", "Chr. Manuel Sitorus"),
        ("Ketua panitia Moch. Arifin Santoso menyebut acara itu ramai.", "Moch. Arifin Santoso"),
        ("Ketua panitia Ach. Baidowi Hasan menyebut acara itu ramai.", "Ach. Baidowi Hasan"),
        ("Muh. Arifin Santoso menyebut acara itu ramai.", "Muh. Arifin Santoso"),
    ],
)
def test_a_short_given_name_with_its_stop_stays_in_the_name(label_id, text, name):
    assert label_id(text).texts("PERSON") == [name]


def test_a_byline_ending_a_page_keeps_its_short_given_name(label_id):
    labelled = label_id('"Jaga jarak dan pakai masker," ujarnya.\n(Rudi Ch. Legowo)')
    assert "Rudi Ch. Legowo" in labelled.texts("PERSON")


def test_single_initials_inside_names_as_before(label_id):
    labelled = label_id("Acara itu dibuka oleh Budi S. Hartono dan Rina M. Sari.")
    assert labelled.texts("PERSON") == ["Budi S. Hartono", "Rina M. Sari"]


def test_a_name_ending_a_sentence_is_not_joined_to_the_next(label_id):
    labelled = label_id("Hadiah itu diterima Rina Wati. Budi Santoso mengatakan timnya siap.")
    assert labelled.texts("PERSON") == ["Rina Wati", "Budi Santoso"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kepala KUA Anwar Sadat M Ag menyebut nikah massal digelar besok.", "Anwar Sadat"),
        ("Camat Rina Lestari S Sos mengatakan jalan itu rusak.", "Rina Lestari"),
    ],
)
def test_a_degree_written_without_stops_is_cut(label_id, text, name):
    assert label_id(text).texts("PERSON") == [name]


def test_a_name_with_a_two_letter_last_word_keeps_it(label_id):
    assert label_id("Warga bernama Budi Ag datang ke balai desa.").texts("PERSON") == ["Budi Ag"]


def test_two_initials_are_no_degree_written_without_stops(label_en):
    labelled = label_en("Another officer, M A, 31, was charged with theft.")
    assert "M A" in labelled.texts("PERSON")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Warga Kelurahan Batu IX mengeluh banjir setiap hujan.", "Kelurahan Batu IX"),
        ("Warga Desa Sidomulyo II, Kecamatan Tegal Rejo, mengeluh banjir.", "Desa Sidomulyo II"),
    ],
)
def test_a_village_keeps_its_roman_number(label_id, text, place):
    assert place in label_id(text).texts("GPE")


def test_a_balinese_name_after_a_village_is_no_number(label_id):
    labelled = label_id("Kepala Desa Sukamaju I Made Sudi mengatakan panen bagus.")
    assert "I Made Sudi" in labelled.texts("PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Menurut Kang Dedi Rusmana, panen tahun ini bagus.", "Dedi Rusmana"),
        ("Cik Rosna Hartati mengatakan harga ikan naik.", "Rosna Hartati"),
        ("Kata Uda Rizal Pratama, warung itu buka sampai malam.", "Rizal Pratama"),
        ("Menurut Caleg Budi Hartono, jalan desa harus diperbaiki.", "Budi Hartono"),
        ("Bacaleg Budi Hartono hadir di balai desa.", "Budi Hartono"),
        ("Menurut Advokat Budi Hartono, kliennya tidak bersalah.", "Budi Hartono"),
    ],
)
def test_forms_of_address_and_roles_stay_outside_the_name(label_id, text, name):
    assert label_id(text).texts("PERSON") == [name]
