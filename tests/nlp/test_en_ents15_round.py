"""English entities (issue 11, en_ents15 round): clubs without a tail word read from a result line
or from the player or coach named after them, a report's title and plural bodies taken for a
person, and a name lost before a bracketed honour. Every sentence is invented."""

from __future__ import annotations

import pytest

# --- clubs without a tail word ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "clubs"),
    [
        ("Harriers beat Mariners 2-1 at home on Sunday.", ["Harriers", "Mariners"]),
        ("Mariners drew with Harriers 1-1 in the derby.", ["Mariners", "Harriers"]),
        ("Full time: Harriers 3-0 Mariners.", ["Harriers", "Mariners"]),
        ("Kolo Copper beat Harriers 2-0 on Saturday.", ["Kolo Copper", "Harriers"]),
    ],
)
def test_sides_of_a_result_line_are_clubs(label_en, text, clubs):
    result = label_en(text)
    assert sorted(result.texts("ORG")) == sorted(clubs)
    assert result.texts("PERSON") == []


def test_a_club_named_in_a_result_line_is_a_club_again(label_en):
    result = label_en("Harriers beat Mariners 2-1 on Sunday. Mariners will host the return leg.")
    assert result.texts("ORG") == ["Harriers", "Mariners", "Mariners"]


def test_an_untagged_club_before_its_coach_is_a_club(label_en):
    result = label_en("Harriers coach Tendai Moyo said the side played well.")
    assert result.texts("ORG") == ["Harriers"]
    assert result.texts("PERSON") == ["Tendai Moyo"]


def test_a_place_standing_for_its_team_stays_a_place(label_en):  # a guard (the guidelines)
    result = label_en("Mbeza beat Kolwani 2-1 in the final. Ghana beat Nigeria 3-0 in Accra.")
    assert "Ghana" in result.texts("GPE") and "Nigeria" in result.texts("GPE")
    assert result.texts("ORG") == [] or not {"Ghana", "Nigeria"} & set(result.texts("ORG"))


def test_two_players_in_a_result_line_stay_people(label_en):  # a guard
    result = label_en("Ama Mensah beat Grace Okafor 6-3 in the second round.")
    assert result.texts("PERSON") == ["Ama Mensah", "Grace Okafor"]
    assert result.texts("ORG") == []


def test_one_surname_beside_a_score_is_no_club(label_en):  # a guard
    result = label_en("Okafor beat Mensah 6-3 in the second round.")
    assert result.texts("ORG") == []


def test_a_score_without_a_result_verb_makes_no_club(label_en):  # a guard
    result = label_en("Police in Mbeza said the match there ended 2-1.")
    assert result.texts("ORG") == []


# --- a report's title and plural bodies -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Consolidated Revenue Statement was tabled before the House on Tuesday.",
        "The auditor said the Appropriation Accounts for the year were late.",
        "The County Assemblies passed their budgets last week.",
        "All Line Ministries must submit returns by June.",
    ],
)
def test_a_document_or_plural_bodies_are_no_person(label_en, text):
    assert label_en(text).texts("PERSON") == []


def test_one_body_of_the_kind_stays_an_org(label_en):  # a guard
    result = label_en("The Nakuru County Assembly passed its budget.")
    assert result.texts("ORG") == ["Nakuru County Assembly"]


# --- a bracketed honour after a name -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The late Corporal Tomas Banda (VC) was buried in his village.", "Tomas Banda"),
        ("Captain Mary Chileshe (DFC) flew the last mission.", "Mary Chileshe"),
        ("Sergeant Peter Lungu (MC) was decorated at the parade.", "Peter Lungu"),
    ],
)
def test_a_name_before_a_bracketed_honour_stays_a_person(label_en, text, name):
    assert label_en(text).texts("PERSON") == [name]


def test_a_defined_unit_after_a_role_stays_no_person(label_en):  # a guard
    result = label_en("The Head of the Service Delivery Unit (SDU) visited the ward.")
    assert result.texts("PERSON") == []
