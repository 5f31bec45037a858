"""English coreference (issue 11, en_speak13 round): a role brought in by `one` or `another`
(`According to one neighbour, ...`) is an unnamed newcomer; `the neighbour added` later stands for
that newcomer, not for the last person named. Invented examples only."""

from __future__ import annotations

OFFICER = "Superintendent Mark Ellison said the fire started before dawn. "


def test_one_neighbour_is_a_newcomer(label_en):
    text = (
        f"{OFFICER}According to one neighbour, the family had left a week earlier. "
        "The neighbour added that nobody had been inside.\n"
    )
    assert label_en(text).resolved_speaker_of("nobody had been inside") == "The neighbour"


def test_another_witness_is_a_newcomer(label_en):
    text = (
        f"{OFFICER}Another witness saw two men running towards the river. "
        "The witness said they carried a red bag.\n"
    )
    assert label_en(text).resolved_speaker_of("they carried a red bag") == "The witness"


def test_a_named_neighbour_is_still_linked(label_en):
    text = (
        "One neighbour, Grace Wanjiru, said the family had left a week earlier. "
        "The neighbour added that nobody had been inside.\n"
    )
    assert label_en(text).resolved_speaker_of("nobody had been inside") == "Grace Wanjiru"


def test_a_neighbour_never_named_is_a_newcomer(label_en):
    text = f"{OFFICER}The neighbour said the family had left a week earlier.\n"
    assert label_en(text).resolved_speaker_of("the family had left a week earlier") == "The neighbour"


def test_the_first_suspect_is_not_the_shop_owner(label_en):
    text = (
        "Grace Wanjiru, whose shop was broken into, said the case had taken a year. "
        "The first suspect told the court that he had been at home.\n"
    )
    assert label_en(text).resolved_speaker_of("he had been at home") == "The first suspect"


def test_a_suspect_named_before_is_still_linked(label_en):
    text = (
        "The suspect, Tomas Lindqvist, was detained on Friday. "
        "The suspect told the court that he had been at home.\n"
    )
    assert label_en(text).resolved_speaker_of("he had been at home") == "Tomas Lindqvist"
