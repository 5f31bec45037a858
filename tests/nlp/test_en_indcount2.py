"""English reported speech (issue 11, en_indcount2): a continuing participle with no comma before it
and `that` after it opens a report after a verb and its object (`blamed the contractor adding that
...`); `with <speaker> <participle> <clause>` reports the phrase after `with`; a bare `saying
<clause>` inside a report opens a second report; `by saying <clause>` with no `that`; `When asked
..., he ...` opens no speaker; a closing speaker behind titles with commas. Invented examples only."""

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


def test_bare_saying_inside_a_report_opens_a_second_one(label_en):
    result = label_en(
        "The lawyer told the court that he was worried about the noise outside saying in twenty years "
        "he had never heard such a thing."
    )
    clause = "in twenty years he had never heard such a thing"
    assert result.texts("QUOTE", type="indirect") == ["he was worried about the noise outside", clause]
    assert result.cue_of(clause) == "saying"
    assert result.speaker_of(clause) == "The lawyer"


@pytest.mark.parametrize(
    "sentence",
    [
        # no clause after `saying`: the report runs on as before
        "The lawyer said the hearing was delayed saying goodbye to the judge.",
        "The council said residents were seen saying prayers outside the hall.",
    ],
)
def test_bare_saying_inside_a_report_needs_a_clause(label_en, sentence):
    result = label_en(sentence)
    assert len(result.texts("QUOTE", type="indirect")) == 1


def test_by_saying_with_a_clause_and_no_that(label_en):
    result = label_en("The minister angered the rivals by saying the plan had no merit.")
    assert result.texts("QUOTE", type="indirect") == ["the plan had no merit"]
    assert result.cue_of("the plan had no merit") == "saying"
    assert result.speaker_of("the plan had no merit") == "The minister"


def test_when_asked_opens_no_speaker(label_en):
    result = label_en(
        "When asked whether the embassy had been told, he answered in the negative saying there were "
        "lapses in their planning."
    )
    clause = "there were lapses in their planning"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "he"


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "The economy would recover next year, Deputy Premier, Minister of Finance and Minister of State "
            "Jon Sala said in a statement.",
            "The economy would recover next year",
        ),
        # guard: one title with no comma, as before
        (
            "The economy would recover next year, Finance Minister Jon Sala said in a statement.",
            "The economy would recover next year",
        ),
    ],
)
def test_closing_speaker_behind_titles_with_commas(label_en, sentence, clause):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Jon Sala"


def test_titles_inside_the_report_stay(label_en):
    # the words after the last comma open with no role: the commas before are the report's
    result = label_en("The prizes went to the Mayor, Deputy Mayor and two clerks, the organisers said on Monday.")
    assert result.texts("QUOTE", type="indirect") == ["The prizes went to the Mayor, Deputy Mayor and two clerks"]
