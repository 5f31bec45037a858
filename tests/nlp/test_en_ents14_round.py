"""English bodies (issue 11, en_ents14 round): the state named `the Federation` after a state
officer's title, a role after a body's `of <place>`, a body defined by an acronym between commas
and acronyms written in title case. Every sentence is invented."""

from __future__ import annotations

import pytest

# --- `the Federation`: the state, not a body -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Accountant General of the Federation, Tunde Bako, released the figures on Monday.",
        "The Auditor-General of the Federation submitted the audit report to the House.",
        "The Secretary to the Government of the Federation opened the retreat in the capital.",
        "The revenue was shared from the Federation Account last month.",
    ],
)
def test_the_federation_after_a_state_officer_is_no_org(label_en, text):
    result = label_en(text)
    assert "Federation" not in result.texts("ORG")


def test_the_federation_after_its_full_name_stays_an_org(label_en):  # a guard
    result = label_en("The Nigeria Basketball Federation fined the club. The Federation said the fine stands.")
    assert result.texts("ORG") == ["Nigeria Basketball Federation", "Federation"]


def test_a_federation_of_bodies_stays_one_org(label_en):  # a guard
    result = label_en("The Federation of Kenya Employers agreed to the new wage.")
    assert result.texts("ORG") == ["Federation of Kenya Employers"]


# --- a role after a body's `of <place>` ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body", "name"),
    [
        (
            "The National Assembly of Kenya Speaker Justin Kamau ruled on the motion.",
            "National Assembly of Kenya",
            "Justin Kamau",
        ),
        ("County Assembly of Nairobi Speaker, Ken Otieno, adjourned the sitting.", "County Assembly of Nairobi", "Ken Otieno"),
    ],
)
def test_a_role_after_the_place_of_a_body_is_not_the_body(label_en, text, body, name):
    result = label_en(text)
    assert result.texts("ORG") == [body]
    assert result.texts("PERSON") == [name]


def test_a_body_of_a_place_then_more_of_its_name_stays_whole(label_en):  # a guard
    result = label_en("The Institute of Chartered Accountants of Ghana Council met on Friday.")
    assert "Institute of Chartered Accountants of Ghana" in result.texts("ORG")[0]


# --- a body defined by an acronym between commas --------------------------------------------------------


def test_a_body_defined_by_an_acronym_between_commas_is_one_org(label_en):
    result = label_en(
        "The Citizens Advocacy for Clean and Open Budgets, CACOB, sued the agency. CACOB said it would appeal."
    )
    assert result.texts("ORG") == ["Citizens Advocacy for Clean and Open Budgets", "CACOB", "CACOB"]
    assert result.texts("PERSON") == []


def test_a_body_named_once_before_an_acronym_between_commas_is_one_org(label_en):
    result = label_en("Parents Voice for Safer Roads, PVSR, wrote to the minister on Friday.")
    assert result.texts("ORG") == ["Parents Voice for Safer Roads", "PVSR"]
    assert result.texts("PERSON") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Memorandum of Understanding (MOU) was signed on Friday.",
        "Former president Tomas Lindo Rivas, TLR, said he would run again.",
        "The charge was laid under the Prevention of Cyber Fraud Act, PCFA, last year.",
        "The case was led by Deputy Superintendent of Police, DSP, Ama Owusu on Monday.",
    ],
)
def test_no_body_is_made_of_a_term_a_rank_or_a_name_before_an_acronym(label_en, text):  # guards
    result = label_en(text)
    assert not any(" " in org for org in result.texts("ORG"))


# --- acronyms in title case -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("Fifa banned the club for two years on Tuesday.", ["Fifa"]),
        ("Uefa and Nato said nothing about the plan.", ["Uefa", "Nato"]),
        ("The Ecowas summit opened on Monday.", ["Ecowas"]),
    ],
)
def test_a_known_acronym_in_title_case_is_an_org(label_en, text, orgs):
    result = label_en(text)
    assert result.texts("ORG") == orgs
    assert result.texts("PERSON") == []


def test_a_given_name_that_spells_an_acronym_stays_a_person(label_en):  # a guard
    result = label_en("Gail Mensah and Sana Obi said the clinic would reopen.")
    assert result.texts("PERSON") == ["Gail Mensah", "Sana Obi"]
    assert result.texts("ORG") == []
