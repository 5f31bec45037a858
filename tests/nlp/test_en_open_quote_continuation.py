"""A quote paragraph continuing a quote left open (no closing mark at its paragraph's end) keeps
that quote's speaker, also when the open quote got its speaker from the indirect speech before it
(issue 11, en_speakers3 round). Invented examples only."""

from __future__ import annotations

import pytest

FIRST = "Queues at the border post have doubled since spring."
SECOND = "We expect the new lanes to open before the holidays."


def test_a_paragraph_after_an_open_quote_keeps_its_speaker(label_en):
    text = (
        "Customs chief Ingrid Solberg said the post needed more staff.\n\n"
        "She also noted that traffic had grown every month this year.\n\n"
        f"“{FIRST}\n\n"
        f"“{SECOND}”\n\n"
        "The post handles about 4,000 lorries a day."
    )
    result = label_en(text)
    assert result.resolved_speaker_of(SECOND) == result.resolved_speaker_of(FIRST) == "Ingrid Solberg"


def test_a_paragraph_after_a_closed_quote_gets_no_speaker_from_it(label_en):
    text = (
        "Customs chief Ingrid Solberg said the post needed more staff.\n\n"
        "She also noted that traffic had grown every month this year.\n\n"
        f"“{FIRST}”\n\n"
        "Hauliers have complained for months.\n\n"
        f"“{SECOND}”"
    )
    assert label_en(text).resolved_speaker_of(SECOND) is None


def test_a_quote_paragraph_after_a_titled_speaker_with_a_speech_verb_is_theirs(label_en):
    text = (
        "Fire Commissioner Nadia Hakimi says to keep the roads clear, the brigade asks drivers to "
        "stay home.\n\n"
        f"“{FIRST}”"
    )
    assert label_en(text).resolved_speaker_of(FIRST) == "Nadia Hakimi"


def test_a_quote_paragraph_after_a_person_without_a_speech_verb_gets_no_speaker(label_en):
    text = "Police arrested Nadia Hakimi at the border post on Monday.\n\n" f"“{FIRST}”"
    assert label_en(text).resolved_speaker_of(FIRST) is None


@pytest.mark.parametrize("verb", ["emphasises", "emphasizes", "admits"])
def test_a_present_tense_verb_after_a_closing_mark_is_the_cue(label_en, verb):
    text = f"“{SECOND}” Deputy Commissioner Ivo Maric {verb}."
    result = label_en(text)
    assert result.cue_of(SECOND) == verb
    assert result.resolved_speaker_of(SECOND) == "Ivo Maric"
