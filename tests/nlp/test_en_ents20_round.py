"""English cabinet posts by their initials (issue 11, en_ents20 round): a Kenyan `CS` or `PS` next
to its portfolio, on either side, is a role before the name, no part of it. Every sentence is
invented."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On Friday, Treasury CS Peter Kamau Njoroge said the bill was ready.", "Peter Kamau Njoroge"),
        ("Treasury CS Njoroge said the bill was ready.", "Njoroge"),
        ("The levy was defended by CS Treasury Peter Njoroge in Mombasa.", "Peter Njoroge"),
        ("Health CS Mary Atieno toured the ward on Monday.", "Mary Atieno"),
        ("Foreign Affairs CS Daniel Kiprop flew to Cairo.", "Daniel Kiprop"),
        ("Later, Education PS Ruth Wambui met the teachers.", "Ruth Wambui"),
    ],
)
def test_a_post_by_its_initials_with_its_portfolio_is_no_part_of_the_name(label_en, text, name):
    assert label_en(text).texts("PERSON") == [name]


def test_the_treasury_alone_is_no_person(label_en):  # the portfolio listed: no name run of its own
    assert label_en("Officials at the Treasury said the figures were final.").texts("PERSON") == []


def test_initials_with_no_portfolio_stay_part_of_a_name(label_en):  # a guard: `CS` alone opens a name
    assert "CS Lamai" in label_en("By Anna Berg and CS Lamai\n\nThe market opened late.").texts("PERSON")


def test_a_post_with_no_name_after_it_adds_nothing(label_en):  # a guard: the role alone
    result = label_en("The Treasury CS said the bill was ready.")
    assert result.texts("PERSON") == []
    assert result.texts("ORG") == []


# --- `X FC of <city>`: the club, then its place ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "club", "place"),
    [
        ("The striker joined Kariobangi Sharks FC of Nairobi last season.", "Kariobangi Sharks FC", "Nairobi"),
        ("Coastal Stars FC of Mombasa lost the final on penalties.", "Coastal Stars FC", "Mombasa"),
    ],
)
def test_a_club_before_of_and_its_city_ends_at_fc(label_en, text, club, place):
    result = label_en(text)
    assert club in result.texts("ORG")
    assert place in result.texts("GPE")


def test_fc_opening_a_club_name_is_unchanged(label_en):  # a guard: `FC` first still heads the name
    assert label_en("FC Barcelona signed the winger in June.").texts("ORG") == ["FC Barcelona"]


def test_a_body_of_name_still_runs_through_of(label_en):  # a guard: only the club's word closes it
    assert "Ministry of Health" in label_en("The Ministry of Health issued new rules.").texts("ORG")
