"""English direct-quote speakers (issue 11, en_speakcount2 round): three causes counted on fresh
pages. A role speaker after its cue that keeps the place it works in or whom it is close to (`“...,”
said the official in the mayor's office`); a verb of the slot after a closing mark used before the
opening mark (`the coach joked, “...”`); a quote paragraph after a sentence whose report is
someone else's inside a trailing attribution (`X told police that ..., Foster said.` / `“...”`).
Invented examples only."""

from __future__ import annotations


def _quote(labelled, opening: str) -> str:
    """The text of the direct quote that opens with ``opening``."""
    found = [quote for quote in labelled.quotes() if quote.startswith(opening)]
    assert found, f"no quote opening {opening!r}; have {labelled.quotes()}"
    return found[0]


HARBOUR = (
    "The harbour board met the city council on Thursday over the new ferry fees.\n\n"
    "\"Nobody should expect the council to pay for a second pier,\" said the official in the mayor's "
    "office. \"We are looking at every option.\"\n\n"
    "\"The talks went well,\" said a source close to the negotiations.\n\n"
    "\"The fees stay until March,\" said an official at the transport ministry on Friday.\n"
)


def test_a_role_after_its_cue_keeps_its_place_of_work(label_en):
    labelled = label_en(HARBOUR)
    assert labelled.speaker_of(_quote(labelled, "Nobody should")) == "the official in the mayor's office"
    assert labelled.speaker_of(_quote(labelled, "We are looking")) == "the official in the mayor's office"
    assert labelled.speaker_of(_quote(labelled, "The talks")) == "a source close to the negotiations"
    assert labelled.speaker_of(_quote(labelled, "The fees stay")) == "an official at the transport ministry"


def test_a_role_after_its_cue_stops_before_an_occasion_or_a_city(label_en):
    """Guard: `in a statement`, `at a news conference` and a city say where or how it was said."""
    text = (
        "The harbour board met the city council on Thursday over the new ferry fees.\n\n"
        "\"The fees stay until March,\" said the spokesman in a statement.\n\n"
        "\"We will talk again next week,\" said the official at a news conference.\n\n"
        "\"The pier is safe,\" said the engineer in Mombasa.\n"
    )
    labelled = label_en(text)
    assert labelled.speaker_of(_quote(labelled, "The fees stay")) == "the spokesman"
    assert labelled.speaker_of(_quote(labelled, "We will talk")) == "the official"
    assert labelled.speaker_of(_quote(labelled, "The pier")) == "the engineer"


def test_a_close_only_verb_before_the_opening_mark_is_the_cue(label_en):
    text = (
        "Lakeside coach Ruth Ames met reporters after the cup final on Sunday.\n\n"
        "When one of them asked about the three penalties, the veteran coach joked, \"Who was counting "
        "them anyway?\"\n"
    )
    labelled = label_en(text)
    quote = _quote(labelled, "Who was counting")
    assert labelled.cue_of(quote) == "joked"
    assert labelled.speaker_of(quote) == "the veteran coach"


def test_a_close_only_verb_with_words_before_the_mark_is_no_cue(label_en):
    """Guard: `joked about the “...”` (words between the verb and the mark) introduces no quote."""
    text = (
        "Lakeside coach Ruth Ames met reporters after the cup final on Sunday.\n\n"
        "She joked about the \"three penalties that nobody in the stadium will ever forget\" and left.\n"
    )
    labelled = label_en(text)
    assert all(labelled.cue_of(quote) != "joked" for quote in labelled.quotes())


def test_a_trailing_attribution_owns_the_next_quote_paragraph(label_en):
    text = (
        "Police Minister Daniel Foster visited the village on Monday, a week after the flood.\n\n"
        "Before the rescue, the driver told officers that two more families were trapped on the hill, "
        "Foster said.\n\n"
        "\"We have sent two more boats and a helicopter to the hill this morning.\"\n"
    )
    labelled = label_en(text)
    quote = _quote(labelled, "We have sent")
    assert labelled.speaker_of(quote) == "Foster"
    assert labelled.resolved_speaker_of(quote) == "Daniel Foster"


def test_a_report_without_a_trailing_attribution_still_carries(label_en):
    """Guard: `Foster said that ...` / `“...”` goes on giving the quote to the reporter of the clause."""
    text = (
        "Police Minister Daniel Foster visited the village on Monday, a week after the flood.\n\n"
        "Foster said that two more families were trapped on the hill.\n\n"
        "\"We have sent two more boats and a helicopter to the hill this morning.\"\n"
    )
    labelled = label_en(text)
    quote = _quote(labelled, "We have sent")
    assert labelled.resolved_speaker_of(quote) == "Daniel Foster"
