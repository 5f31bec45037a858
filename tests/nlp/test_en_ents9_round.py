"""English hospitals and clinics are ORG (the gold audit; issue 11, en_ents9 round), and so are
churches and sees named after their country or see (`Church of England`, `Diocese of Kumasi`),
where a building named by its own word stays untagged. Every sentence is invented; most names
were seen on no page (the family was completed from knowledge)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "hospital"),
    [
        ("The driver was taken to Riverside Hospital on Monday.", "Riverside Hospital"),
        ("She died at Lakeside General Hospital, police said.", "Lakeside General Hospital"),
        ("He was referred to the Volta Teaching Hospital for surgery.", "Volta Teaching Hospital"),
        ("Nurses at Marula District Hospital went on strike.", "Marula District Hospital"),
        ("Two children were treated at Harbour View Clinic.", "Harbour View Clinic"),
        ("Staff of the Glenmore Royal Infirmary were praised.", "Glenmore Royal Infirmary"),
        ("Doctors at the Hospital of the Coastal University said the boy was stable.", "Hospital of the Coastal University"),
        ("Shares of Sunrise Hospitals rose on Friday.", "Sunrise Hospitals"),
    ],
)
def test_a_hospital_or_clinic_is_an_organisation(label_en, text, hospital):
    assert label_en(text).texts("ORG") == [hospital]


def test_two_hospitals_joined_by_and_stay_two(label_en):
    result = label_en("The injured were taken to Kiboko National Hospital and Mater Hospital.")
    assert result.texts("ORG") == ["Kiboko National Hospital", "Mater Hospital"]


def test_a_rank_before_a_name_still_opens_the_name(label_en):
    result = label_en("Police Brigadier General Kofi Asante said the road was closed.")
    assert result.texts("PERSON") == ["Kofi Asante"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Church of England said it would review the case.", "Church of England"),
        ("The Church of Scotland issued a statement on Sunday.", "Church of Scotland"),
        ("Leaders of the Church of Pentecost met in the capital.", "Church of Pentecost"),
        ("The Archdiocese of Nairobi said the mass was cancelled.", "Archdiocese of Nairobi"),
        ("The Diocese of Kumasi opened a school.", "Diocese of Kumasi"),
    ],
)
def test_a_church_named_after_its_country_is_one_organisation(label_en, text, body):
    result = label_en(text)
    assert result.texts("ORG") == [body]
    assert result.texts("GPE") == []


def test_a_church_building_stays_untagged(label_en):
    result = label_en("Mourners gathered at Bethel Church on Saturday.")
    assert result.texts("ORG") == []
    assert result.texts("PERSON") == []
