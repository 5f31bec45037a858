"""English organisations and the names confused with them (issue 11, en_ents21 round): national
sides and clubs by their nickname alone, bodies named with a possessive (`Queen's`, `St Mary's`),
plural `Services`, competitions named `Super ...`, a surname that is also a country, a place or a
weekday as a given name. Every sentence is invented."""

from __future__ import annotations

import pytest

# --- national sides and clubs by their nickname ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("The Springboks beat the All Blacks 24-20 in Durban.", ["Springboks", "All Blacks"]),
        ("The Black Ferns named three new caps on Tuesday.", ["Black Ferns"]),
        ("The Wallabies and the Socceroos both lost at home.", ["Wallabies", "Socceroos"]),
        ("Wasswa joined Harlequins on loan from a Welsh club.", ["Harlequins"]),
        ("The Jaguars dominated the regional final in Providence.", ["Jaguars"]),
    ],
)
def test_a_side_named_by_its_nickname_is_an_org(label_en, text, orgs):
    result = label_en(text)
    for org in orgs:
        assert org in result.texts("ORG")
    assert not set(orgs) & set(result.texts("PERSON"))


def test_a_nickname_like_word_of_people_stays_untagged(label_en):  # a guard: `Kiwis` are people
    result = label_en("Many Kiwis travelled to Sydney for the match.")
    assert "Kiwis" not in result.texts("ORG")


# --- bodies named with a possessive ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("The boy was taken to King's Medical Centre in the city.", "King's Medical Centre"),
        ("She trained as a nurse at St Mary's Hospital before moving north.", "St Mary's Hospital"),
        ("He was moved to St. Luke's Hospital on Monday.", "St. Luke's Hospital"),
        ("The twins were treated at Children's Hospital, police said.", "Children's Hospital"),
    ],
)
def test_a_body_named_with_a_possessive_is_one_org(label_en, text, org):
    assert org in label_en(text).texts("ORG")


def test_a_college_and_its_city_give_no_person(label_en):  # the city after the body is no head's name
    result = label_en("She studied at King's College London before joining the ministry.")
    assert "King's College" in result.texts("ORG")
    assert result.texts("PERSON") == []


def test_a_possessive_with_no_body_tail_stays_untagged(label_en):  # a guard: no tail word, no body
    result = label_en("The Queen's speech was read by the King's representative.")
    assert result.texts("ORG") == []


# --- plural `Services` ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Nassau Information Services released the figures on Monday.", "Nassau Information Services"),
        ("The Tonga Correctional Services said two inmates escaped.", "Tonga Correctional Services"),
    ],
)
def test_a_body_named_in_the_plural_services_is_an_org(label_en, text, org):
    assert org in label_en(text).texts("ORG")


def test_a_services_portfolio_before_a_title_is_no_body(label_en):  # a guard: the minister's portfolio
    result = label_en("Financial Services Minister John Kamau said the bill would pass.")
    assert result.texts("ORG") == []
    assert result.texts("PERSON") == ["John Kamau"]


# --- competitions named `Super ...` ---------------------------------------------------------------


def test_a_super_competition_is_no_person(label_en):
    result = label_en("The Super Rugby Pacific final was moved to Saturday.")
    assert result.texts("PERSON") == []


# --- a surname that is also a country -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Minister of Fisheries, Dorian Jordan, opened the talks. Jordan told reporters the quota was fair.",
        "Fisheries Minister Dorian Jordan opened the talks.\n\n“The quota is fair,” Jordan told reporters.",
    ],
)
def test_a_country_that_is_the_surname_of_a_person_named_before_is_that_person(label_en, text):
    result = label_en(text)
    assert result.texts("GPE") == []
    assert result.texts("PERSON") == ["Dorian Jordan", "Jordan"]


def test_the_country_after_a_preposition_stays_a_place(label_en):  # a guard: a place's frame
    result = label_en("Dorian Jordan spoke of the refugee camps in Jordan on Monday.")
    assert result.texts("GPE") == ["Jordan"]


def test_the_country_before_the_person_stays_a_place(label_en):  # a guard: no name seen yet
    result = label_en("Jordan closed its border. Later, trade envoy Dorian Jordan flew to Amman.")
    assert "Jordan" in result.texts("GPE")


# --- a place or a weekday as a given name ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The coach, Victoria Ashby, said the team was ready. Ashby added that the squad was fit.", "Victoria Ashby"),
        ("The winger, Georgia Hale, scored twice. Hale said the side was happy.", "Georgia Hale"),
    ],
)
def test_a_place_before_a_surname_the_page_uses_alone_is_a_given_name(label_en, text, name):
    result = label_en(text)
    assert name in result.texts("PERSON")
    assert result.texts("GPE") == []


def test_a_club_before_its_coach_named_with_a_place_is_an_org(label_en):  # the club-role rule now sees the coach
    result = label_en("Harbour Kestrels coach Victoria Ashby said the team was ready. Ashby added that it was fit.")
    assert "Harbour Kestrels" in result.texts("ORG")
    assert "Victoria Ashby" in result.texts("PERSON")


def test_a_place_before_a_name_after_a_preposition_stays_a_place(label_en):  # a guard: `in Kenya Ruto`
    result = label_en("Protests spread in Kenya Ruto said on Friday. Ruto later left for Addis Ababa.")
    assert not any(name.startswith("Kenya") for name in result.texts("PERSON"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The spokesman, Sunday Adeyemi, said the suspects were arrested.", "Sunday Adeyemi"),
        ("Police spokesman Sunday Adeyemi said the suspects were arrested on Friday.", "Sunday Adeyemi"),
        ("Governor Monday Okon said the state was ready.", "Monday Okon"),
    ],
)
def test_a_weekday_that_opens_a_name_is_the_given_name(label_en, text, name):
    result = label_en(text)
    assert name in result.texts("PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "Police said Sunday Adeyemi was arrested.",
        "The suspects were arrested on Sunday Adeyemi said.",
    ],
)
def test_a_weekday_after_a_verb_or_on_stays_a_date(label_en, text):  # guards: the day
    result = label_en(text)
    assert "Sunday" in result.texts("DATE")
    assert not any(name.startswith("Sunday") for name in result.texts("PERSON"))


def test_a_place_known_whole_stays_a_place(label_en):  # a guard: `Hong Kong` is no given name
    result = label_en("Hong Kong beat Japan on Friday. Later, Ben Kong scored twice. Kong said the side was tired.")
    assert "Hong Kong" in result.texts("GPE")
