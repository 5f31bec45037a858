"""A quoted phrase in the middle of an English indirect item (nlp/quotes/speech.py
``_reported_clause``, nlp/indirect/coordinated_clause.py ``_PASSIVE_SERIES``): woven into the
reported clause after a noun subject, it is no direct quote, and the item runs past it over the
next participle of the same passive series."""

from __future__ import annotations

from tests.nlp.helpers import run

WOVEN = (
    "Residents of the town were told to stay indoors.\n"
    "He said the driver was questioned at the scene, “interviewed about the crash on the bridge”, "
    "and released shortly after midnight.\n"
)


def test_quoted_phrase_inside_the_report_is_no_quote() -> None:
    assert run(WOVEN, "en").quotes() == []


def test_report_runs_over_the_quoted_phrase_and_the_next_participle() -> None:
    assert run(WOVEN, "en").texts("QUOTE", type="indirect") == [
        "the driver was questioned at the scene, “interviewed about the crash on the bridge”, "
        "and released shortly after midnight"
    ]


def test_inverted_cue_with_time_still_introduces_the_quote() -> None:
    text = (
        "Flooding closed the road on Monday.\n"
        "Said Inspector Clara Voss on Monday, “we will reopen it when the water goes down.”\n"
    )
    assert run(text, "en").quotes() == ["we will reopen it when the water goes down."]


def test_speaker_act_after_and_is_still_cut() -> None:
    text = "The mayor said the road would reopen on Friday, and welcomed the council's new budget.\n"
    assert run(text, "en").texts("QUOTE", type="indirect") == ["the road would reopen on Friday"]


def test_passive_report_then_the_speakers_act_is_still_cut() -> None:
    text = (
        "Hanoi warns on new cluster\n"
        "The city said two cases have been detected near the market, and urged agencies to speed up tracing.\n"
    )
    assert run(text, "en").texts("QUOTE", type="indirect") == ["two cases have been detected near the market"]
