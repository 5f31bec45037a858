"""English speaker phrases opened by a linking adverbial with no comma (`At the same time the
minister alleged ...`): the adverbial is no part of the speaker (`speaker_connectives_en`,
nlp/speakers/speaker_subjects.py). Texts are invented."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("opener", "role"),
    [
        ("At the same time", "the Minister"),
        ("Further", "the prosecution"),
        ("In addition", "the harbour master"),
        ("On the other hand", "the council"),
        ("For her part", "the mayor"),
        ("Subsequently", "the defence"),
    ],
)
def test_an_opening_adverbial_is_no_part_of_the_role(label_en, opener, role):
    result = label_en(f"The ferry sank near Loria on Monday. {opener} {role} said that the crew had been warned.")
    assert result.speaker_of("the crew had been warned") == role


def test_the_role_not_the_adverbial_spreads_to_a_later_pronoun(label_en):
    text = (
        "Deputy Minister Arno Velt opened the bridge at Loria on Monday. "
        "At the same time the Minister alleged that his speech had been cut by a radio station. "
        "He said that the station owed him an apology."
    )
    result = label_en(text)
    assert result.speaker_of("his speech had been cut by a radio station") == "the Minister"
    assert result.resolved_speaker_of("the station owed him an apology") == "Arno Velt"


def test_a_name_opening_with_such_a_word_keeps_it(label_en):
    text = "The college opened a new wing on Monday. Further Education Board chairman said that the courses would start in May."
    result = label_en(text)
    assert result.speaker_of("the courses would start in May") == "Further Education Board chairman"


@pytest.mark.parametrize(
    "opening",
    ["Regarding the delay", "Earlier this week", "In his speech", "Having toured the site", "Later that day"],
)
def test_an_opening_adverbial_before_the_roles_article_is_cut(label_en, opening):
    result = label_en(f"The ferry sank near Loria on Monday. {opening} the harbour master said that the crew had been warned.")
    assert result.speaker_of("the crew had been warned") == "the harbour master"


def test_an_inner_article_tied_by_a_preposition_stays_in_the_role(label_en):
    result = label_en("The ferry sank near Loria on Monday. The head of the port authority said that the crew had been warned.")
    assert result.speaker_of("the crew had been warned") == "The head of the port authority"


def test_a_clause_with_a_preposition_after_the_article_is_not_cut_to_a_role(label_en):
    text = "The ferry sank near Loria on Monday. The report marks a shift on the agency's earlier claim that the crew was warned."
    result = label_en(text)
    assert not (result.speaker_of("the crew was warned") or "").startswith("a shift")
