"""English speakers before a long insertion (issue 11, en_indirect12 round): a subject with a
possessive (`The bank's governor`, `Kenya's finance minister`) before a relative clause, a
participle aside or an adjunct between commas, and a partitive relative clause (`Farmers, many of
whom ..., said`). Before the round the speaker was taken from inside the insertion. Invented
examples only."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        (
            "The port authority's director, who took office in March after a long dispute, said the new quay would open in June.",
            "the new quay would open in June",
            "The port authority's director",
        ),
        (
            "Norland's trade minister, who led the delegation to the summit, said tariffs on grain would be cut.",
            "tariffs on grain would be cut",
            "Norland's trade minister",
        ),
        (
            "The central bank's deputy governor, speaking after the rate decision, said lending would slow.",
            "lending would slow",
            "The central bank's deputy governor",
        ),
        (
            "The school's head teacher, in an interview with a local radio station, said the roof had leaked for years.",
            "the roof had leaked for years",
            "The school's head teacher",
        ),
        (
            "The fishermen's leader, who sailed back on Tuesday, said the nets had been cut.",
            "the nets had been cut",
            "The fishermen's leader",
        ),
        (
            "The council’s planning officer, who asked not to be named, told reporters the permit had lapsed.",
            "the permit had lapsed",
            "The council’s planning officer",
        ),
        (
            "Shopkeepers, many of whom had closed early, said the market would reopen on Monday.",
            "the market would reopen on Monday",
            "Shopkeepers",
        ),
        (
            "The miners, most of whom had worked there for decades, said the pit had been unsafe.",
            "the pit had been unsafe",
            "The miners",
        ),
        (
            "The company's lawyers, one of whom is a former judge, argued that the contract was void.",
            "the contract was void",
            "The company's lawyers",
        ),
    ],
)
def test_the_speaker_stands_before_the_insertion(label_en, sentence, clause, speaker):
    result = label_en(sentence)
    assert clause in result.texts("QUOTE", type="indirect")
    assert result.speaker_of(clause) == speaker


def test_a_possessive_with_a_past_verb_is_no_subject_before_an_aside(label_en):
    """`The driver's van crashed, in the end, said ...`: a past verb before the aside keeps the
    speaker out of it (no subject stands before the aside)."""
    sentence = "Police said the driver's van crashed, in the rain, near the bridge."
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == ["the driver's van crashed, in the rain, near the bridge"]
    assert result.speaker_of("the driver's van crashed, in the rain, near the bridge") == "Police"


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        ("State radio cited the army as saying that 30 rebels had been killed.", "30 rebels had been killed", "the army"),
        ("Local media cited witnesses as saying the gunmen fled on motorbikes.", "the gunmen fled on motorbikes", "witnesses"),
        (
            "The paper cited an unnamed official as saying on Sunday that talks would resume.",
            "talks would resume",
            "an unnamed official",
        ),
        (
            "The station cited the governor as saying Thursday that the dam was safe.",
            "the dam was safe",
            "the governor",
        ),
        (
            "Several outlets cite officials as saying the count will take a week.",
            "the count will take a week",
            "officials",
        ),
        (
            "The wire service quoted a port official as saying Monday that two cranes had toppled.",
            "two cranes had toppled",
            "a port official",
        ),
    ],
)
def test_a_relay_that_cited_someone_as_saying(label_en, sentence, clause, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "saying"
    assert result.speaker_of(clause) == speaker


def test_a_day_that_opens_the_report_stays_in_it(label_en):
    """`as saying Sunday was ...`: with no `that` after it the day is the report's subject."""
    sentence = "The paper quoted the skipper as saying Sunday was the worst day of the season."
    assert label_en(sentence).texts("QUOTE", type="indirect") == ["Sunday was the worst day of the season"]


def test_cited_with_no_as_saying_is_no_report(label_en):
    sentence = "The inspectors cited the factory for safety breaches last year."
    assert label_en(sentence).texts("QUOTE", type="indirect") == []


@pytest.mark.parametrize(
    "sentence",
    ["All told, more than 40 stalls were damaged in the fire.", "Truth told, the harbour has been quiet all winter."],
)
def test_an_adverb_ending_in_told_is_no_report(label_en, sentence):
    assert label_en(sentence).texts("QUOTE", type="indirect") == []


def test_all_of_them_told_with_an_addressee_still_reports(label_en):
    sentence = "The three drivers all told police that the lights had failed."
    assert label_en(sentence).texts("QUOTE", type="indirect") == ["the lights had failed"]


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        ("The three drivers all told police that the lights had failed.", "the lights had failed", "The three drivers"),
        ("They both said the ferry had left early.", "the ferry had left early", "They"),
        ("The two ministers each said the deal was fair.", "the deal was fair", "The two ministers"),
        ("Both said the ferry had left early.", "the ferry had left early", "Both"),
    ],
)
def test_a_floating_quantifier_is_no_part_of_the_speaker(label_en, sentence, clause, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == speaker
