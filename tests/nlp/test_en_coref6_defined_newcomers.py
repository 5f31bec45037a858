"""`the officer who arrested him` brings in someone new (issue 11, en_coref6 round): a later `The
officer said` is that unnamed officer, not the defendant named before. Invented examples only."""

from __future__ import annotations

SAID = "I took the keys from the table."


def test_the_officer_who_arrested_him_is_not_the_defendant(label_en):
    text = (
        "Thomas Greaves is charged with two counts of theft. He denies the charges.\n\n"
        "The court heard that the officer who arrested him in May found the keys in a car.\n\n"
        f"The officer told the court: “{SAID}”"
    )
    assert label_en(text).resolved_speaker_of(SAID) != "Thomas Greaves"


def test_the_officer_named_after_the_relative_is_still_that_officer(label_en):
    text = (
        "Thomas Greaves is charged with two counts of theft.\n\n"
        "The officer who arrested him, Constable Maria Lund, gave evidence on Tuesday.\n\n"
        f"The officer told the court: “{SAID}”"
    )
    assert label_en(text).resolved_speaker_of(SAID) == "Maria Lund"
