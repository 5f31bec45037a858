"""English ORGs from world knowledge (issue 11, en_know2 round): institutions named after a royal
or a sheikh are one ORG with their title (not a title and a PERSON), and the world's national news
agencies are ORGs by their names and acronyms. Every sentence is invented."""

from __future__ import annotations


def test_royal_title_name_and_hospital_are_one_org(label_en):
    result = label_en("The twins were moved from Queen Elizabeth Hospital to Princess Marina Hospital on Monday.")
    assert result.texts("ORG") == ["Queen Elizabeth Hospital", "Princess Marina Hospital"]
    assert result.texts("PERSON") == []


def test_namesake_with_a_word_before_the_head(label_en):
    result = label_en("Doctors at King Faisal Specialist Hospital and Prince Sultan University studied the case.")
    assert result.texts("ORG") == ["King Faisal Specialist Hospital", "Prince Sultan University"]
    assert result.texts("PERSON") == []


def test_royal_people_without_an_institution_stay_people(label_en):
    result = label_en("Queen Elizabeth visited the hospital, and King Charles opened a school in the town.")
    assert result.texts("PERSON") == ["Elizabeth", "Charles"]
    assert result.texts("ORG") == []


def test_gulf_and_levant_agencies_by_acronym(label_en):
    result = label_en("KUNA and BNA said the ministers met, while WAM and QNA carried the statement and SANA denied it.")
    assert result.texts("ORG") == ["KUNA", "BNA", "WAM", "QNA", "SANA"]
    assert result.texts("PERSON") == []


def test_african_and_baltic_agencies(label_en):
    result = label_en(
        "The minister told LETA that the talks stalled, BNS reported; ANGOP, GNA and NAN carried the speech, and ZNBC aired it."
    )
    assert result.texts("ORG") == ["LETA", "BNS", "ANGOP", "GNA", "NAN", "ZNBC"]


def test_agency_full_names(label_en):
    result = label_en("The Saudi Press Agency and the Emirates News Agency quoted the Ghana News Agency.")
    assert result.texts("ORG") == ["Saudi Press Agency", "Emirates News Agency", "Ghana News Agency"]


def test_head_inside_a_longer_name_takes_the_title_too(label_en):
    result = label_en("She enrolled at Sheikh Khalifa University of Science in the autumn.")
    assert result.texts("ORG") == ["Sheikh Khalifa University of Science"]
    assert result.texts("PERSON") == []
