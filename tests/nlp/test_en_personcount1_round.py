"""English PERSON mentions counted on fresh pages (issue 11, en_personcount1 round): a senior
counsel's rank in brackets after a lawyer's name, whips and aides read as names, a byline in
capitals, and a lawyer's `Esq` kept in the name. Every sentence is invented."""

from __future__ import annotations

import pytest

# --- a senior counsel's rank in brackets is no defined term's acronym -------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The lawyer, Tobi Adeyemi (SAN) asked the court for more time.", "Tobi Adeyemi"),
        ("Counsel for the bank, Grace Wanjiku (SC), opposed the application.", "Grace Wanjiku"),
        ("Defence counsel Martin Holloway (KC) told the jury the evidence was thin.", "Martin Holloway"),
    ],
)
def test_a_counsels_rank_in_brackets_keeps_the_name(label_en, text, name):
    assert name in label_en(text).texts("PERSON")


def test_a_defined_term_before_its_acronym_stays_no_person(label_en):  # a guard
    result = label_en("The Village Savings Scheme (VSS) opened a branch in Kitwe.")
    assert "Village Savings Scheme" not in result.texts("PERSON")


def test_a_court_before_its_acronym_stays_a_body(label_en):  # a guard: `SC` of a court
    result = label_en("The Supreme Court (SC) ruled on Monday that the law stands.")
    assert "Supreme Court" in result.texts("ORG")
    assert result.texts("PERSON") == []


# --- whips and aides are roles, not names -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Minority Chief Whip, Kwabena Owusu, said the House would sit late.", "Kwabena Owusu"),
        ("Deputy Majority Whip, Esi Boateng, moved the motion on Friday.", "Esi Boateng"),
        ("Special Assistant to the Governor on Works Dr Ibrahim Lawal said the bridge would open.", "Ibrahim Lawal"),
        ("The Senior Special Assistant to the President, Halima Sani, spoke on Tuesday.", "Halima Sani"),
    ],
)
def test_a_whip_or_an_aide_is_no_name(label_en, text, name):
    people = label_en(text).texts("PERSON")
    assert people == [name]


# --- a byline in capitals ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("By JOHN TEMBO\nThe council met on Monday to pass the budget.", "JOHN TEMBO"),
        ("Sport\nBY RUDO MAKONI The club signed two strikers on Monday.", "RUDO MAKONI"),
    ],
)
def test_a_byline_in_capitals_is_a_person(label_en, text, name):
    assert name in label_en(text).texts("PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "BY STAFF REPORTER\nThe council met on Monday.",
        "BY OUR CORRESPONDENT The council met on Monday.",
        "By BERNAMA\nThe council met on Monday.",
    ],
)
def test_a_desk_or_an_agency_in_capitals_stays_no_person(label_en, text):  # guards
    assert label_en(text).texts("PERSON") == []


def test_a_byline_in_title_case_is_unchanged(label_en):  # a guard
    assert label_en("By Jane Muthoni\nThe council met on Monday.").texts("PERSON") == ["Jane Muthoni"]


# --- a lawyer's Esq is no part of the name ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Counsel to the family, Chidi Nwosu Esq, said the matter would go on.",
        "Another lawyer, Chidi Nwosu Esq. also asked for time.",
    ],
)
def test_esq_is_cut_from_the_name(label_en, text):
    assert label_en(text).texts("PERSON") == ["Chidi Nwosu"]


# --- a lone word in camel case is a brand, not a person -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ahead of the derby, NewsDaySport asked Moyo about his strikers.",
        "Before the vote, CityToday asked Banda about the budget.",
    ],
)
def test_a_camel_case_word_is_no_persons_name(label_en, text):
    people = label_en(text).texts("PERSON")
    assert len(people) == 1 and people[0] in ("Moyo", "Banda")


def test_a_camel_case_word_is_no_place_either(label_en):
    result = label_en("The witness told CityToday that he was afraid of the men.")
    assert result.texts("PERSON") == [] and result.texts("GPE") == []


@pytest.mark.parametrize(
    ("text", "name"), [('"We will win," McCarthy said.', "McCarthy"), ('"We will win," DeSouza said.', "DeSouza")]
)
def test_a_surname_with_a_prefix_stays_a_name(label_en, text, name):  # a guard
    assert label_en(text).texts("PERSON") == [name]
