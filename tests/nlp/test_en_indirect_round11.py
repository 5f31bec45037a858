"""English indirect speech from reporting grammar (issue 11, en_indirect11 round): the rest of each
reporting verb's family (plural and modal forms, present tenses, both spellings), participles that
report only with `that`, three-word reports with a bare noun subject or a past tense, and outlets
told by their kind (`told local broadcaster X ...`) or after a place and a day. Invented examples only."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "cue", "clause", "speaker"),
    [
        (
            "Engineers warn that the old dam could fail in a heavy storm.",
            "warn",
            "the old dam could fail in a heavy storm",
            "Engineers",
        ),
        (
            "Hydrologists warn the lake could overflow by the weekend.",
            "warn",
            "the lake could overflow by the weekend",
            "Hydrologists",
        ),
        (
            "Council members admit that the parking scheme was rushed.",
            "admit",
            "the parking scheme was rushed",
            "Council members",
        ),
        (
            "The goalkeeper did admit that his kicking had let the side down.",
            "admit",
            "his kicking had let the side down",
            "The goalkeeper",
        ),
        ("The two smugglers deny that they owned the boat.", "deny", "they owned the boat", "The two smugglers"),
        (
            "The trainer did confirm that the filly had recovered from her fall.",
            "confirm",
            "the filly had recovered from her fall",
            "The trainer",
        ),
        (
            "The audit reveals that three tenders were never advertised.",
            "reveals",
            "three tenders were never advertised",
            "The audit",
        ),
        (
            "Leaked minutes reveal that the board knew of the leak in May.",
            "reveal",
            "the board knew of the leak in May",
            "Leaked minutes",
        ),
        (
            "The harbour authority discloses that two cranes are out of service.",
            "discloses",
            "two cranes are out of service",
            "The harbour authority",
        ),
        (
            "The mayor announces that the night market will move to the square.",
            "announces",
            "the night market will move to the square",
            "The mayor",
        ),
        ("She asserts that the contract was signed lawfully.", "asserts", "the contract was signed lawfully", "She"),
        (
            "The weather bureau predicts that the monsoon will arrive late.",
            "predicts",
            "the monsoon will arrive late",
            "The weather bureau",
        ),
        ("He emphasises that the vaccine is free for pensioners.", "emphasises", "the vaccine is free for pensioners", "He"),
        ("She emphasizes the clinic will stay open on Sundays.", "emphasizes", "the clinic will stay open on Sundays", "She"),
        (
            "Shopkeepers complain that the new kerb blocks deliveries.",
            "complain",
            "the new kerb blocks deliveries",
            "Shopkeepers",
        ),
        (
            "The columnist writes that the ferry service has never been worse.",
            "writes",
            "the ferry service has never been worse",
            "The columnist",
        ),
        ("He reaffirmed that the coalition would stay together.", "reaffirmed", "the coalition would stay together", "He"),
        (
            "The regent conveyed that the damaged road would be rebuilt next year.",
            "conveyed",
            "the damaged road would be rebuilt next year",
            "The regent",
        ),
        ("The farmer narrated that the elephants came at midnight.", "narrated", "the elephants came at midnight", "The farmer"),
        (
            "Residents point out that the drain has flooded every year.",
            "point out",
            "the drain has flooded every year",
            "Residents",
        ),
        ("Observers charged that the count had been tampered with.", "charged", "the count had been tampered with", "Observers"),
    ],
)
def test_the_rest_of_each_reporting_verbs_family(label_en, sentence, cue, clause, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == cue
    assert result.speaker_of(clause) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Forecasters warn of strong winds along the coast.",
        "The two smugglers deny the charges.",
        "The audit reveals the names of three contractors.",
        "He reaffirmed their commitment to the peace deal.",
        "The regent conveyed his condolences to the families.",
        "Shopkeepers complain of dirty pavements.",
        "Police charged the driver with reckless driving.",
        "The driver was charged that he had driven without a licence.",
        "Police could not confirm that the driver was drunk.",
        "The hospital declined to confirm that the patient had died.",
        "The ransom note that the kidnappers left was read in court.",
    ],
)
def test_the_same_verbs_with_an_object_a_negation_or_a_passive_are_no_report(label_en, sentence):
    assert label_en(sentence).texts("QUOTE", type="indirect") == []


@pytest.mark.parametrize(
    ("sentence", "cue", "clause"),
    [
        (
            "The water board issued a statement, revealing that the reservoir was half empty.",
            "revealing",
            "the reservoir was half empty",
        ),
        (
            "The coach praised his squad, pointing out that they had trained through the holidays.",
            "pointing",
            "they had trained through the holidays",
        ),
        (
            "The treasurer defended the budget, maintaining that it would not raise fares.",
            "maintaining",
            "it would not raise fares",
        ),
        ("The mayor visited the market, recalling that it had burned down in 1998.", "recalling", "it had burned down in 1998"),
        (
            "The agency asked residents to stay calm, assuring that the water was safe to drink.",
            "assuring",
            "the water was safe to drink",
        ),
    ],
)
def test_participles_that_report_with_that(label_en, sentence, cue, clause):
    result = label_en(sentence)
    assert clause in result.texts("QUOTE", type="indirect")
    assert result.cue_of(clause) == cue


@pytest.mark.parametrize(
    "sentence",
    [
        "The water board issued a statement, revealing the names of the new directors.",
        "The coach praised his squad, pointing to their work through the holidays.",
        "The treasurer defended the budget, maintaining a freeze on fares.",
        "The mayor visited the market, recalling the fire of 1998.",
    ],
)
def test_the_same_participles_with_an_object_are_no_report(label_en, sentence):
    assert label_en(sentence).texts("QUOTE", type="indirect") == []


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("The central bank governor said inflation would ease.", "inflation would ease"),
        ("The trade minister said that exports fell sharply.", "exports fell sharply"),
        ("The police commissioner said that crime has fallen.", "crime has fallen"),
        ("The forecaster said rain will continue.", "rain will continue"),
    ],
)
def test_three_word_reports_with_a_bare_noun_subject_or_a_past_tense(label_en, sentence, clause):
    assert label_en(sentence).texts("QUOTE", type="indirect") == [clause]


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor said so on Monday.",
        "The minister said that in a speech.",
        "The minister said on Monday evening.",
    ],
)
def test_three_words_of_an_occasion_or_an_object_are_no_report(label_en, sentence):
    assert label_en(sentence).texts("QUOTE", type="indirect") == []


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        (
            "The port director told local broadcaster Radio Harbour the cranes would be repaired by June.",
            "the cranes would be repaired by June",
            "The port director",
        ),
        (
            "The finance minister told state television the budget would be tabled next week.",
            "the budget would be tabled next week",
            "The finance minister",
        ),
        (
            "The ambassador told French daily Le Matin his country would not recall its envoy.",
            "his country would not recall its envoy",
            "The ambassador",
        ),
        (
            "The governor told journalists in Kisumu on Monday the curfew would be lifted.",
            "the curfew would be lifted",
            "The governor",
        ),
    ],
)
def test_an_outlet_told_by_its_kind_or_after_a_place_and_a_day(label_en, sentence, clause, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "told"
    assert result.speaker_of(clause) == speaker


def test_a_plural_verb_makes_no_lone_capitalised_word_a_person(label_en):
    text = (
        "Hornbills deny Riverside pitch was unfit\n"
        "The Hornbills coach did deny that the Riverside pitch had been unfit for play. "
        "Riverside hosted the final on a damp morning."
    )
    result = label_en(text)
    assert "Riverside" not in result.texts("PERSON")
    assert "the Riverside pitch had been unfit for play" in result.texts("QUOTE", type="indirect")


def test_a_participle_after_whom_was_told_and_when_reports_more(label_en):
    sentence = (
        "More than 900 families were in shelters, the governor told a news conference on Sunday, "
        "adding that more rain was expected."
    )
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == ["More than 900 families were in shelters", "more rain was expected"]
    assert result.cue_of("More than 900 families were in shelters") == "told"
    assert result.cue_of("more rain was expected") == "adding"


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "The envoy said progress had been made on the border talks, without elaborating.",
            "progress had been made on the border talks",
        ),
        ("The ministry said the tender had been rigged, without providing evidence.", "the tender had been rigged"),
        ("A spokesman said a senior officer had been detained, without naming him.", "a senior officer had been detained"),
    ],
)
def test_a_report_stops_before_without_telling_more(label_en, sentence, clause):
    assert label_en(sentence).texts("QUOTE", type="indirect") == [clause]


def test_without_and_a_noun_stays_in_the_report(label_en):
    sentence = "Officials said the dock workers had been kept on the ships for weeks, without pay."
    assert label_en(sentence).texts("QUOTE", type="indirect") == [
        "the dock workers had been kept on the ships for weeks, without pay"
    ]
