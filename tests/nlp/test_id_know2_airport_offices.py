"""Offices named by class and by the airport they serve are one ORG, and the airport's namesake
in them is no person (nlp/entities/bodies/entity_office_names.py, airport_namesakes.txt); an
airport itself is a facility, untagged; invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "office",
    [
        "Kantor Imigrasi Kelas I Khusus TPI Ngurah Rai",
        "Kantor Imigrasi Kelas I TPI Sultan Hasanuddin",
        "Kantor Imigrasi Soekarno-Hatta",
        "Kantor Imigrasi Kelas I TPI Makassar",
    ],
)
def test_an_office_takes_its_class_and_the_airport_it_serves(label_id, office):
    result = label_id(f"Petugas {office} memeriksa dokumen dua warga asing pada Senin malam.")
    assert result.texts("ORG") == [office]
    assert result.texts("PERSON") == []


def test_the_namesake_after_a_role_of_the_office_is_no_person(label_id):
    result = label_id("Kepala Seksi Penindakan Keimigrasian Ngurah Rai, Budi Santoso, mengatakan hal itu.")
    assert result.texts("PERSON") == ["Budi Santoso"]


@pytest.mark.parametrize("airport", ["Bandar Udara Sultan Hasanuddin", "Bandara Internasional Ngurah Rai"])
def test_an_airport_is_a_facility(label_id, airport):
    result = label_id(f"Pesawat itu tertahan di {airport} karena cuaca buruk.")
    assert [s for s in result.spans if s.label in ("PERSON", "ORG", "GPE", "LOC")] == []


def test_a_given_name_after_the_office_word_stays_a_person(label_id):
    result = label_id("Kepala Seksi Keimigrasian Iskandar mengatakan hal itu kepada wartawan.")
    assert result.texts("PERSON") == ["Iskandar"]


def test_the_airport_word_inside_an_office_name_goes_with_it(label_id):
    text = "Kantor Imigrasi Kelas I Khusus Bandara Soekarno-Hatta menolak sepuluh warga asing pekan ini."
    result = label_id(text)
    assert result.texts("ORG") == ["Kantor Imigrasi Kelas I Khusus Bandara Soekarno-Hatta"]
