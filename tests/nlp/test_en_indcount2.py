"""English reported speech (issue 11, en_indcount2): a continuing participle with no comma before it
and `that` after it opens a report after a verb and its object (`blamed the contractor adding that
...`); `with <speaker> <participle> <clause>` reports the phrase after `with` (`, with the premier
cautioning the storms could ...`). Invented examples only."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "clause", "cue", "speaker"),
    [
        (
            "The mayor blamed the contractor for the delay adding that the bridge would open in June.",
            "the bridge would open in June",
            "adding",
            "The mayor",
        ),
        (
            "The council approved the budget on Monday noting that the roads needed repair before the rains.",
            "the roads needed repair before the rains",
            "noting",
            "The council",
        ),
    ],
)
def test_bare_continuing_participle_after_an_object(label_en, sentence, clause, cue, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == cue
    assert result.speaker_of(clause) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        # a demonstrative and its noun after `that`: no clause, no report
        "The firm raised its prices last year adding that fee to every bill.",
        "Workers painted the hall white adding that touch of colour near the door.",
        # no verb in the past before it
        "The team kept adding that kind of pressure in the second half.",
    ],
)
def test_bare_continuing_participle_needs_a_clause(label_en, sentence):
    assert label_en(sentence).texts("QUOTE", type="indirect") == []


def test_bare_continuing_participle_inside_a_report_unchanged(label_en):
    result = label_en("The report said the road was closed adding that repairs would take a week.")
    assert result.texts("QUOTE", type="indirect") == ["the road was closed", "repairs would take a week"]


@pytest.mark.parametrize(
    ("sentence", "clause", "cue", "speaker"),
    [
        (
            "Residents were told to leave as the river rose, with the mayor cautioning the old dam on the "
            "river could fail overnight.",
            "the old dam on the river could fail overnight",
            "cautioning",
            "the mayor",
        ),
        (
            "The country is importing maize, with Minister of Agriculture, Dr Tom Banda saying government "
            "will buy 500,000 tonnes this year.",
            "government will buy 500,000 tonnes this year",
            "saying",
            "Tom Banda",
        ),
        (
            "The match ended in a draw, with the coach saying that his players had given everything.",
            "his players had given everything",
            "saying",
            "the coach",
        ),
        (
            "Prices rose again in May, with the central bank warning that inflation would stay high.",
            "inflation would stay high",
            "warning",
            "the central bank",
        ),
    ],
)
def test_with_speaker_and_participle(label_en, sentence, clause, cue, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == cue
    assert result.speaker_of(clause) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        # no clause after the participle
        "The town gathered at the station, with residents saying goodbye to the soldiers.",
        "The crowd left the square with police saying nothing about the arrests.",
    ],
)
def test_with_participle_needs_a_clause(label_en, sentence):
    assert label_en(sentence).texts("QUOTE", type="indirect") == []
