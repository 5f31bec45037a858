"""English direct quotes (issue 11, en_speak18 round): long lead-ins ending in a colon whose subject
the search did not reach: a subject after an opening adjunct (and a short time phrase after it),
and an infinitive `to say:` closing a clause. Invented examples only."""

from __future__ import annotations

QUOTE = "The new ward will open in March, and the nurses are already hired."
LEAD = "Residents of the valley have waited a decade for a clinic.\n"


def test_subject_after_an_opening_adjunct_and_a_time_phrase(label_en):
    text = (
        f"{LEAD}In a long interview with this paper, two weeks ago, Daniel Foster is quoted "
        f"verbatim saying: “{QUOTE}”\n"
    )
    assert label_en(text).speaker_of(QUOTE) == "Daniel Foster"


def test_subject_after_an_opening_participle_clause(label_en):
    text = (
        f"{LEAD}Speaking to reporters at the clinic gate, Daniel Foster expressed confidence, "
        f"saying, “{QUOTE}”\n"
    )
    assert label_en(text).speaker_of(QUOTE) == "Daniel Foster"


def test_a_name_inside_the_opening_adjunct_is_no_speaker(label_en):
    """Guard: the name talked to in the adjunct does not speak; the clause's subject is no name."""
    text = (
        f"{LEAD}Speaking to Daniel Foster at the gate, the angry crowd chanted for an hour, "
        f"saying: “{QUOTE}”\n"
    )
    assert label_en(text).speaker_of(QUOTE) != "Daniel Foster"


def test_an_infinitive_to_say_before_a_colon(label_en):
    text = (
        f"{LEAD}Minister Daniel Foster held the ribbon with the mayor and turned to the waiting "
        f"cameras to say: “{QUOTE}”\n"
    )
    assert label_en(text).speaker_of(QUOTE) == "Daniel Foster"


def test_declined_to_say_is_no_cue(label_en):
    """Guard: a verb in the past right before `to` (`declined to say`) makes no report."""
    text = f"{LEAD}Daniel Foster stood at the gate for an hour but declined to say: “{QUOTE}”\n"
    assert label_en(text).speaker_of(QUOTE) is None
