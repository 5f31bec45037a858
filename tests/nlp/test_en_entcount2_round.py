"""English entities counted on Gulf, Middle East and European pages (issue 11, en_entcount2 round):
Gulf and Arab clubs named with the Arabic article, a listed club's name as a man's surname, a club
called `the Wolves`, an aggregator named where a dateline's city stands, royal decrees, and a state
agency named `<Country> Enterprise`. Every sentence is invented."""

from __future__ import annotations

import pytest

# --- Gulf and Arab clubs named with the article ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("Al Sadd beat Al Arabi 3-1 at home on Friday.", ["Al Sadd", "Al Arabi"]),
        ("Al Gharafa thrashed Al Duhail 4-0 to go top of the table.", ["Al Gharafa", "Al Duhail"]),
        ("Al-Hilal drew with Al-Ittihad in a tense derby in Riyadh.", ["Al-Hilal", "Al-Ittihad"]),
        ("Coach Frank Moss Criticises Referee After al-Nassr Defeat", ["al-Nassr"]),
        ("Defending champions Al Ahli face Al Wasl in the cup final tonight.", ["Al Ahli", "Al Wasl"]),
    ],
)
def test_an_article_club_is_an_org(label_en, text, orgs):
    result = label_en(text)
    for org in orgs:
        assert org in result.texts("ORG")
    assert not set(orgs) & (set(result.texts("PERSON")) | set(result.texts("GPE")))


@pytest.mark.parametrize(
    ("text", "person", "lone"),
    [
        (
            "Mohammed Al Arabi, a retired judge, said the ruling was fair. Al Arabi told the court it was late.",
            "Mohammed Al Arabi",
            "Al Arabi",
        ),
        (
            "The witness Khalid Omar al-Hilal was questioned on Monday, and al-Hilal denied the charge.",
            "Khalid Omar al-Hilal",
            "al-Hilal",
        ),
        ("Defence lawyer Hilal Al Sadd asked for bail.", "Hilal Al Sadd", None),
    ],
)
def test_a_listed_club_after_a_given_name_is_a_surname(label_en, text, person, lone):  # a guard
    result = label_en(text)
    assert person in result.texts("PERSON")
    assert result.texts("ORG") == []
    if lone:
        assert lone in result.texts("PERSON")


def test_a_demonym_before_a_listed_club_opens_no_name(label_en):  # a guard of the surname pass
    result = label_en("Saudi al-Hilal coach Jorge Lima praised his players after the win.")
    assert "al-Hilal" in result.texts("ORG")
    assert not any("Saudi" in person for person in result.texts("PERSON"))


def test_a_town_named_club_stays_a_place(label_en):  # a guard: towns are not listed
    result = label_en("Heavy rain flooded several streets in Al Wakrah on Sunday.")
    assert "Al Wakrah" not in result.texts("ORG")


def test_a_news_network_opened_by_the_article_is_unchanged(label_en):  # a guard: a date before it
    result = label_en("On Tuesday Al Jazeera reported that the talks had failed.")
    assert "Al Jazeera" in result.texts("ORG")
    assert result.texts("PERSON") == []


# --- a club called the Wolves ---------------------------------------------------------------------


def test_the_wolves_are_a_club(label_en):
    result = label_en("The Wolves return to their home ground after two away defeats.")
    assert "Wolves" in result.texts("ORG")


def test_wolves_in_small_letters_stay_animals(label_en):  # a guard
    result = label_en("Farmers said the wolves had killed twelve sheep near the village.")
    assert result.texts("ORG") == []


# --- an aggregator where a dateline's city stands -------------------------------------------------


def test_a_listed_aggregator_in_a_dateline_is_an_org(label_en):
    result = label_en("MENAFN - The minister of finance said on Monday that prices would fall.")
    assert "MENAFN" in result.texts("ORG")
    assert "MENAFN" not in result.texts("GPE")


def test_a_dateline_city_is_unchanged(label_en):  # a guard
    result = label_en("KUWAIT CITY, Mar 3: The ministry said prices would fall.")
    assert "KUWAIT CITY" in result.texts("GPE")


# --- royal decrees and `<Country> Enterprise` -----------------------------------------------------


def test_royal_decrees_are_no_person(label_en):
    result = label_en("Royal Decrees Reshape Two Ministries\n\nThe new Royal Decrees issued on Sunday merged two ministries.")
    assert result.texts("PERSON") == []


@pytest.mark.parametrize(
    "text",
    [
        "Former Malta Enterprise chief Paul Zammit testified on Tuesday.",
        "The company was a Malta Enterprise client for six years.",
    ],
)
def test_a_country_enterprise_agency_is_an_org(label_en, text):
    result = label_en(text)
    assert "Malta Enterprise" in result.texts("ORG")
    assert "Malta" not in result.texts("GPE")


def test_free_enterprise_stays_untagged(label_en):  # a guard: small letters
    assert label_en("The minister praised free enterprise and open markets.").texts("ORG") == []
