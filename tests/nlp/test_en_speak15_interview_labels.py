"""English direct quotes (issue 11, en_speak15 round): an interview transcript names the speaker on
a short line without a colon (`Daniel Foster, captain`) and puts the interviewer's topic lines
(`On the final:`) between it and the answers; each answer is that person's (SPEAKER, no CUE).
Invented examples only."""

from __future__ import annotations

FIRST = "It has not sunk in yet. We lost two games in a row and came back stronger."
SECOND = "I will take it one season at a time. My knees are not what they were."
THIRD = "It means everything to the people back home."


def test_answers_under_a_name_line_and_topic_lines(label_en):
    text = (
        "Reaction from captain Daniel Foster and wing Peter Mwangi after the cup final in Lakeside.\n\n"
        "Daniel Foster, captain\n\n"
        "On how it feels:\n\n"
        f"“{FIRST}”\n\n"
        "On his future:\n\n"
        f"“{SECOND}”\n\n"
        "Peter Mwangi, wing\n\n"
        "On the win:\n\n"
        f"“{THIRD}”\n"
    )
    labelled = label_en(text)
    assert labelled.speaker_of(FIRST) == "Daniel Foster"
    assert labelled.speaker_of(SECOND) == "Daniel Foster"
    assert labelled.speaker_of(THIRD) == "Peter Mwangi"
    assert labelled.cue_of(FIRST) is None


def test_a_name_line_without_a_topic_line_heads_nothing(label_en):
    """Guard: without the interviewer's topic line, a short line with a name (a caption, a byline)
    does not head the quote under it."""
    text = f"Captain Daniel Foster spoke after the final.\n\nDaniel Foster, captain\n\n“{FIRST}”\n"
    assert label_en(text).speaker_of(FIRST) is None


def test_a_reporters_sentence_above_the_topic_line_breaks_the_transcript(label_en):
    """Guard: only whole quote paragraphs and topic lines may stand between the name line and the answer."""
    text = (
        "Captain Daniel Foster spoke after the final.\n\n"
        "Daniel Foster, captain\n\n"
        "The side trained in the rain on Thursday before the final.\n\n"
        "On how it feels:\n\n"
        f"“{FIRST}”\n"
    )
    assert label_en(text).speaker_of(FIRST) is None
