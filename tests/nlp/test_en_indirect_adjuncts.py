"""English reports on business and politics pages (issue 11, en_indirect4 round): a subject with an
adjunct before its verb, and `was quoted as saying`. Invented examples only."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "sentence",
    [
        "The exchange, in a statement on Monday, said that trading would resume on Monday morning.",
        "The exchange, in a statement, said trading would resume on Monday morning.",
        "The exchange in a statement on Monday said that trading would resume on Monday morning.",
        "The exchange in a statement posted at the Harbour office on Monday, said that trading would resume on Monday morning.",
    ],
)
def test_a_lower_case_subject_before_a_statement_adjunct_speaks(label_en, sentence):
    result = label_en(sentence)
    clause = "trading would resume on Monday morning"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "The exchange"
    assert result.cue_of(clause) == "said"


def test_a_named_subject_before_a_speech_adjunct_without_a_comma_speaks(label_en):
    result = label_en(
        "Governor Lina Sarit in a speech at the central bank on Tuesday, said that rates would stay on hold for now."
    )
    clause = "rates would stay on hold for now"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Lina Sarit"


def test_a_past_verb_before_an_aside_is_no_subject(label_en):
    result = label_en("The rupiah weakened, in a quiet session on Monday, as traders waited for the budget.")
    assert result.texts("QUOTE", type="indirect") == []


@pytest.mark.parametrize("that", ["", "that "])
def test_was_quoted_as_saying_reports_what_its_subject_said(label_en, that):
    result = label_en(f"Senator Ramon Dizon was quoted as saying {that}the election would be held in May next year.")
    clause = "the election would be held in May next year"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "saying"
    assert result.speaker_of(clause) == "Ramon Dizon"


def test_quoted_without_as_saying_is_no_report(label_en):
    result = label_en("The company was quoted on the stock exchange in May after a long delay.")
    assert result.texts("QUOTE", type="indirect") == []


def test_an_acronym_in_brackets_and_an_auxiliary_around_an_aside(label_en):
    result = label_en(
        "The Harbour Trade Office (HTO), in a statement on Monday, has announced that the new port fees would start in June."
    )
    clause = "the new port fees would start in June"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Harbour Trade Office"


@pytest.mark.parametrize("subject", ["An informed source", "An informed court source"])
def test_a_participle_after_an_article_is_part_of_the_subject(label_en, subject):
    result = label_en(f"{subject} said that the verdict would be read out on Friday afternoon.")
    clause = "the verdict would be read out on Friday afternoon"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == subject


@pytest.mark.parametrize("told", ["investors", "businessmen", "analysts"])
def test_told_a_plural_audience_then_a_clause_without_that(label_en, told):
    result = label_en(f"Governor Lina Sarit told {told} the economy was recovering faster than expected.")
    clause = "the economy was recovering faster than expected"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "told"
    assert result.speaker_of(clause) == "Lina Sarit"


def test_told_a_plural_audience_to_act_is_no_report(label_en):
    result = label_en("Governor Lina Sarit told investors to stay calm during the sell-off on Monday.")
    assert result.texts("QUOTE", type="indirect") == []


def test_a_long_opening_adjunct_does_not_hide_the_verb(label_en):
    result = label_en(
        "In her speech during the 40th anniversary celebration of the Harbour Revenue Office (HRO) at the "
        "Riverside Convention Centre (RCC) in Port Lina, Minister Dara Kett said the office would reach its "
        "collection target by the end of the year."
    )
    clause = "the office would reach its collection target by the end of the year"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Dara Kett"


def test_a_name_inside_an_opening_when_clause_does_not_speak(label_en):
    result = label_en(
        "When asked whether the talks included the Harbour Casino plan, the Prime Minister replied that they "
        "focused on the budget first."
    )
    clause = "they focused on the budget first"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "the Prime Minister"


def test_points_out_that_reports(label_en):
    result = label_en("Minister Lina Sarit points out that no new tax was passed during the last session.")
    clause = "no new tax was passed during the last session"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "points out"


def test_was_quoted_by_a_relay_as_saying_reports_what_its_subject_said(label_en):
    result = label_en("Senator Ramon Dizon was quoted by Harbour Radio as saying that the election would be held in May.")
    clause = "the election would be held in May"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Ramon Dizon"


@pytest.mark.parametrize("verb", ["forecast", "projects", "expects"])
def test_a_forecast_verb_reports_only_with_that(label_en, verb):
    result = label_en(f"The Harbour Development Institute {verb} that exports would rise by five percent next year.")
    clause = "exports would rise by five percent next year"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == verb
    assert result.speaker_of(clause) == "Harbour Development Institute"
    assert (
        label_en(f"The Harbour Development Institute {verb} exports to rise by five percent next year.").texts(
            "QUOTE", type="indirect"
        )
        == []
    )


@pytest.mark.parametrize("source", ["the minister", "a statement from the port office"])
def test_according_to_a_role_keeps_a_list_inside_the_report(label_en, source):
    result = label_en(f"According to {source}, the rise came on the back of rice, sugar and cooking oil prices.")
    clause = "the rise came on the back of rice, sugar and cooking oil prices"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "According to"


def test_according_to_a_name_still_skips_an_apposition(label_en):
    result = label_en("According to Dara Kett, a scientist at the Harbour Institute, the storm would reach the coast on Friday.")
    clause = "the storm would reach the coast on Friday"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Dara Kett"


def test_told_investigators_then_a_clause_without_that(label_en):
    result = label_en("The suspect told investigators he had been hired by a man he knew only as Ali.")
    clause = "he had been hired by a man he knew only as Ali"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "The suspect"
