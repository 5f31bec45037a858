"""`he said` after an indefinite source who withheld their name (issue 11, en_speakers round): the
pronoun stands for that unnamed source, not for a person quoted earlier. Invented examples only."""

from __future__ import annotations

import pytest

EARLIER = "The harbour master, Tomas Varga, said the ferry would resume on Friday.\n\n"
QUOTE = "The barrier broke just after midnight,"


@pytest.mark.parametrize(
    "introduction",
    [
        "On Sunday, a port worker who spoke on condition of anonymity confirmed the damage.",
        "A guard at the pier, who asked not to be named, confirmed the damage.",
        "An engineer who declined to be identified described the damage.",
    ],
)
def test_a_pronoun_after_an_anonymous_source_is_left_unresolved(label_en, introduction):
    result = label_en(f"{EARLIER}{introduction}\n\n“{QUOTE}” he said.")
    assert result.speaker_of(QUOTE) == "he"
    assert result.resolved_speaker_of(QUOTE) == "he"


def test_a_person_named_after_the_anonymous_source_is_still_resolved(label_en):
    text = (
        f"{EARLIER}A port worker who spoke on condition of anonymity confirmed the damage.\n\n"
        f"Port manager Ilse Brandt said the pier was closed.\n\n“{QUOTE}” she said."
    )
    result = label_en(text)
    assert result.resolved_speaker_of(QUOTE) == "Ilse Brandt"


def test_a_pronoun_with_no_anonymous_source_before_it_is_resolved(label_en):
    result = label_en(f"{EARLIER}A port worker confirmed the damage.\n\n“{QUOTE}” he said.")
    assert result.resolved_speaker_of(QUOTE) == "Tomas Varga"


def test_a_pronoun_after_an_unnamed_newcomer_speaker_continues_it(label_en):
    text = (
        f"{EARLIER}“The water rose in minutes,” said one woman who lives near the pier.\n\n"
        f"“{QUOTE}” she added."
    )
    result = label_en(text)
    assert result.speaker_of(QUOTE) == "she"
    assert result.resolved_speaker_of(QUOTE) == "she"


def test_another_role_speaker_is_someone_new(label_en):
    text = f"{EARLIER}“{QUOTE}” said another resident."
    result = label_en(text)
    assert result.speaker_of(QUOTE) == "another resident"
    assert result.resolved_speaker_of(QUOTE) == "another resident"
