"""English coreference (issue 11, en_speak13 round): `The Prime Minister said` after a portfolio
minister spoke (`Finance Minister X`) is someone else; with no one on the page introduced with that
office, the speaker links to no one. Invented examples only."""

from __future__ import annotations

MINISTER = "Finance Minister Daniel Okafor said the budget would be tabled in June. "
REPORT = "the cabinet would meet on Friday"


def test_the_prime_minister_is_not_the_finance_minister(label_en):
    result = label_en(f"{MINISTER}The Prime Minister said {REPORT}.\n")
    assert result.resolved_speaker_of(REPORT) == "The Prime Minister"


def test_the_president_is_not_the_finance_minister(label_en):
    result = label_en(f"{MINISTER}The President said {REPORT}.\n")
    assert result.resolved_speaker_of(REPORT) == "The President"


def test_the_minister_still_goes_back_to_the_minister(label_en):
    result = label_en(f"{MINISTER}The minister said {REPORT}.\n")
    assert result.resolved_speaker_of(REPORT) == "Daniel Okafor"


def test_a_prime_minister_named_before_keeps_the_office(label_en):
    text = f"Prime Minister Daniel Okafor said the budget would be tabled in June. The Prime Minister said {REPORT}.\n"
    assert label_en(text).resolved_speaker_of(REPORT) == "Daniel Okafor"
