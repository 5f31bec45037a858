"""A quote paragraph continuing a quote left open (no closing mark at its paragraph's end) keeps
that quote's speaker, also when the open quote got its speaker from the indirect speech before it
(issue 11, en_speakers3 round). Invented examples only."""

from __future__ import annotations

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
