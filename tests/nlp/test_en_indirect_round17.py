"""English indirect speech (issue 11, en_indirect17 round): `threatened that` and `objected that`
report speech, only with `that` right after them. Invented examples only."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "cue", "clause", "speaker"),
    [
        (
            "The landlord threatened that the tenants would be evicted by March.",
            "threatened",
            "the tenants would be evicted by March",
            "The landlord",
        ),
        (
            "The defence lawyer objected that the photographs had never been disclosed.",
            "objected",
            "the photographs had never been disclosed",
            "The defence lawyer",
        ),
    ],
)
def test_threatened_and_objected_report_with_that(label_en, sentence, cue, clause, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == cue
    assert result.speaker_of(clause) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The gang threatened the shopkeeper with a knife.",
        "Floods threatened the low-lying villages on Sunday.",
        "The residents objected to the new road.",
        "The defence objected, and the judge sustained it.",
    ],
)
def test_threatened_and_objected_without_that_are_no_report(label_en, sentence):
    assert label_en(sentence).texts("QUOTE", type="indirect") == []


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "The former clerk confessed to forging the land titles and was handed a five-year sentence.",
            "forging the land titles",
        ),
        (
            "The driver admitted to speeding through the school zone, and has lost his licence for a year.",
            "speeding through the school zone",
        ),
    ],
)
def test_a_gerund_report_ends_before_the_subjects_own_predicate(label_en, sentence, clause):
    assert label_en(sentence).texts("QUOTE", type="indirect") == [clause]


def test_a_second_gerund_runs_on_inside_the_report(label_en):
    sentence = "The cashier confessed to taking the cash and hiding it in a flour sack."
    assert label_en(sentence).texts("QUOTE", type="indirect") == ["taking the cash and hiding it in a flour sack"]


@pytest.mark.parametrize(
    ("sentence", "cue", "clause"),
    [
        (
            "The mayor reassured residents their homes were safe from the rising river.",
            "reassured",
            "their homes were safe from the rising river",
        ),
        (
            "The coach warned supporters the new stadium would not be ready before May.",
            "warned",
            "the new stadium would not be ready before May",
        ),
    ],
)
def test_an_addressee_then_a_clause_without_that(label_en, sentence, cue, clause):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == cue


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor reassured residents of the town about the water supply.",
        "The coach warned supporters to stay away from the training ground.",
        "The ministry reminded farmers the subsidy forms.",
    ],
)
def test_an_addressee_with_no_clause_is_no_report(label_en, sentence):
    assert label_en(sentence).texts("QUOTE", type="indirect") == []


@pytest.mark.parametrize(
    ("sentence", "cue", "clause"),
    [
        (
            "The port authority closed the harbour, warning the swell could damage moored boats.",
            "warning",
            "the swell could damage moored boats",
        ),
        (
            "The fire chief spoke at the shelter, assuring residents their homes had been checked.",
            "assuring",
            "their homes had been checked",
        ),
    ],
)
def test_an_addressing_participle_then_a_clause_without_that(label_en, sentence, cue, clause):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == cue


@pytest.mark.parametrize(
    "sentence",
    [
        "The agency issued an alert, warning the people displaced by the floods.",
        "The police put up signs, warning drivers of black ice on the pass.",
        "The school wrote to parents, reminding them of the trip.",
    ],
)
def test_an_addressing_participle_with_an_object_is_no_report(label_en, sentence):
    assert label_en(sentence).texts("QUOTE", type="indirect") == []


def test_but_he_said_late_in_a_long_sentence(label_en):
    sentence = (
        "The council chairman spent most of the morning session going through the long list of complaints "
        "about the closure of the old market, the rising rents and the traffic on the ring road near the "
        "station, but he said the new market would open before the end of the year."
    )
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == ["the new market would open before the end of the year"]
    assert result.cue_of("the new market would open before the end of the year") == "said"
    assert result.speaker_of("the new market would open before the end of the year") == "he"
