"""English reported speech (issue 11, en_indirect22): a demonstrative `that` right after the cue is
the report's subject and stays in it (`He said that was not true`), and `, X went on.` closes an
inverted report like `, X continued.` ([closing_only] of `en/cues.toml`). Invented examples only."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        ("The harbour master said that was not the whole story.", "that was not the whole story", "The harbour master"),
        (
            "She said that is why the ferry to the island was cancelled.",
            "that is why the ferry to the island was cancelled",
            "She",
        ),
        (
            "Mr Obi said that went for the mayor and the whole council as well.",
            "that went for the mayor and the whole council as well",
            "Obi",
        ),
        (
            "The union said that meant the depot would stay shut all week.",
            "that meant the depot would stay shut all week",
            "The union",
        ),
        (
            "The coach said that had never happened to his team before.",
            "that had never happened to his team before",
            "The coach",
        ),
    ],
)
def test_demonstrative_that_stays_in_the_report(label_en, sentence, clause, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "said"
    assert result.speaker_of(clause) == speaker


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # a subject after `that`: `that` is the complementiser, as before
        ("The police said that armed men had stormed the bank on Friday.", "armed men had stormed the bank on Friday"),
        ("The mayor said that this was not the whole story.", "this was not the whole story"),
        ("The mayor said that the bridge was not safe for lorries.", "the bridge was not safe for lorries"),
        # a plural verb after `that` makes no demonstrative subject
        ("The nurse said that patients were moved to the new ward.", "patients were moved to the new ward"),
    ],
)
def test_complementiser_that_stays_out(label_en, sentence, clause):
    assert label_en(sentence).texts("QUOTE", type="indirect") == [clause]


def test_relative_that_after_a_statement_reports_nothing_new(label_en):
    # `a statement that was released ...`: a relative `that` after an adjunct, unchanged (no report)
    sentence = "The minister said in a statement that was released on Monday that the roads were safe."
    assert "that was released on Monday that the roads were safe" not in label_en(sentence).texts(
        "QUOTE", type="indirect"
    )


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        (
            "It was the duty of the state to protect every witness, the prosecutor went on.",
            "It was the duty of the state to protect every witness",
            "the prosecutor",
        ),
        (
            "The new clinic will open its doors in the spring, she went on.",
            "The new clinic will open its doors in the spring",
            "she",
        ),
        (
            "The harbour will be dredged again next year, the engineer went on on Monday.",
            "The harbour will be dredged again next year",
            "the engineer",
        ),
    ],
)
def test_went_on_closes_a_report(label_en, sentence, clause, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "went on"
    assert result.speaker_of(clause) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The strike went on for three weeks.",
        "After the short break, the hearing went on.",
        "The rain stopped at noon, but the match went on.",
        "The talks lasted all night, and the protest went on.",
        "The protests went on that night in the capital.",
    ],
)
def test_went_on_elsewhere_reports_nothing(label_en, sentence):
    assert label_en(sentence).texts("QUOTE", type="indirect") == []


def test_went_on_to_say_unchanged(label_en):
    result = label_en("The minister went on to say that the new roads were safe.")
    assert result.texts("QUOTE", type="indirect") == ["the new roads were safe"]
    assert result.speaker_of("the new roads were safe") == "The minister"
