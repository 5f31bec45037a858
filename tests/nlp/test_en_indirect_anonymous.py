"""English sources who ask not to be named (issue 11, en_indirect4 round): the role before the
relative clause speaks, before or after the report. Invented examples only."""

from __future__ import annotations

import pytest

CLAUSE = "the ferry service would resume on Friday morning"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (f"A port worker who asked not to be named told Harbour Radio that {CLAUSE}.", "A port worker"),
        (f"An official who spoke on condition of anonymity said {CLAUSE}.", "An official"),
        (f"A port worker at the pier, who asked not to be identified, said {CLAUSE}.", "A port worker at the pier"),
        (f"A port worker, who declined to be named for security reasons, said {CLAUSE}.", "A port worker"),
    ],
)
def test_a_source_asking_for_anonymity_before_the_verb_speaks(label_en, sentence, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [CLAUSE]
    assert result.speaker_of(CLAUSE) == speaker


def test_a_source_asking_for_anonymity_after_the_report_speaks(label_en):
    result = label_en("The ferry service would resume on Friday morning, a port worker who asked not to be named said.")
    clause = "The ferry service would resume on Friday morning"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "a port worker"
    assert result.cue_of(clause) == "said"


def test_a_relative_clause_that_asks_for_something_else_is_no_anonymity(label_en):
    result = label_en("The workers who asked for higher wages marched to the port office on Friday morning.")
    assert result.texts("QUOTE", type="indirect") == []


def test_a_source_asking_for_anonymity_after_the_verb_speaks(label_en):
    result = label_en("The ferry service would resume on Friday morning, said a port worker who did not want to be named.")
    clause = "The ferry service would resume on Friday morning"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "a port worker"


def test_a_reason_for_anonymity_stays_in_the_relative_clause(label_en):
    result = label_en(
        "The ferry service would resume on Friday morning, said a port worker who asked not to be named for fear of reprisal."
    )
    clause = "The ferry service would resume on Friday morning"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "a port worker"
