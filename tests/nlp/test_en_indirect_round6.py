"""English reports the rules missed or bounded wrong (issue 11, en_indirect6 round): two people named
together as one speaker, an outlet's `reports that`, and a sentence closed by `said` with a
lower-case role before a name or with a time after it. Invented examples only."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Mayor Rudy Tan and Governor Lisa Marsh said the bridge would reopen next month.", "Rudy Tan and Governor Lisa Marsh"),
        ("Coach Ben Lim and team captain Joe Reyes told reporters the squad was ready.", "Ben Lim and team captain Joe Reyes"),
        ("Rudy Tan and Lisa Marsh (李華) said that the plan had been dropped.", "Rudy Tan and Lisa Marsh (李華)"),
    ],
)
def test_two_people_named_together_are_one_speaker(label_en, sentence, speaker):
    result = label_en(sentence)
    [clause] = result.texts("QUOTE", type="indirect")
    assert result.speaker_of(clause) == speaker
    assert result.resolved_speaker_of(clause) == speaker  # no single person stands for the two


def test_an_object_pair_is_no_speaker_pair(label_en):
    result = label_en("Police questioned Rudy Tan and Lisa Marsh said nothing else was found at the house.")
    assert "Rudy Tan and Lisa Marsh" not in result.texts("SPEAKER")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The Island Herald reports that the mayor has resigned after a long dispute.", "The Island Herald"),
        ("The newspaper also reports that the minister will visit the flooded villages.", "The newspaper"),
    ],
)
def test_an_outlet_reports_that(label_en, sentence, speaker):
    result = label_en(sentence)
    [clause] = result.texts("QUOTE", type="indirect")
    assert result.cue_of(clause) == "reports"
    assert result.speaker_of(clause) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "There were media reports that some local politicians may have funded the group.",
        "The government is checking reports that twenty fighters had entered the province.",
    ],
)
def test_reports_as_a_noun_is_no_cue(label_en, sentence):
    assert "reports" not in label_en(sentence).texts("CUE")


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        (
            "Four people were hurt when the roof collapsed, said district administrator Rina Patel.",
            "Four people were hurt when the roof collapsed",
            "Rina Patel",
        ),
        (
            "Crews moved about 2,000 people to higher ground overnight, said regional fire chief Tom Baker.",
            "Crews moved about 2,000 people to higher ground overnight",
            "Tom Baker",
        ),
        ("The hospital is full, said health officer Mary Lane on Tuesday.", "The hospital is full", "Mary Lane"),
        (
            "The market will reopen next week, said Trade Minister Anna Cole here on Monday.",
            "The market will reopen next week",
            "Anna Cole",
        ),
    ],
)
def test_said_then_a_role_and_a_name_closes_the_sentence(label_en, sentence, clause, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "said"
    assert result.speaker_of(clause) == speaker


def test_said_then_a_clause_stays_a_report_after_the_verb(label_en):
    result = label_en("After the meeting, the mayor said district officials would inspect the dam.")
    assert result.texts("QUOTE", type="indirect") == ["district officials would inspect the dam"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thirty bodies have been recovered from the buses, Tom Baker, a spokesman for the district police, told reporters.",
        "Thirty bodies have been recovered from the buses, Tom Baker, a spokesman for the district police, told AFP on Sunday.",
    ],
)
def test_told_after_a_name_and_its_apposition(label_en, sentence):
    result = label_en(sentence)
    clause = "Thirty bodies have been recovered from the buses"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "told"
    assert result.speaker_of(clause) == "Tom Baker"
