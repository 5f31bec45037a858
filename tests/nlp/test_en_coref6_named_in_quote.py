"""An English `he said` is not the person the quote itself names (issue 11, en_coref6 round):
`Marlow appealed to Dace to ... . “I ask my friend Dace ...,” he said` is Marlow, the person the
sentence before is about, not Dace who spoke before, even when Marlow was first named inside what
Dace said. Invented examples only."""

from __future__ import annotations

QUOTE = "I ask my old friend Dace to come back to the table for the sake of the farmers,"
NAMING_MARLOW = "I ask my old friend Marlow to come back to the table for the sake of the farmers,"


def test_he_is_not_the_person_his_quote_names(label_en):
    text = (
        "Opposition leader Peter Dace called off the march on Sunday.\n\n"
        "Dace, who has accused Governor Alan Marlow of rigging the vote, had led marches every Thursday.\n\n"
        "Local radio reported that Dace ended the marches after Marlow offered talks.\n\n"
        "“The march is off for now,” Dace told the crowd.\n\n"
        "In a speech later that evening, Marlow appealed to Dace to work through the assembly.\n\n"
        f"“{QUOTE}” he said."
    )
    assert label_en(text).resolved_speaker_of(QUOTE) == "Alan Marlow"


def test_he_is_the_earlier_speaker_the_quote_does_not_name(label_en):
    text = (
        "Opposition leader Peter Dace said on Monday that his party would leave the talks.\n\n"
        "Governor Alan Marlow did not comment.\n\n"
        f"“{NAMING_MARLOW}” he said."
    )
    assert label_en(text).resolved_speaker_of(NAMING_MARLOW) == "Peter Dace"


def test_he_stays_the_speaker_whose_quote_names_someone_else(label_en):
    text = (
        "Opposition leader Peter Dace said on Monday that his party would leave the talks.\n\n"
        "“Governor Marlow has not kept one promise,” he said."
    )
    assert label_en(text).resolved_speaker_of("Governor Marlow has not kept one promise,") == "Peter Dace"
