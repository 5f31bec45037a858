"""English entities (issue 11, en_ents16 round): result lines with a spaced score, a club read as
its town alone, a club of one word beside a club, and a venue named before its kind word taken for
a person. Every sentence is invented."""

from __future__ import annotations

import pytest

# --- result lines -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "clubs"),
    [
        ("Full time: Harriers 3 - 0 Mariners.", ["Harriers", "Mariners"]),
        ("Mariners drew with Harriers 1 - 1 in the derby.", ["Mariners", "Harriers"]),
        ("Kolo Copper beat Harriers 2 - 0 on Saturday.", ["Kolo Copper", "Harriers"]),
    ],
)
def test_a_spaced_score_makes_a_result_line(label_en, text, clubs):
    result = label_en(text)
    assert sorted(result.texts("ORG")) == sorted(clubs)
    assert result.texts("PERSON") == []


def test_a_club_read_as_its_town_alone_is_one_club(label_en):
    result = label_en("Lusaka Harriers 2 - 1 Kolo Blades")
    assert "Lusaka Harriers" in result.texts("ORG")
    assert result.texts("GPE") == []


@pytest.mark.parametrize(
    ("text", "clubs"),
    [
        ("Mbeza beat Harriers 2-1 on Sunday.", ["Mbeza", "Harriers"]),
        ("Full time: Mbeza 1 - 0 Harriers.", ["Mbeza", "Harriers"]),
        ("Harriers drew with Mbeza 1-1.", ["Harriers", "Mbeza"]),
    ],
)
def test_a_club_of_one_word_beside_a_club_is_a_club(label_en, text, clubs):
    assert sorted(label_en(text).texts("ORG")) == sorted(clubs)


def test_a_club_of_one_word_is_a_club_again(label_en):
    result = label_en("Mbeza beat Harriers 2-1 on Sunday. Mbeza host the return leg.")
    assert result.texts("ORG") == ["Mbeza", "Harriers", "Mbeza"]


@pytest.mark.parametrize(
    "text",
    [
        "Okafor beat Mensah 6 - 3 in the final.",  # two players of one word each
        "The vote ended 5 - 4 in favour of the motion.",  # no sides
        "Assistant coach Tendai Moyo said the side played well.",  # a role's word, no club
    ],
)
def test_no_club_without_a_club_beside_it(label_en, text):  # guards
    assert label_en(text).texts("ORG") == []


def test_players_named_after_towns_stay_people(label_en):  # a guard
    result = label_en("Florence Williams beat Sydney Roberts 6 - 3 in the final.")
    assert result.texts("PERSON") == ["Florence Williams", "Sydney Roberts"]
    assert result.texts("ORG") == []


def test_a_place_standing_for_its_team_stays_a_place_with_a_spaced_score(label_en):  # a guard
    result = label_en("Ghana 3 - 0 Nigeria in Accra.")
    assert "Ghana" in result.texts("GPE") and "Nigeria" in result.texts("GPE")
    assert result.texts("ORG") == []


# --- venues -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "She runs the Blue Anchor cafe on the main road.",
        "They met at the Green Lantern hotel on Friday.",
        "The Sunset Lodge guesthouse was shut last week.",
    ],
)
def test_a_venue_named_before_its_kind_is_no_person(label_en, text):
    assert label_en(text).texts("PERSON") == []


def test_a_venue_keeps_its_owner_and_town(label_en):
    result = label_en("Tendai Moyo runs the Copper Kettle restaurant in Kitwe.")
    assert result.texts("PERSON") == ["Tendai Moyo"]
    assert result.texts("GPE") == ["Kitwe"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("He thanked the Mary Phiri family for the gift.", "Mary Phiri"),  # no venue noun
        ("Mary Phiri hotel staff were paid.", "Mary Phiri"),  # no `the` before the name
    ],
)
def test_a_person_before_other_words_stays_a_person(label_en, text, person):  # guards
    assert person in label_en(text).texts("PERSON")
