"""English organisations on business and politics pages (issue 11, en_ents18 round): a body's
acronym before a post of two or three words, a board's post before `of` and the body, `Manager`
after the rank-like `General`, and a central bank's measures taken for a person. Every sentence
is invented."""

from __future__ import annotations

import pytest

# --- an acronym before a longer post ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        ("KAPW General Secretary Tobias Wekesa said the talks had failed.", "KAPW", "Tobias Wekesa"),
        ("The strike goes on, NUBM Deputy General Secretary Mercy Atieno said.", "NUBM", "Mercy Atieno"),
        ("KTMA Executive Director Ruth Kamau welcomed the ruling.", "KTMA", "Ruth Kamau"),
        ("ZAFW Acting Chairperson Lombe Phiri signed the letter.", "ZAFW", "Lombe Phiri"),
    ],
)
def test_an_acronym_before_a_longer_post_is_its_body(label_en, text, body, person):
    result = label_en(text)
    assert result.texts("ORG") == [body]
    assert result.texts("PERSON") == [person]


def test_a_province_before_a_chief_ministers_post_stays_no_body(label_en):  # a guard (en_ents6)
    result = label_en("KP Deputy Chief Minister Ali Khan opened the road.")
    assert result.texts("ORG") == []
    assert result.texts("PERSON") == ["Ali Khan"]


def test_a_known_place_before_a_post_stays_a_place(label_en):  # a guard
    result = label_en("US Deputy Secretary Anne Fulton met the envoy.")
    assert result.texts("ORG") == []
    assert "US" in result.texts("GPE")


def test_a_role_acronym_before_a_post_is_no_body(label_en):  # a guard (`not_org_acronyms`)
    result = label_en("CEO Executive Director Ruth Kamau welcomed the ruling.")
    assert result.texts("ORG") == []


# --- a board's post before `of` and its body ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Board Chairman of Lakeshore Water Authority, Kofi Asante, resigned.", "Lakeshore Water Authority"),
        ("The then Board Chairman of Lakeshore Water Authority warned the staff.", "Lakeshore Water Authority"),
        ("The Board Chair of the National Seed Council, Ama Boateng, spoke.", "National Seed Council"),
        ("The Council Chairman of the Kente Traders Association, Yaw Mensah, spoke.", "Kente Traders Association"),
    ],
)
def test_a_boards_post_before_of_leaves_the_body_alone(label_en, text, body):
    assert label_en(text).texts("ORG") == [body]


def test_a_body_named_with_its_board_keeps_its_board(label_en):  # a guard
    result = label_en("The Board of Directors of Lakeshore Water Authority met on Monday.")
    assert result.texts("ORG") == ["Board of Directors of Lakeshore Water Authority"]


def test_a_post_after_a_bodys_full_name_is_left_to_the_role_rules(label_en):  # a guard
    result = label_en("The Bank of Ghana Governor Ernest Addo spoke on Monday.")
    assert result.texts("ORG") == ["Bank of Ghana"]
    assert result.texts("PERSON") == ["Ernest Addo"]


# --- `General Manager` ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "General Manager Earl Brampton said the vote was clear.",
        "Its General Manager, Earl Brampton, said the vote was clear.",
        "The society's Marketing Manager, Earl Brampton, said so.",
    ],
)
def test_a_manager_is_a_post_not_a_name(label_en, text):
    assert label_en(text).texts("PERSON") == ["Earl Brampton"]


def test_a_general_stays_a_rank(label_en):  # a guard
    assert label_en("Brigadier General Joseph Mwale led the parade.").texts("PERSON") == ["Joseph Mwale"]


# --- a central bank's measures -----------------------------------------------------------------


def test_a_central_banks_ratios_are_no_people(label_en):
    result = label_en("The committee kept the Cash Reserve Ratio at 27 per cent and the Liquidity Ratio at 30 per cent.")
    assert result.texts("PERSON") == []
    assert result.texts("ORG") == []


def test_a_policy_rate_is_no_person(label_en):
    assert label_en("The Policy Rate stayed at 11 per cent.").texts("PERSON") == []


def test_a_tail_word_closing_the_text_is_read_safely(label_en):  # a guard (the post test at the text's end)
    assert label_en("The decision now rests with the Board").texts("ORG") == ["Board"]


def test_an_acronym_after_a_secretary_and_of_is_a_body(label_en):  # `secretary`, `manager` as member nouns
    result = label_en("Mercy Atieno, General Secretary of NUBM, said the talks had failed. NUBM will meet on Friday.")
    assert result.texts("ORG") == ["NUBM", "NUBM"]
    assert result.texts("PERSON") == ["Mercy Atieno"]
