"""English bodies cut or read as people (issue 11, en_ents19 round): a union's name cut at `and`
before a participle and a noun, kinds of body with no tail word, a desk in a byline, a derby and a
ground, and a role's portfolio set off by commas. Every sentence is invented."""

from __future__ import annotations

import pytest

# --- a union's of-name goes on after `and` and a participle ---------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Kalinga Union of Clerical and Associated Professions called a strike.",
            "Kalinga Union of Clerical and Associated Professions",
        ),
        ("Mr Otieno of the Union of Transport and Allied Workers said pay was late.", "Union of Transport and Allied Workers"),
    ],
)
def test_a_participle_after_and_goes_on_with_the_name(label_en, text, body):
    assert body in label_en(text).texts("ORG")


def test_a_person_after_and_stays_apart(label_en):  # a guard: no common noun's ending
    result = label_en("The Union of Transport and Grace Achieng met on Monday.")
    assert "Union of Transport and Grace Achieng" not in result.texts("ORG")


# --- kinds of body with no tail word --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["The Appellate Bench dismissed the appeal on Tuesday.", "The Governing Body met in Lusaka last week."],
)
def test_a_kind_of_body_is_no_persons_name(label_en, text):
    assert label_en(text).texts("PERSON") == []


# --- a desk in a byline ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["By Sports Reporter", "By Business Writer"])
def test_a_bylines_desk_is_no_person(label_en, text):
    assert label_en(text).texts("PERSON") == []


def test_a_bylines_name_stays_a_person(label_en):  # a guard
    assert label_en("By Jane Muthoni").texts("PERSON") == ["Jane Muthoni"]


# --- a derby and a ground -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Fans packed the stands for the Mombasa Derby on Sunday.",
        "The Lakeside Derby ended in a draw at Kisumu Grounds.",
        "The final was played at the Perth Oval on Saturday.",
        "Kabwe Grounds hosted the rally.",
    ],
)
def test_a_derby_or_a_ground_is_no_person(label_en, text):
    assert label_en(text).texts("PERSON") == []


def test_a_surname_like_ground_stays_a_name(label_en):  # a guard: the singular is no tail
    assert label_en("Peter Ground scored twice, the coach said.").texts("PERSON") == ["Peter Ground"]


# --- a role's portfolio set off by commas ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Deputy Governor, Financial System Stability, Mary Wanjiru, told the meeting rates would hold.", "Mary Wanjiru"),
        ("Deputy Governor, Banking Supervision, Ama Mensah, opened the forum.", "Ama Mensah"),
    ],
)
def test_a_portfolio_between_commas_is_no_person(label_en, text, person):
    assert label_en(text).texts("PERSON") == [person]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The Deputy Governor, Mary Wanjiru, told the meeting rates would hold.", "Mary Wanjiru"),
        ("The Minister, Festus Mogae, and the Deputy Governor, Grace Manning, spoke.", "Grace Manning"),
    ],
)
def test_a_name_after_a_roles_comma_stays_a_person(label_en, text, person):  # guards
    assert person in label_en(text).texts("PERSON")
