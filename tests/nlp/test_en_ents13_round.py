"""English people and bodies (issue 11, en_ents13 round): the second half of a portfolio joined
by `and` (no person; the whole ministry), ranks and clerks spelled out before a name, staff
bylines and a place's own legislature. Every sentence is invented."""

from __future__ import annotations

import pytest

# --- the second half of a portfolio joined by `and` ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "She served as Minister for Fisheries and Marine Resources until the election.",
        "He was Minister of State for Aviation and Marine Resources in the last cabinet.",
        "The Senate Committee on Housing and Urban Development summoned the contractor.",  # a guard
    ],
)
def test_the_second_half_of_a_portfolio_is_no_person(label_en, text):
    result = label_en(text)
    assert result.texts("PERSON") == []


def test_a_name_after_a_portfolio_and_and_stays_a_person(label_en):
    result = label_en("The Minister for Trade and Peter Kaupa met the traders on Monday.")
    assert "Peter Kaupa" in result.texts("PERSON")


def test_a_company_after_a_body_and_and_stays_an_org(label_en):
    result = label_en("The Bank of Tonga and Access Holdings signed the loan on Friday.")
    assert "Access Holdings" in result.texts("ORG")


def test_a_ministry_with_a_one_word_second_portfolio_stays_whole(label_en):
    result = label_en("The Ministry of Information and Broadcasting suspended the licence on Friday.")
    assert result.texts("ORG") == ["Ministry of Information and Broadcasting"]


@pytest.mark.parametrize(
    "body", ["Ministry of Forests and Mineral Resources", "Ministry of Women and Social Affairs"]
)
def test_a_ministry_with_a_second_portfolio_ending_in_a_listed_word_is_one_org(label_en, body):
    result = label_en(f"The {body} said on Monday that the permits were suspended.")
    assert result.texts("ORG") == [body]
    assert result.texts("PERSON") == []


def test_a_portfolio_before_a_name_still_gives_the_name(label_en):
    result = label_en("Minister of Finance and Economic Planning Tom Obi said the budget was ready.")
    assert result.texts("PERSON") == ["Tom Obi"]


# --- ranks and clerks spelled out before a name --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The navy chief, Commodore Tevita Nalau, inspected the ship.", "Tevita Nalau"),
        ("The late Corporal Jone Vatu was buried at Suva on Monday.", "Jone Vatu"),
        ("Lance Corporal Mere Tabua said the road was closed.", "Mere Tabua"),
        ("County Clerk Peter Mwangi read the notice to members.", "Peter Mwangi"),
        ("Town Clerk Alice Banda said the market would reopen.", "Alice Banda"),
    ],
)
def test_a_rank_or_clerk_before_a_name_stays_out_of_the_person(label_en, text, name):
    result = label_en(text)
    assert result.texts("PERSON") == [name]


# --- staff bylines -------------------------------------------------------------------------------


@pytest.mark.parametrize("byline", ["By Staff Reporter", "By Staff Writer", "By Our Correspondent"])
def test_a_staff_byline_is_no_person(label_en, byline):
    result = label_en(f"{byline}\n\nThe council said on Monday that water would be cut.")
    assert result.texts("PERSON") == []


def test_a_reporter_byline_stays_a_person(label_en):
    result = label_en("By Grace Obi\n\nThe council said on Monday that water would be cut.")
    assert result.texts("PERSON") == ["Grace Obi"]


# --- a place's own legislature -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Kakamega County Assembly passed the budget on Tuesday.", "Kakamega County Assembly"),
        ("The Perak State Assembly was dissolved on Friday.", "Perak State Assembly"),
        ("The bill went back to the County Assembly for a vote.", "County Assembly"),
    ],
)
def test_a_place_legislature_is_one_org(label_en, text, body):
    result = label_en(text)
    assert result.texts("ORG") == [body]
    assert result.texts("GPE") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [("Police in Kakamega County arrested two men.", "Kakamega County"), ("The Perak State government said it.", "Perak State")],
)
def test_a_place_with_its_administrative_word_stays_a_place(label_en, text, place):
    result = label_en(text)
    assert result.texts("GPE") == [place]
    assert result.texts("ORG") == []
