"""Indonesian entities of round id_furniture2: staff codes and placeholders in credits, an outlet
before the photographer in a photo credit, and an officer's initials before the surname after a rank;
invented sentences."""

from __future__ import annotations

import pytest


def test_a_placeholder_editor_is_no_person(label_id):
    labelled = label_id("Banjir surut pagi ini.\n\nPenulis: Rina Wati | Editor: Admin")
    assert labelled.texts("PERSON") == ["Rina Wati"]


def test_a_staff_code_after_reporter_is_no_organisation(label_id):
    labelled = label_id("Banjir surut pagi ini.\n\nReporter: XYZ\nEditor: Dewi Lestari")
    assert labelled.texts("ORG") == []
    assert labelled.texts("PERSON") == ["Dewi Lestari"]


def test_two_staff_codes_closing_a_story_are_no_organisations(label_id):
    labelled = label_id("Warga diminta tetap waspada terhadap banjir susulan. (XYZ/QRS)")
    assert labelled.texts("ORG") == []


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("Hujan turun.\n\nPewarta: Tim JACX\n(ANTARA/JACX)", ["JACX", "ANTARA", "JACX"]),
        ("Warga memadati balai desa. (BP/Istimewa)", ["BP"]),
    ],
)
def test_a_code_beside_a_known_agency_or_a_courtesy_word_stays_an_organisation(label_id, text, orgs):
    """Guard: an agency's desk code beside the agency, and a paper's code beside `Istimewa`."""
    assert label_id(text).texts("ORG") == orgs


def test_a_name_in_capitals_after_editor_stays_a_person(label_id):
    """Guard: a name of four letters or more in capitals is a person, not a code."""
    labelled = label_id("Banjir surut pagi ini.\n\nPenulis: BUDI SANTOSO | Editor: SUBANDI")
    assert labelled.texts("PERSON") == ["BUDI SANTOSO", "SUBANDI"]


def test_an_outlet_before_the_photographer_in_a_photo_credit(label_id):
    labelled = label_id("Warga memadati balai desa. (Foto: Warta Sukamaju/Budi Santoso)")
    assert labelled.texts("ORG") == ["Warta Sukamaju"]
    assert labelled.texts("PERSON") == ["Budi Santoso"]


def test_a_photographer_before_the_unit_stays_a_person(label_id):
    """Guard: the usual order, the photographer first."""
    labelled = label_id("Warga memadati balai desa. (Foto: Rina Wati/Humas)")
    assert labelled.texts("PERSON") == ["Rina Wati"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Kapolres Sukamaju AKBP MP Nainggolan mengatakan pelaku sudah ditahan.", "MP Nainggolan"),
        ("Pelaku ditangkap oleh Bripka AB Santoso di rumahnya.", "AB Santoso"),
        ("Kapolda Sukamaju Irjen Pol RZ Budi Putra Siregar meninjau lokasi.", "RZ Budi Putra Siregar"),
    ],
)
def test_initials_after_a_rank_open_the_officer_name(label_id, text, person):
    assert person in label_id(text).texts("PERSON")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Kasat Reskrim AKP Budi Santoso mengatakan pelaku sudah ditahan.", "Budi Santoso"),
        ("Pelaku ditangkap oleh Aipda RP di rumahnya.", "RP"),
    ],
)
def test_a_rank_before_a_plain_name_or_bare_initials(label_id, text, person):
    """Guards: a plain name after a rank, and initials alone after a rank."""
    assert person in label_id(text).texts("PERSON")
