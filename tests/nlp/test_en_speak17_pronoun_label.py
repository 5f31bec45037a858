"""English direct quotes (issue 11, en_speak17 round): a short clause opening with a singular pronoun
and ending in a colon before a quote (`He went on: “...”`) names its speaker even when its verb is
no cue. Invented examples only."""

from __future__ import annotations

QUOTE = "The new ward will open in March, and the nurses are already hired."


def test_he_went_on_before_a_quote(label_en):
    text = (
        "Health minister Daniel Foster visited the district hospital on Tuesday.\n"
        f"He went on: “{QUOTE}”\n"
    )
    labelled = label_en(text)
    assert labelled.speaker_of(QUOTE) == "He"
    assert labelled.resolved_speaker_of(QUOTE) == "Daniel Foster"


def test_a_long_clause_with_a_pronoun_names_no_speaker(label_en):
    """Guard: only a short label (a few words) is read as the speaker's lead-in."""
    text = (
        "Health minister Daniel Foster visited the district hospital on Tuesday.\n"
        f"He walked past the empty beds and the closed theatre to a board reading: “{QUOTE}”\n"
    )
    assert label_en(text).speaker_of(QUOTE) != "He"
