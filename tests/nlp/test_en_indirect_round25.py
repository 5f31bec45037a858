"""English indirect speech (issue 11, en_indirect25 round): `repeated that` and `restated that`
report speech, as `reiterated that` does, only with `that` right after them. Invented examples only."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "cue", "clause", "speaker"),
    [
        (
            "The harbour master repeated that no ferry would leave before the storm had passed.",
            "repeated",
            "no ferry would leave before the storm had passed",
            "The harbour master",
        ),
        (
            "The treasurer restated that the club's debts would be paid by the end of the season.",
            "restated",
            "the club's debts would be paid by the end of the season",
            "The treasurer",
        ),
    ],
)
def test_repeated_and_restated_report_with_that(label_en, sentence, cue, clause, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == cue
    assert result.speaker_of(clause) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The teacher repeated the question twice before anyone answered.",
        "Fishermen have staged repeated protests since the spring.",
        "The auditors restated the accounts for the last three years.",
    ],
)
def test_repeated_and_restated_without_that_are_no_report(label_en, sentence):
    assert label_en(sentence).texts("QUOTE", type="indirect") == []
