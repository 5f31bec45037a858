"""Tidying round tidy1: the shared quotation-mark table holds sets of single characters (an empty
slice is no mark), one set with the closing guillemet serves the report's end and the cue after a
quote, `said to <outlet>` is read past its addressee when the verb follows an apposition's comma,
and the sentence loop asks `closing_without_comma` once. Every sentence is invented."""

from __future__ import annotations

import pytest

from annotator.nlp.analysis import Mention
from annotator.nlp.coref.coref_salience import in_quote_marks
from annotator.nlp.coref.name_forms import cue_after_quote
from annotator.nlp.indirect import reports
from annotator.nlp.text.marks import (
    CLOSING_MARKS,
    CLOSING_MARKS_WITH_GUILLEMETS,
    OPENING_MARKS,
    QUOTATION_MARKS,
    mark_chars,
)


def test_mark_sets_hold_single_characters_and_no_empty_slice():
    for marks in (OPENING_MARKS, CLOSING_MARKS, CLOSING_MARKS_WITH_GUILLEMETS, QUOTATION_MARKS):
        assert all(len(mark) == 1 for mark in marks)
        assert "" not in marks
    assert CLOSING_MARKS | {"»"} == CLOSING_MARKS_WITH_GUILLEMETS
    assert QUOTATION_MARKS == OPENING_MARKS | CLOSING_MARKS


def test_mark_chars_is_the_string_strip_takes():
    assert mark_chars(OPENING_MARKS, " ") == mark_chars(OPENING_MARKS, " ")  # a fixed order
    assert "“‘Harbour’”".strip(mark_chars(QUOTATION_MARKS)) == "Harbour"
    assert mark_chars(CLOSING_MARKS, ".!?").startswith(".!?")


def test_a_name_at_the_text_edges_is_not_between_quotation_marks():
    text = "Lakeside Rovers"
    assert not in_quote_marks(text, Mention(0, len(text), "ORG"))
    quoted = "the ‘Lakeside Rovers’ squad"
    assert in_quote_marks(quoted, Mention(5, 20, "ORG"))


@pytest.mark.parametrize("closing", ["”", "»"])
def test_a_cue_after_a_closing_mark_or_guillemet(closing):
    text = f"«Jalan itu kami perbaiki bulan depan,{closing} ungkap Darto."
    assert cue_after_quote(text, text.index("ungkap"), "ungkap", "id")


def test_a_cue_at_the_text_start_follows_no_closing_mark():
    assert not cue_after_quote("Ungkap Darto kemarin.", 0, "Ungkap", "id")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The ferry to the northern islands will not sail until the storm has passed, the harbour "
            "spokesman, Ines Kowalczyk, said to the Courier.",
            "Ines Kowalczyk",
        ),
        (
            "The ferry to the northern islands will not sail until the storm has passed, Tomas Brandt, "
            "a spokesman for the harbour board, said to the Courier on Tuesday.",
            "Tomas Brandt",
        ),
    ],
)
def test_said_to_an_outlet_after_an_apposition_closes_the_report(label_en, sentence, speaker):
    """Nothing stands between the apposition's comma and `said`: `to the Courier` names whom the
    speaker told, as it does after `..., she said to the Courier.`."""
    clause = "The ferry to the northern islands will not sail until the storm has passed"
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == speaker
    assert result.cue_of(clause) == "said"


@pytest.mark.parametrize(
    "sentence",
    [
        "The old ferry, said to be the slowest boat on the lake, will be sold at the end of the season.",
        "The ferry to the northern islands will not sail until the storm has passed, said to the Courier.",
    ],
)
def test_said_to_with_no_speaker_reports_nothing(label_en, sentence):
    """Guard: `said to be` is a passive, and `said to <outlet>` with no one before or after the verb
    names no speaker."""
    assert label_en(sentence).texts("QUOTE", type="indirect") == []


def test_closing_without_comma_is_asked_once_per_sentence(label_en, monkeypatch):
    """`[...] says Prime Minister X.` with too few words before the verb: the early reading finds
    nothing, and the chain does not ask the same question again."""
    calls: list[tuple[int, int]] = []
    original = reports.closing_without_comma

    def counted(attributor, start, end):
        calls.append((start, end))
        return original(attributor, start, end)

    monkeypatch.setattr(reports, "closing_without_comma", counted)
    result = label_en(
        "Harbour town news\n\nThe market opened early on Friday morning.\n\nPrices rose says Minister Halvard Lindqvist.\n"
    )
    assert len(calls) == 1
    assert result.texts("QUOTE", type="indirect") == []
