"""English speakers described by what they do to someone named (issue 11, b15en round): in
`Doctors treating X said` the name is the object of a participle (or of an adjective's preposition,
`Sources close to X`) that post-modifies the head noun, so the whole description speaks and the
name stays a PERSON talked about. A title with an -ing word before a name keeps the name as the
speaker. Invented examples only."""

from __future__ import annotations

import pytest

SAID = "the patient was breathing without help"


@pytest.mark.parametrize(
    "speaker",
    [
        "Doctors treating Maria Kolou",
        "Nurses caring for Maria Kolou",
        "Lawyers representing Maria Kolou",
        "Police officers guarding Maria Kolou",
        "Investigators probing the death of Maria Kolou",
        "A spokesman representing Maria Kolou",
        "Sources close to Maria Kolou",
        "People familiar with Maria Kolou",
    ],
)
def test_a_description_with_a_named_object_is_the_speaker(label_en, speaker):
    result = label_en(f"{speaker} said on Friday that {SAID}.")
    assert result.speaker_of(SAID) == speaker
    assert "Maria Kolou" in result.texts("PERSON")


def test_the_description_speaks_a_quote_before_it_too(label_en):
    result = label_en(f"“{SAID[0].upper()}{SAID[1:]},” doctors treating Maria Kolou told reporters.")
    assert result.speaker_of(f"{SAID[0].upper()}{SAID[1:]},") == "doctors treating Maria Kolou"


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("Acting President Maria Kolou", "Maria Kolou"),
        ("The outgoing governor Maria Kolou", "Maria Kolou"),
        ("Managing Director Maria Kolou", "Maria Kolou"),
        ("A woman calling herself Maria Kolou", "Maria Kolou"),
        ("Party leader Maria Kolou speaking in the capital", "Maria Kolou"),
    ],
)
def test_a_title_or_a_self_description_keeps_the_name(label_en, subject, speaker):
    result = label_en(f"{subject} said on Friday that {SAID}.")
    assert result.speaker_of(SAID) == speaker


def test_a_long_description_with_a_title_before_the_name_is_kept_whole(label_en):
    speaker = "The clinic treating former Deputy Prime Minister Maria Kolou"
    result = label_en(f"{speaker} said on Friday that {SAID}.")
    assert result.speaker_of(SAID) == speaker
