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


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "Harbour chief Maria Lenz is tired of the constant attacks on her staff, she said to the Gazette "
            "in response to criticism of how the port handled the strike.",
            "Harbour chief Maria Lenz is tired of the constant attacks on her staff",
        ),
        ("The port will reopen next week, she said to the Gazette on Monday.", "The port will reopen next week"),
        ("The port will reopen next week, she said in response to a question.", "The port will reopen next week"),
    ],
)
def test_said_to_an_outlet_and_in_response_to_close_the_report_before_them(label_en, sentence, clause):
    """`, she said to the <outlet> ...` names whom she spoke to, as `told the <outlet>` does, and `in
    response to ...` says why she spoke: neither is a report after the verb."""
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "said"


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("The port will reopen next week, the mayor said to the Gazette that the strike was over.", "the strike was over"),
        ("The port will reopen next week, she said to reporters on Monday.", "The port will reopen next week"),
    ],
)
def test_said_to_guards(label_en, sentence, clause):
    """`said to X that ...` still reports what follows `that`; `said to reporters` as before."""
    assert label_en(sentence).texts("QUOTE", type="indirect") == [clause]


def test_said_to_after_a_closing_quote_runs_no_report_into_the_quote(label_en):
    """A quoted fragment closing the sentence before `said to <outlet>`: the cue is the quote's; no
    indirect item takes the quotation mark in."""
    sentence = (
        'The union is worried that officials are "losing control of the streets completely," chairman '
        "Tom Berg said to newspaper AD on Monday."
    )
    assert not any('"' in quote for quote in label_en(sentence).texts("QUOTE", type="indirect"))
