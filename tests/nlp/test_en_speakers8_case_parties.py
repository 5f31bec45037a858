"""An English party of a case (`The accused`, `the victim`) names its own person, not the last
speaker when the text introduced that speaker with another role (issue 11, en_speakers8 round):
`Judge X said ... . The accused said ...` leaves the accused unnamed instead of giving the judge.
Official roles are left to the look-up, as one person holds several. Invented examples only."""

from __future__ import annotations

SAID = "she had not understood the charge"


def test_the_accused_is_not_the_judge_who_spoke_before(label_en):
    text = (
        "The accused appeared before the court on Thursday.\n\n"
        "“You have the right to a lawyer,” Judge Martin Cole said.\n\n"
        f"The accused said {SAID}."
    )
    assert label_en(text).resolved_speaker_of(SAID) != "Martin Cole"


def test_the_victim_is_not_the_inspector_who_spoke_before(label_en):
    text = f"Inspector Joseph Ncube said the robbers had fled in a grey car.\n\nThe victim told the court {SAID}."
    assert label_en(text).resolved_speaker_of(SAID) != "Joseph Ncube"


def test_a_suspect_introduced_as_such_is_still_found(label_en):
    text = f"Police arrested the suspect, Daniel Osei, on Monday. The suspect later said {SAID}."
    assert label_en(text).resolved_speaker_of(SAID) == "Daniel Osei"


def test_an_official_role_still_points_back_at_a_senator(label_en):
    text = "Senator Peter Wambua said the budget would be tabled on Friday.\n\nThe minister said the rupee would recover."
    assert label_en(text).resolved_speaker_of("the rupee would recover") == "Peter Wambua"
