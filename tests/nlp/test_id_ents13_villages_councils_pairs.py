"""Indonesian entities of round id_ents13 (classes met on fresh pages first): a village's or
district's bare name that the page first wrote with its type and later read as a one-word PERSON,
a kind of regional office named by its kind alone (`OPD`, `SKPD`), the region after a council's
acronym that no list knows (`DPRD X`), the second person of a `dari A ke B` pair, degrees
written with a space after their inner stop (`M. Ag`), and the places of a list that a counted
place noun announces (`tiga desa, yakni A, B dan C`); invented sentences."""

from __future__ import annotations

import pytest


def test_a_district_named_with_its_type_is_no_person_after_a_role(label_id):
    labelled = label_id(
        "Warga Kecamatan Wanasari berkumpul di balai desa. Pernyataan itu disampaikan Kelian Adat Wanasari,"
        " Ketut Darma, Minggu. Masyarakat Wanasari siap mendukung program itu."
    )
    assert "Wanasari" not in labelled.texts("PERSON")
    assert labelled.texts("GPE").count("Wanasari") == 2
    assert "Ketut Darma" in labelled.texts("PERSON")


def test_a_papuan_district_named_alone_before_a_verb_is_a_place(label_id):
    labelled = label_id(
        "Bentrok terjadi di Distrik Walemo. Pihak pertama Walemo menyatakan siap berdamai dengan kampung tetangga."
    )
    assert "Walemo" not in labelled.texts("PERSON")
    assert "Walemo" in labelled.texts("GPE")


def test_guard_a_person_whose_name_holds_the_village_word_stays_a_person(label_id):
    labelled = label_id(
        "Warga Desa Suryadi menggelar rapat. Kepala desa itu, Budi Suryadi, mengatakan Suryadi akan hadir."
    )
    assert "Budi Suryadi" in labelled.texts("PERSON")
    assert "Suryadi" not in labelled.texts("GPE")


@pytest.mark.parametrize(
    "text",
    [
        "Menurutnya, pemadam kebakaran bisa menjadi Organisasi Perangkat Daerah (OPD) tersendiri. Jika sudah menjadi OPD,"
        " anggarannya bertambah.",
        "Rapat itu dihadiri Wakil Gubernur dan beberapa Kepala OPD Pemprov Jabar.",
        "Pimpinan SKPD diminta hadir dalam apel pagi.",
        "Sebagian Satuan Kerja Perangkat Daerah belum menyerahkan laporan.",
    ],
)
def test_a_kind_of_regional_office_is_no_body(label_id, text):
    assert label_id(text).texts("ORG") == []


def test_guard_the_place_after_a_kind_of_office_keeps_its_tag(label_id):
    labelled = label_id("Rapat itu dihadiri beberapa Kepala OPD Pemprov Jabar.")
    assert labelled.texts("GPE") == ["Jabar"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Ketua DPRD Tobasa, Rudi Hartono, membuka rapat paripurna.", "DPRD Tobasa"),
        ("Sebanyak 50 anggota DPRD Gedangan dilantik pekan lalu.", "DPRD Gedangan"),
        ("Rapat pimpinan DPRD Sumbawi digelar Senin.", "DPRD Sumbawi"),
    ],
)
def test_a_councils_region_unknown_to_the_lists_belongs_to_the_council(label_id, text, body):
    labelled = label_id(text)
    assert body in labelled.texts("ORG")
    assert "Tobasa" not in labelled.texts("PERSON")
    assert "Gedangan" not in labelled.texts("PERSON")


def test_guard_a_council_written_alone_before_a_name_keeps_the_name(label_id):
    labelled = label_id("Wakil Ketua DPRD Wulan Pratiwi menyampaikan, harga beras stabil pekan ini.")
    assert labelled.texts("PERSON") == ["Wulan Pratiwi"]
    assert labelled.texts("ORG") == ["DPRD"]


def test_guard_a_list_of_counted_places_closes_after_its_last_item(label_id):
    labelled = label_id("Banjir melanda tiga desa, yakni Cigadog, Pasirhuni dan Legokjaya, Warsono mengatakan hal itu.")
    assert labelled.texts("GPE") == ["Cigadog", "Pasirhuni", "Legokjaya"]
    assert labelled.texts("PERSON") == ["Warsono"]


def test_guard_a_headline_verb_after_a_council_is_no_region(label_id):
    labelled = label_id("Komisi II DPRD Minta Warga Awasi Proyek Jalan\n\nSukamaju - Komisi itu meminta warga ikut mengawasi.")
    assert not any("Minta" in body for body in labelled.texts("ORG"))


def test_the_second_person_of_a_hand_over_pair_is_a_person(label_id):
    labelled = label_id(
        "DPRD mengusulkan penggantian wakil ketua dari Hendra Kusuma ke Rudi Santiko. Dalam rapat itu diusulkan"
        " nama Rudi Santiko sebagai pengganti."
    )
    assert labelled.texts("PERSON").count("Rudi Santiko") == 2
    assert "Rudi Santiko" not in labelled.texts("GPE")


def test_guard_a_one_word_place_after_a_persons_pair_stays_a_place(label_id):
    labelled = label_id("Bantuan dikirim dari Hendra Kusuma ke Cibeureum pada Senin.")
    assert "Cibeureum" in labelled.texts("GPE")


def test_guard_a_pair_of_places_stays_places(label_id):
    labelled = label_id("Ia pindah dari Sukamaju ke Tanjung Harapan tahun lalu.")
    assert "Tanjung Harapan" not in labelled.texts("PERSON")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Kursi wakil ketua diisi Hendra Kusuma M. Ag (F-PKB) pekan ini.", "Hendra Kusuma"),
        ("Rapat dibuka Wulan Sari S. Sos di aula kantor camat.", "Wulan Sari"),
        ("Rapat dibuka Wulan Sari, S. Sos., M. Si. di aula kantor camat.", "Wulan Sari"),
    ],
)
def test_a_degree_written_with_a_space_stays_out_of_the_name(label_id, text, person):
    assert label_id(text).texts("PERSON") == [person]


def test_guard_an_initial_before_a_surname_stays_in_the_name(label_id):
    assert label_id("Rapat dibuka Wulan M. Siregar di aula kantor camat.").texts("PERSON") == ["Wulan M. Siregar"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Polsek itu membawahi tiga kampung. Ketiga Kampung itu adalah Wamurek, Sibutra dan Distrik Oksori.",
            ["Wamurek", "Sibutra", "Distrik Oksori"],
        ),
        (
            "Banjir melanda empat desa, yakni Cigadog, Pasirhuni, Legokjaya dan Desa Sukamulya.",
            ["Cigadog", "Pasirhuni", "Legokjaya", "Desa Sukamulya"],
        ),
        ("Kedua desa itu ialah Sumberwatu dan Kalirejo.", ["Sumberwatu", "Kalirejo"]),
    ],
)
def test_the_items_of_a_list_of_counted_places_are_places(label_id, text, places):
    labelled = label_id(text)
    assert labelled.texts("GPE") == places
    assert labelled.texts("PERSON") == []


def test_guard_a_role_over_a_place_noun_opens_no_list_of_places(label_id):
    labelled = label_id("Ketua kampung itu adalah Wamurek Sibutra, seorang petani.")
    assert labelled.texts("GPE") == []
