"""English speakers (issue 11, en_speak13 round): an organisation with its acronym in brackets and a
time phrase before the verb (`The Harbour Party (HP) on Wednesday said`) speaks as the name alone,
not as `The Harbour Party (HP`. Invented examples only."""

from __future__ import annotations

REPORT = "the count had been rigged"


def test_a_bracketed_acronym_and_a_time_end_the_speaker(label_en):
    result = label_en(f"The Harbour Party (HP) on Wednesday said {REPORT}.\n")
    assert result.speaker_of(REPORT) == "Harbour Party"


def test_a_bracketed_acronym_before_a_saying_clause(label_en):
    text = f"The Harbour Party (HP) on Wednesday hit out at the council, saying {REPORT}.\n"
    assert label_en(text).speaker_of(REPORT) == "Harbour Party"


def test_a_bracketed_acronym_alone_is_unchanged(label_en):
    result = label_en(f"The Harbour Party (HP) said {REPORT}.\n")
    assert result.speaker_of(REPORT) == "Harbour Party"


def test_a_role_before_a_bracketed_unit_stays_whole(label_en):
    result = label_en(f"The head of the Harbour Party (HP) youth wing said {REPORT}.\n")
    assert result.speaker_of(REPORT).startswith("The head of")
