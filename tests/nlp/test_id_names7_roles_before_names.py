"""Roles of an event committee and of a commander before a name (id_names7): the role is no part of
the PERSON, the committee word is no PERSON, and a corps unit spelt out after the commander stays
in its ORG; invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Ketua Panitia, I Made Sudarma, mengatakan acara berjalan lancar.", "I Made Sudarma"),
        ("Ketua Panitia Milad, Budi Santoso, mengatakan acara berjalan lancar.", "Budi Santoso"),
        ("Hal itu disampaikan Ketua Panitia Milad Budi Santoso kepada wartawan.", "Budi Santoso"),
        ("Sekretaris Panitia, Rina Wati, mengatakan peserta bertambah.", "Rina Wati"),
        ("Bendahara Panitia, Siti Aminah, menyebut dana cukup.", "Siti Aminah"),
        ("Ketua Pelaksana, Agus Salim, mengatakan acara dimulai pagi.", "Agus Salim"),
        ("Pembina Pramuka, Joko Susilo, menjelaskan kegiatan itu.", "Joko Susilo"),
        ("Komandan Regu, Budi Santoso, mengatakan api sudah padam.", "Budi Santoso"),
        ("Komandan Budi hadir dalam upacara itu.", "Budi"),
    ],
)
def test_a_committee_or_command_role_is_no_part_of_the_person(label_id, text, person):
    assert label_id(text).texts("PERSON") == [person]


def test_the_committee_alone_is_no_person(label_id):
    text = "Ia yang juga Ketua Panitia Milad selalu berkoordinasi dengan polisi."
    assert label_id(text).texts("PERSON") == []


def test_a_quote_goes_to_the_name_after_the_committee_role(label_id):
    labelled = label_id('"Semua berjalan aman," kata Ketua Panitia, I Made Sudarma.')
    assert labelled.texts("PERSON") == ["I Made Sudarma"]


@pytest.mark.parametrize(
    ("text", "org", "person"),
    [
        (
            "Komandan Satuan Brimob Polda Bengkulu, Kombes Rudi Hartono, menjelaskan hasilnya.",
            "Satuan Brimob Polda Bengkulu",
            "Rudi Hartono",
        ),
        (
            "Kepala Satuan Intelkam Polres Garut, AKP Budi Santoso, hadir di lokasi.",
            "Satuan Intelkam Polres Garut",
            "Budi Santoso",
        ),
        ("Komandan Kompi Brimob, Iptu Budi Santoso, hadir di lokasi.", "Brimob", "Budi Santoso"),
    ],
)
def test_the_unit_after_a_commander_stays_an_organisation(label_id, text, org, person):
    labelled = label_id(text)
    assert labelled.texts("ORG") == [org]
    assert labelled.texts("PERSON") == [person]


def test_a_committee_that_is_a_body_is_no_role(label_id):
    # Guard: bare `Panitia` is no role (`Panitia Pemilihan Kecamatan` names an election body).
    labelled = label_id("Panitia Pemilihan Kecamatan Cibadak menggelar rapat pleno.")
    assert labelled.texts("PERSON") == []
