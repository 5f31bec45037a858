"""English indirect speech, en_indirect13 round (issue 11): `According to <source> <report>` with no
comma after the source, a punctuation many newsrooms leave out. Before the round the source ran
into the report and nothing was found. Invented examples only."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        (
            "According to the district commissioner two people died when the roof collapsed.",
            "two people died when the roof collapsed",
            "the district commissioner",
        ),
        (
            "According to the Police Commissioner the lorry overturned on Friday, March 3 near the weighbridge.",
            "the lorry overturned on Friday, March 3 near the weighbridge",
            "the Police Commissioner",
        ),
        (
            "According to the defence counsel there was no evidence linking his client to the scene.",
            "there was no evidence linking his client to the scene",
            "the defence counsel",
        ),
        ("According to police the suspect fled on foot.", "the suspect fled on foot", "police"),
        ("According to witnesses the bus was overtaking a tanker.", "the bus was overtaking a tanker", "witnesses"),
        (
            "According to the head of the county police the fire was started deliberately.",
            "the fire was started deliberately",
            "the head of the county police",
        ),
        (
            "According to the spokesperson 14 houses were swept away by the river.",
            "14 houses were swept away by the river",
            "the spokesperson",
        ),
        ("According to him they had not been paid since June.", "they had not been paid since June", "him"),
    ],
)
def test_a_source_with_no_comma_before_the_report(label_en, sentence, clause, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "According to"
    assert result.speaker_of(clause) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the schedule the match starts at noon.",
        "According to the new rules the fee will double from May.",
        "According to the old maps the river once ran further east.",
        "According to a farmer who asked not to be named the cattle were taken at night.",
    ],
)
def test_a_source_that_names_no_speaker_reports_nothing(label_en, sentence):
    assert label_en(sentence).texts("QUOTE", type="indirect") == []


def test_a_source_closed_by_its_comma_is_unchanged(label_en):
    sentence = "According to the district commissioner, two people died when the roof collapsed."
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == ["two people died when the roof collapsed"]
    assert result.speaker_of("two people died when the roof collapsed") == "the district commissioner"


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry service was suspended on Monday, according to the harbour master, who cited high winds.",
        "Ticket prices rose by a fifth in March, according to the transport office, citing higher fuel costs.",
        "Nine people were hurt, according to the district health office, which gave no names.",
        "The ward was closed for cleaning, according to Dr Ana Lima, speaking on behalf of the hospital.",
    ],
)
def test_the_tail_of_a_closing_source_is_no_report(label_en, sentence):
    result = label_en(sentence)
    tail = sentence.rsplit(", ", 1)[1].rstrip(".")
    assert tail not in result.texts("QUOTE", type="indirect")
    assert result.texts("QUOTE", type="indirect") == [sentence.split(", according to")[0]]


def test_a_closing_organisation_with_a_relative_clause_reports_its_claim_without_the_tail(label_en):
    # en_indirect26: a claim credited to a body closing the sentence is its report (the owner's
    # decision; a figure stays none); the relative clause on the body is still no report of its own.
    sentence = "The road will reopen on Friday, according to the National Roads Authority, which manages the highway."
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == ["The road will reopen on Friday"]
    assert result.speaker_of("The road will reopen on Friday") == "National Roads Authority"


def test_a_source_between_an_opening_adjunct_and_the_report_still_reads_forward(label_en):
    sentence = "On Monday, according to witnesses, the soldiers opened fire without warning."
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == ["the soldiers opened fire without warning"]
    assert result.speaker_of("the soldiers opened fire without warning") == "witnesses"


@pytest.mark.parametrize(
    ("sentence", "first", "second", "participle"),
    [
        (
            "The minister said the road was closed adding that repairs would start soon.",
            "the road was closed",
            "repairs would start soon",
            "adding",
        ),
        (
            "Police said the two suspects had been released on bail noting that more arrests were expected.",
            "the two suspects had been released on bail",
            "more arrests were expected",
            "noting",
        ),
        (
            "According to the headman, the cattle were taken at night while stressing that nobody was hurt.",
            "the cattle were taken at night",
            "nobody was hurt",
            "stressing",
        ),
        (
            "The council chairman said the market would be rebuilt explaining that the insurer had paid out.",
            "the market would be rebuilt",
            "the insurer had paid out",
            "explaining",
        ),
    ],
)
def test_a_continuing_participle_without_a_comma_opens_a_second_report(label_en, sentence, first, second, participle):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [first, second]
    assert result.cue_of(second) == participle
    assert result.speaker_of(second) == result.speaker_of(first)


def test_a_participle_of_someone_else_inside_the_report_stays_inside(label_en):
    sentence = "He said the firm issued a statement denying that it paid bribes."
    assert label_en(sentence).texts("QUOTE", type="indirect") == ["the firm issued a statement denying that it paid bribes"]


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        (
            "According to a neighbour, the said suspects broke the door at night.",
            "the said suspects broke the door at night",
            "a neighbour",
        ),
        (
            "Police said the said vehicle was found abandoned near the border.",
            "the said vehicle was found abandoned near the border",
            "Police",
        ),
    ],
)
def test_the_said_is_an_adjective_not_a_speech_verb(label_en, sentence, clause, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == speaker
