"""English bodies written in title case (issue 11, en_orgs4 round): a capitalised `Of`/`For` and
`And` inside such a name go on with it as their small forms do, so that the name is one ORG and
not its head word alone. A sentence in title case with a stopword after the joiner, and a
sentence's own lower-case `and` between two bodies, stay as they were. Every sentence is invented."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Centre For Civic Renewal And Dialogue (CCRD) said the count was slow.", "Centre For Civic Renewal And Dialogue"),
        ("Staff of the Institute For Water Studies left early.", "Institute For Water Studies"),
        ("The Institute Of Chartered Surveyors said fees would rise.", "Institute Of Chartered Surveyors"),
        ("A report by the Centre For Rural Justice was published.", "Centre For Rural Justice"),
    ],
)
def test_a_title_case_body_goes_on_through_its_capitalised_joiners(label_en, text, body):
    assert label_en(text).texts("ORG")[0] == body


def test_a_stopword_after_a_capitalised_joiner_keeps_the_body_short(label_en):
    assert label_en("Villagers thanked the Police For Their Help on Monday.").texts("ORG") == []


def test_a_sentence_and_between_two_bodies_keeps_them_two(label_en):
    result = label_en("The Institute for Water Studies and the Centre for Rural Justice met on Friday.")
    assert result.texts("ORG") == ["Institute for Water Studies", "Centre for Rural Justice"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Officials of the Zambia Labour Congress said the strike would go on.", "Zambia Labour Congress"),
        ("The Ghana Bakers Union Congress (GBUC) said wages were low.", "Ghana Bakers Union Congress"),
    ],
)
def test_a_place_and_trade_before_congress_are_one_body(label_en, text, body):
    result = label_en(text)
    assert result.texts("ORG")[0] == body
    assert result.texts("GPE") == []


def test_two_congresses_joined_by_a_sentence_and_stay_two(label_en):
    result = label_en("The Zambia Labour Congress and the Farmers Union Congress met on Friday.")
    assert result.texts("ORG") == ["Zambia Labour Congress", "Farmers Union Congress"]
