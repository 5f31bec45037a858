"""English reported speech (issue 11, en_indirect21): a verb that reports only with `that` elsewhere
([that_only]: `continued`, `forecast`, `projects`, `charged`, `objected`, `reports`) closes an
inverted report after a comma and a speaking subject. Invented examples only."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "clause", "cue", "speaker"),
    [
        (
            "The new ferry terminal will open to passengers in the spring, the minister continued.",
            "The new ferry terminal will open to passengers in the spring",
            "continued",
            "the minister",
        ),
        (
            "The new ferry terminal will open to passengers in the spring, she continued.",
            "The new ferry terminal will open to passengers in the spring",
            "continued",
            "she",
        ),
        (
            "Exports of palm oil will shrink by a tenth next year, the institute forecast.",
            "Exports of palm oil will shrink by a tenth next year",
            "forecast",
            "the institute",
        ),
        (
            "The harbour master has quietly leased two piers to a shipping firm, the Gazette reports.",
            "The harbour master has quietly leased two piers to a shipping firm",
            "reports",
            "Gazette",
        ),
        (
            "Ballots were burned in two polling stations, opposition leaders charged on Monday.",
            "Ballots were burned in two polling stations",
            "charged",
            "opposition leaders",
        ),
    ],
)
def test_that_only_verb_closes_a_report(label_en, sentence, clause, cue, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == cue
    assert result.speaker_of(clause) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Despite the heavy snow on Sunday, the search continued.",
        "After a short break for lunch, the hearing continued.",
        "The talks were held behind closed doors, and the meeting continued.",
        "The river fell back by Friday, but the rain continued.",
        "Heavy shelling continued.",
    ],
)
def test_continued_without_a_speaker_reports_nothing(label_en, sentence):
    assert label_en(sentence).texts("QUOTE", type="indirect") == []


def test_continued_that_still_reports(label_en):
    result = label_en("He continued that the ferry terminal would open in the spring.")
    clause = "the ferry terminal would open in the spring"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "continued"


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "He said early screening of newborns remained crucial in the fight against hearing loss and asked the"
            " health minister to fund more clinics.",
            "early screening of newborns remained crucial in the fight against hearing loss",
        ),
        (
            "The pastor said forgiveness was essential for the healing of the town and urged residents to attend"
            " the vigil.",
            "forgiveness was essential for the healing of the town",
        ),
    ],
)
def test_a_request_after_a_judgement_ends_the_report(label_en, sentence, clause):
    assert label_en(sentence).texts("QUOTE", type="indirect") == [clause]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "The nurse said the boy was frightened and asked his mother to stay with him.",
            "the boy was frightened and asked his mother to stay with him",
        ),
        (
            "The nurse said the girl had woken early and asked her mother to read to her.",
            "the girl had woken early and asked her mother to read to her",
        ),
    ],
)
def test_a_request_after_a_state_of_a_person_stays_in_the_report(label_en, sentence, clause):
    assert label_en(sentence).texts("QUOTE", type="indirect") == [clause]


@pytest.mark.parametrize(
    ("sentence", "clause", "mark"),
    [
        (
            'The mayor said the town would repave twelve streets before the rainy season, adding, "We cannot wait'
            ' any longer."',
            "the town would repave twelve streets before the rainy season",
            "We cannot wait any longer.",
        ),
        (
            "Police said the suspect had fled across the border, adding: “We will find him.”",
            "the suspect had fled across the border",
            "We will find him.",
        ),
    ],
)
def test_a_report_before_a_participle_opening_a_direct_quote(label_en, sentence, clause, mark):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "said"
    assert mark in result.quotes()


def test_a_report_and_a_participle_report_before_a_direct_quote(label_en):
    result = label_en(
        'The mayor said the town would repave twelve streets, noting that the budget was small, adding, "We'
        ' cannot wait any longer."'
    )
    assert result.texts("QUOTE", type="indirect") == ["the town would repave twelve streets", "the budget was small"]


def test_no_report_before_a_participle_opening_a_quote_without_a_cue(label_en):
    assert label_en('The mayor spoke for an hour, adding: "We will find him."').texts("QUOTE", type="indirect") == []


def test_participle_after_a_direct_quote_still_reports(label_en):
    result = label_en('"We will find him," police said, adding that the suspect had fled across the border.')
    assert result.texts("QUOTE", type="indirect") == ["the suspect had fled across the border"]


@pytest.mark.parametrize(
    "sentence",
    [
        "She said the grant money had not been released to the clinic, but the audit committee faulted her account.",
        "She said the grant money had not been released to the clinic, but the ministry denied this.",
        "She said the grant money had not been released to the clinic, but two auditors disputed the claim.",
    ],
)
def test_another_partys_answer_after_but_ends_the_report(label_en, sentence):
    assert label_en(sentence).texts("QUOTE", type="indirect") == [
        "the grant money had not been released to the clinic"
    ]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "The trader said profits had been steady all year, but profits fell in the last quarter.",
            "profits had been steady all year, but profits fell in the last quarter",
        ),
        (
            "The trader said the landlord had raised the rent, but the tenants rejected the increase.",
            "the landlord had raised the rent, but the tenants rejected the increase",
        ),
    ],
)
def test_a_second_clause_that_answers_no_report_runs_on(label_en, sentence, clause):
    assert label_en(sentence).texts("QUOTE", type="indirect") == [clause]


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister went on to add that the well water was safe to drink.",
        "The minister was quick to add that the well water was safe to drink.",
    ],
)
def test_went_on_to_add_that_reports(label_en, sentence):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == ["the well water was safe to drink"]
    assert result.speaker_of("the well water was safe to drink") == "The minister"
    assert result.cue_of("the well water was safe to drink") == "add"


def test_went_on_to_add_that_with_a_claim_inside(label_en):
    result = label_en("The minister went on to add that people who claim that the well is unsafe are spreading panic.")
    clause = "people who claim that the well is unsafe are spreading panic"
    assert clause in result.texts("QUOTE", type="indirect")
    assert result.speaker_of(clause) == "The minister"


@pytest.mark.parametrize(
    "sentence",
    [
        "Cooks add that much salt to every dish.",
        "Residents add that much sugar to their tea.",
        "Cooks want to add that much salt to every dish.",
    ],
)
def test_bare_add_without_a_chain_reports_nothing(label_en, sentence):
    assert label_en(sentence).texts("QUOTE", type="indirect") == []
