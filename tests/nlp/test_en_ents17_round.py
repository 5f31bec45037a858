"""English entities (issue 11, en_ents17 round): a detective constable's short rank, result lines
written with no dash, clubs opened by their town and ending in a mascot word, and a club's quoted
nickname. Every sentence is invented."""

from __future__ import annotations

import pytest

# --- a detective constable ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Det Con Mary Phiri told the court she arrested the accused.",
        "Det. Con. Mary Phiri told the court she arrested the accused.",
        "The arresting officer, Det Cons Mary Phiri, said the car was stolen.",
    ],
)
def test_a_detective_constable_is_no_part_of_the_name(label_en, text):
    assert label_en(text).texts("PERSON") == ["Mary Phiri"]


def test_con_alone_stays_a_given_name(label_en):  # a guard
    assert label_en("Con Mary Phiri told the court.").texts("PERSON") == ["Con Mary Phiri"]


# --- result lines with no dash ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "clubs"),
    [
        ("At Mbala Stadium\nMbeza 2 Harriers 1\nMbeza took the lead early.", ["Mbeza", "Harriers", "Mbeza"]),
        ("Mariners 3 Kolo Copper 0\nThe hosts were too strong.", ["Mariners", "Kolo Copper"]),
        ("KOLO 1 MARINERS 0\nKolo won it late.", ["KOLO", "MARINERS", "Kolo"]),
    ],
)
def test_a_result_line_with_no_dash_names_two_clubs(label_en, text, clubs):
    assert label_en(text).texts("ORG") == clubs


@pytest.mark.parametrize(
    "text",
    [
        "Okafor 6 Mensah 3",  # two players of one word each
        "Form 4 Class 2",  # `Class` is no plural
        "Chapter 3 Verse 16",
        "The hosts scored 3 goals in 10 minutes\nMariners 3 Kolo Copper 0 after a long wait",  # not a whole line
    ],
)
def test_no_club_in_a_line_that_is_no_result(label_en, text):  # guards
    assert label_en(text).texts("ORG") == []


def test_a_country_stays_a_place_in_a_line_with_no_dash(label_en):  # a guard
    result = label_en("Ghana 3 Nigeria 0")
    assert result.texts("GPE") == ["Ghana", "Nigeria"]
    assert result.texts("ORG") == []


# --- clubs opened by their town -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "clubs"),
    [
        ("Mpika Harriers beat Kolo Blades 2-1 on Saturday.", ["Mpika Harriers", "Kolo Blades"]),
        ("Kasama Dynamos and Red Arrows shared the points.", ["Kasama Dynamos", "Red Arrows"]),
        ("Green Buffaloes hosted Mbala Rhinos in the cup.", ["Green Buffaloes", "Mbala Rhinos"]),
    ],
)
def test_a_club_ending_in_a_mascot_word_is_a_club(label_en, text, clubs):
    result = label_en(text)
    assert result.texts("ORG") == clubs
    assert result.texts("PERSON") == []


def test_players_named_after_towns_stay_people(label_en):  # a guard
    result = label_en("Florence Williams beat Sydney Roberts 6-3 in the final.")
    assert result.texts("PERSON") == ["Florence Williams", "Sydney Roberts"]


# --- a club's quoted nickname -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Fans of the 'Blue Hawks' squad sang all night.",
        "The \u201cBlue Hawks\u201d side flew home on Monday.",
        "Supporters of the \u2018Blue Hawks\u2019 team waited outside.",
    ],
)
def test_a_quoted_nickname_before_a_team_word_is_the_club(label_en, text):
    result = label_en(text)
    assert result.texts("ORG") == ["Blue Hawks"]
    assert result.texts("PERSON") == []


@pytest.mark.parametrize(
    "text",
    [
        "He said 'Mary Phiri' was a name she used.",  # no team word after it
        "The 'Mary Phiri' affair ended her career.",  # another noun after it
    ],
)
def test_a_quoted_name_without_a_team_word_stays_a_person(label_en, text):  # guards
    assert label_en(text).texts("PERSON") == ["Mary Phiri"]


def test_a_club_from_a_result_line_in_capitals_is_written_alike_in_the_report(label_en):
    text = "At Mbala Stadium\nKOLO 1 MARINERS 0\nKolo’s late goal settled it, and Kolo Stadium rose."
    result = label_en(text)
    assert result.texts("ORG") == ["KOLO", "MARINERS", "Kolo"]  # the venue's `Kolo` is no club (a guard)


def test_a_score_ends_a_club_opened_by_a_prefix(label_en):
    result = label_en("Results:\nFC Mbeza 1-0 Kolo Stars\nMbeza Rovers 2-2 Harriers")
    assert result.texts("ORG") == ["FC Mbeza", "Kolo Stars", "Mbeza Rovers", "Harriers"]
