"""English reported speech (issue 11, en_indirect23): a report is not cut at a semicolon when the
words after it hold a first-person word (`we`, `our`: only the speaker says them), and `,
questioning how/why/whether ...` reports a question like `, asking whether ...`. Invented examples
only."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        (
            "The club's chairman said the new stadium would open in March; our supporters have waited long enough.",
            "the new stadium would open in March; our supporters have waited long enough",
            "The club's chairman",
        ),
        (
            "The harbour authority said the pier was closed for repairs; we expect the ferries to return next week.",
            "the pier was closed for repairs; we expect the ferries to return next week",
            "The harbour authority",
        ),
    ],
)
def test_first_person_after_semicolon_stays_in_the_report(label_en, sentence, clause, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "said"
    assert result.speaker_of(clause) == speaker


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("The minister said the dam was safe; engineers had checked it twice last year.", "the dam was safe"),
        (
            "The mayor said the market would reopen on Monday; traders had been waiting since the flood.",
            "the market would reopen on Monday",
        ),
    ],
)
def test_reporters_clause_after_semicolon_still_cut(label_en, sentence, clause):
    assert label_en(sentence).texts("QUOTE", type="indirect") == [clause]


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        (
            "Residents gathered outside the council office on Friday, questioning how the relief money had been spent.",
            "how the relief money had been spent",
            "Residents",
        ),
        (
            "The union issued a statement, questioning why the depot had been closed without notice.",
            "why the depot had been closed without notice",
            "The union",
        ),
        (
            "The senator wrote to the board, questioning whether the tender had been legal.",
            "the tender had been legal",
            "The senator",
        ),
    ],
)
def test_questioning_reports_a_question(label_en, sentence, clause, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "questioning"
    assert result.speaker_of(clause) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The lawyer spent an hour questioning the witness about the night of the fire.",
        "Detectives are questioning two men over the robbery.",
        "The farmers wrote to the governor, asking for help with the harvest.",
    ],
)
def test_questioning_an_object_is_no_report(label_en, sentence):
    assert label_en(sentence).texts("QUOTE", type="indirect") == []


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        (
            "The number of flooded homes rose to 300, according to the latest update from the disaster office.",
            "The number of flooded homes rose to 300",
            "the latest update from the disaster office",
        ),
        (
            "According to an update posted by the fire service on Sunday, two crews were still at the scene.",
            "two crews were still at the scene",
            "an update posted by the fire service",
        ),
    ],
)
def test_update_is_a_document_after_according_to(label_en, sentence, clause, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == speaker


def test_update_as_a_verb_is_no_source(label_en):
    result = label_en("The ministry will update the figures on Monday, its spokesman said.")
    assert result.texts("QUOTE", type="indirect") == ["The ministry will update the figures on Monday"]
    assert result.speaker_of("The ministry will update the figures on Monday") == "its spokesman"


@pytest.mark.parametrize(
    "sentence",
    [
        "Opposition leaders repeated false claims that the vote had been rigged.",
        "The council dismissed baseless claims that the mayor took bribes.",
    ],
)
def test_claims_after_a_judging_adjective_is_a_noun(label_en, sentence):
    assert label_en(sentence).texts("QUOTE", type="indirect") == []


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        ("The new owner claims the land was sold to him in 2019.", "the land was sold to him in 2019", "The new owner"),
        ("The opposition claims the vote was rigged.", "the vote was rigged", "The opposition"),
    ],
)
def test_claims_after_a_subject_is_still_a_verb(label_en, sentence, clause, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "claims"
    assert result.speaker_of(clause) == speaker
