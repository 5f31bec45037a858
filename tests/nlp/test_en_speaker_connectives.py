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
