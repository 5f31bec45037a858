"""English people and bodies (issue 11, en_ents12 round): a one-word name with an age ending the
sentence, a paper in a byline named by its tail and its country, roles in the plural and acronyms
listed with a known body. Every sentence is invented."""

from __future__ import annotations

import pytest

# --- a one-word name with an age ending the sentence -----------------------------------------


def test_a_one_word_name_with_an_age_ending_the_sentence_is_a_person(label_en):
    result = label_en("Police identified the victim as Joel, 55. He was taken to hospital.")
    assert "Joel" in result.texts("PERSON")


@pytest.mark.parametrize(
    "text", ["Shares rose in Lagos, 12. Analysts said little.", "The team finished in Paris, 3. Then they flew home."]
)
def test_a_place_with_a_number_ending_the_sentence_stays_a_place(label_en, text):
    result = label_en(text)
    assert result.texts("PERSON") == []
    assert len(result.texts("GPE")) == 1


# --- a paper in a byline named by its tail and its country -----------------------------------


@pytest.mark.parametrize(
    ("text", "paper"),
    [
        ("By Post Kenya\n\nThe minister said on Monday that fuel prices would rise.", "Post Kenya"),
        ("By Times Ghana\n\nThe minister said on Monday that fuel prices would rise.", "Times Ghana"),
    ],
)
def test_a_paper_named_by_its_tail_and_country_in_a_byline_is_an_org(label_en, text, paper):
    result = label_en(text)
    assert paper in result.texts("ORG")
    assert paper not in result.texts("PERSON")


def test_a_reporter_in_a_byline_stays_a_person(label_en):
    result = label_en("By Grace Obi\n\nThe minister said on Monday that fuel prices would rise.")
    assert result.texts("PERSON") == ["Grace Obi"]


# --- roles in the plural ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The two Prime Ministers met in Suva on Tuesday to sign the deal.",
        "The new Vice Presidents attended the dinner on Friday.",
    ],
)
def test_a_role_in_the_plural_is_no_person(label_en, text):
    assert label_en(text).texts("PERSON") == []


def test_a_role_in_the_singular_before_a_name_still_gives_the_name(label_en):
    assert label_en("Prime Minister Tomas Reyko said the deal was fair.").texts("PERSON") == ["Tomas Reyko"]


# --- acronyms listed with a known body -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The company said it met officials from KRA, TMB, NERC and OFGA on Monday.",
        "The bill puts KRA, TMB, NERC, and OFGA under the ministry.",
    ],
)
def test_acronyms_listed_with_a_known_body_are_orgs(label_en, text):
    assert label_en(text).texts("ORG") == ["KRA", "TMB", "NERC", "OFGA"]


def test_a_list_of_capitals_with_no_known_body_stays_untagged(label_en):
    assert label_en("The pupils sat QTW, ZLB and VRNX papers on Monday.").texts("ORG") == []


def test_two_acronyms_with_a_known_body_are_no_list(label_en):
    assert label_en("The company said it met officials from KRA and TMB on Monday.").texts("ORG") == ["KRA"]
