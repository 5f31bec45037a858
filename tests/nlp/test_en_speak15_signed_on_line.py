"""English direct quotes (issue 11, en_speak15 round): a quote paragraph signed after a dash on its
own line (`‘...’ – Harbour City coach X on the late penalty.`) takes the signer as its speaker, and
does not take the speaker of the quote paragraph before it. Invented examples only."""

from __future__ import annotations

FIRST = "We were lucky to be level at half time and we know it."
SECOND = "Nobody in that dressing room gave up, not for one minute."
THIRD = "It was the longest week of my life, but the boys came through it."


def test_quotes_signed_on_their_own_line(label_en):
    text = (
        "The best lines of the weekend's cup matches.\n"
        f"‘{FIRST}’ – Harbour City coach Daniel Foster on the late penalty.\n"
        f"‘{SECOND}’ – Lakeside captain Mary Wanjiku after the comeback win.\n"
    )
    labelled = label_en(text)
    assert labelled.speaker_of(FIRST) == "Daniel Foster"
    assert labelled.speaker_of(SECOND) == "Mary Wanjiku"
    assert labelled.cue_of(FIRST) is None


def test_a_signed_quote_does_not_continue_the_speaker_before(label_en):
    text = (
        "The best lines of the weekend's cup matches.\n"
        f"“{FIRST}” Harbour City coach Daniel Foster said after the draw.\n"
        f"“{THIRD}” – Peter Mwangi’s view of the semi-final.\n"
    )
    labelled = label_en(text)
    assert labelled.speaker_of(FIRST) == "Daniel Foster"
    assert labelled.speaker_of(THIRD) == "Peter Mwangi"


def test_a_dash_after_a_quote_that_names_no_one_signs_nothing(label_en):
    """Guard: the words after the dash must describe the person (no verb before the name)."""
    text = f"“{FIRST}” Daniel Foster said.\n“{SECOND}” – and then police arrested Peter Mwangi.\n"
    labelled = label_en(text)
    assert labelled.speaker_of(SECOND) == "Daniel Foster"


def test_a_quote_inside_the_reporters_paragraph_is_not_signed(label_en):
    """Guard: only a quote that opens its paragraph is signed by a dash after it."""
    text = (
        "Harbour City coach Daniel Foster ended the press conference with one line: “We go again next "
        "week.” – Lakeside captain Mary Wanjiku left without a word.\n"
    )
    assert label_en(text).speaker_of("We go again next week.") != "Mary Wanjiku"
