"""English direct quotes (issue 11, en_speak16 round): a quote paragraph with no cue after a paragraph
whose last sentence tells what a person did, thought or felt (`She advised ...`, `The former mayor
felt that ...`) gives that person's words: SPEAKER, no CUE. Invented examples only."""

from __future__ import annotations

FIRST = "We were never told what the plan was. Nobody asked the traders."
SECOND = "The water is still rising and the old bridge is closed."


def test_a_person_who_advised_speaks_the_quote_paragraph_after(label_en):
    text = (
        "Heavy rain fell on Lakeside for a third day on Tuesday.\n\n"
        "District Commissioner Peter Mwangi advised residents near the river to stay indoors.\n\n"
        f"“{SECOND}”\n"
    )
    labelled = label_en(text)
    assert labelled.speaker_of(SECOND) == "Peter Mwangi"
    assert labelled.cue_of(SECOND) is None


def test_a_definite_role_that_felt_speaks_the_quote_paragraph_after(label_en):
    text = (
        "Mary Wanjiku led the market council for eleven years before she stepped down in May.\n\n"
        "The former chairwoman felt that the council had moved too fast on the new stalls.\n\n"
        f"“{FIRST}”\n"
    )
    labelled = label_en(text)
    assert labelled.speaker_of(FIRST) == "The former chairwoman"
    assert labelled.cue_of(FIRST) is None


def test_a_pronoun_that_talked_about_speaks_the_quote_paragraph_after(label_en):
    text = (
        "Harbour City coach Daniel Foster watched the draw from the stand.\n\n"
        "He talked about the spirit of the young side after the match.\n\n"
        f"“{SECOND}”\n"
    )
    labelled = label_en(text)
    assert labelled.speaker_of(SECOND) == "He"
    assert labelled.resolved_speaker_of(SECOND) == "Daniel Foster"


def test_a_person_who_only_acted_names_nobody(label_en):
    """Guard: a verb of doing that is not a stance (`arrested`, `left`) does not make the subject speak."""
    text = "Police officer Peter Mwangi left the station before noon.\n\n" f"“{SECOND}”\n"
    assert label_en(text).speaker_of(SECOND) is None


def test_a_definite_thing_that_felt_names_nobody(label_en):
    """Guard: a definite subject that is no person's role (`The whole town felt ...`) names no speaker."""
    text = "The whole town felt the storm coming for days.\n\n" f"“{SECOND}”\n"
    assert label_en(text).speaker_of(SECOND) is None
