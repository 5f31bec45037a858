"""English companies with a private company's mark or a country's letter in brackets before their
legal form (issue 11, en_ents8 round): `(Pty) Ltd` of Southern Africa, `(Pvt) Ltd` and `(Private)
Limited` of Zimbabwe and South Asia, `(U) Ltd` and its siblings of the East and West African
registers, and the dotted `Pvt. Ltd`. Every sentence is invented; most marks tested here were seen
on no page (the family was completed from knowledge)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Kalahari Grain Millers (Pty) Ltd said the plant would close.", "Kalahari Grain Millers (Pty) Ltd"),
        ("The tender went to Harare Steel Works (Private) Limited last year.", "Harare Steel Works (Private) Limited"),
        ("A spokesman for Lusaka Cement (Pvt) Ltd denied the claims.", "Lusaka Cement (Pvt) Ltd"),
        ("Mukwano Industries (U) Ltd raised its prices.", "Mukwano Industries (U) Ltd"),
        ("The loan was arranged by Bidco Oil Refineries (K) Ltd in May.", "Bidco Oil Refineries (K) Ltd"),
        ("Auditors from Zenith Mills (Nig) Ltd were questioned.", "Zenith Mills (Nig) Ltd"),
        ("Police raided the offices of Tiger Overseas Pvt. Ltd on Friday.", "Tiger Overseas Pvt. Ltd"),
        ("Tamarind Foods (T) Limited paid the fine.", "Tamarind Foods (T) Limited"),
    ],
)
def test_a_bracketed_mark_before_the_legal_form_is_part_of_the_company(label_en, text, company):
    assert label_en(text).texts("ORG") == [company]


def test_two_companies_with_marks_joined_by_and_stay_two(label_en):
    result = label_en("The court heard that Lobelo Bricks (Pty) Ltd and Serowe Media Holdings (Pty) Ltd were owed money.")
    assert result.texts("ORG") == ["Lobelo Bricks (Pty) Ltd", "Serowe Media Holdings (Pty) Ltd"]
    assert result.texts("PERSON") == []


def test_a_bracketed_letter_without_a_legal_form_after_it_is_no_company(label_en):
    result = label_en("Aung Min (U) told the meeting that the road was closed.")
    assert "Aung Min (U)" not in result.texts("ORG")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Tahiti found a way through in the second half.", "Tahiti"),
        ("England still had a chance to level the match late on.", "England"),
        ("Swaziland have never reached the finals of the tournament.", "Swaziland"),
        ("The visitors from Curacao arrived on Monday.", "Curacao"),
        ("Burma was ruled by the army for decades.", "Burma"),
        ("Somaliland held its election peacefully, observers said.", "Somaliland"),
        ("The referee came from St Lucia, the organisers said.", "St Lucia"),
        ("Bougainville voted for independence in the referendum.", "Bougainville"),
    ],
)
def test_a_country_or_territory_under_its_everyday_name_is_a_place(label_en, text, place):
    result = label_en(text)
    assert result.texts("GPE") == [place]
    assert result.texts("PERSON") == []


@pytest.mark.parametrize(
    "text",
    [
        "Despite Tahiti's early goal, the hosts won.",
        "Amid England's collapse, the captain stayed calm.",
        "Unlike Swaziland, the hosts had qualified before.",
    ],
)
def test_a_preposition_opening_the_sentence_is_no_part_of_a_name(label_en, text):
    result = label_en(text)
    assert result.texts("PERSON") == []
    assert len(result.texts("GPE")) == 1


def test_a_body_named_after_a_country_keeps_its_name(label_en):
    result = label_en("The Bank of England and Tahiti Nui Airways both said the plan was sound.")
    assert result.texts("ORG") == ["Bank of England", "Tahiti Nui Airways"]
