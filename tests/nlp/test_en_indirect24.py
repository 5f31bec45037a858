"""English reported speech (issue 11, en_indirect24): the reporter's account of what the words led
to (`, sparking fears of ...`) and a directive with its own `that` after a bare `and` (`and ordered
that ...`) end the report before them; an infinitive cue after a feeling in a second predicate (`and
was proud to say that ...`) opens a report of its own; `told a news briefing <clause>` reports.
Invented examples only."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "The factory owner said the plant would close in March, sparking fears of hundreds of lost jobs.",
            "the plant would close in March",
        ),
        (
            "The governor said the dam was no longer safe, prompting calls for an inquiry into the builders.",
            "the dam was no longer safe",
        ),
    ],
)
def test_consequence_participle_ends_the_report(label_en, sentence, clause):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]


def test_directive_with_that_after_and_ends_the_report(label_en):
    result = label_en("The magistrate said the evidence against the driver was weak and ordered that he be freed at once.")
    assert result.texts("QUOTE", type="indirect") == ["the evidence against the driver was weak"]
    assert result.speaker_of("the evidence against the driver was weak") == "The magistrate"


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # a speech participle still ends the report and opens its own
        (
            "The factory owner said the plant would close in March, adding that the staff would be paid.",
            "the plant would close in March",
        ),
        # a consequence before an event, no reaction, may be the speaker's own account: it stays
        (
            "The spokesman said officers received a tip about a stolen car, prompting a chase across the district.",
            "officers received a tip about a stolen car, prompting a chase across the district",
        ),
        # `ordered` with an object and no `that` after a bare `and` stays in the report
        (
            "The coach said the players had trained hard and ordered new boots for the final match.",
            "the players had trained hard and ordered new boots for the final match",
        ),
    ],
)
def test_guards_keep_other_shapes(label_en, sentence, clause):
    result = label_en(sentence)
    assert clause in result.texts("QUOTE", type="indirect")


@pytest.mark.parametrize(
    "sentence",
    [
        "The principal revealed that the school had doubled its intake and was proud to say that every pupil had passed.",
        "The principal revealed that the school had doubled its intake and went on to say that every pupil had passed.",
    ],
)
def test_infinitive_cue_in_a_second_predicate(label_en, sentence):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == ["the school had doubled its intake", "every pupil had passed"]
    assert result.cue_of("every pupil had passed") == "say"
    assert result.speaker_of("every pupil had passed") == "The principal"


def test_feeling_before_an_infinitive_cue_alone(label_en):
    result = label_en("The principal was proud to say that every pupil had passed the exam.")
    assert result.texts("QUOTE", type="indirect") == ["every pupil had passed the exam"]
    assert result.cue_of("every pupil had passed the exam") == "say"


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # a feeling with no speech verb after it stays in the report
        (
            "The principal said the school had doubled its intake and was proud of the new library.",
            "the school had doubled its intake and was proud of the new library",
        ),
        (
            "The principal said that the school was proud to host the final and the pupils were ready.",
            "the school was proud to host the final and the pupils were ready",
        ),
    ],
)
def test_feeling_without_a_speech_verb_stays(label_en, sentence, clause):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister told a news briefing the talks would resume next week.",
        "The minister told a press briefing on Monday the talks would resume next week.",
    ],
)
def test_told_a_briefing_then_a_clause(label_en, sentence):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == ["the talks would resume next week"]
    assert result.cue_of("the talks would resume next week") == "told"
    assert result.speaker_of("the talks would resume next week") == "The minister"


def test_told_a_briefing_with_a_request_is_no_report(label_en):
    result = label_en("The minister told a news briefing to wait for the final figures.")
    assert result.texts("QUOTE", type="indirect") == []
