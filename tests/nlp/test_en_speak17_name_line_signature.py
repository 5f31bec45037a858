"""English direct quotes (issue 11, en_speak17 round): a quote paragraph signed by a name line with
no dash under it (`“...”` / `Lakeside captain X on the return leg`, a bare name, `X, the Lakeside
coach`) takes that person as its speaker. Invented examples only."""

from __future__ import annotations

FIRST = "We gave everything in the second half and I am proud of every one of them."
SECOND = "If we play like that in the return leg, nobody will beat us."
THIRD = "The referee had a hard night, but that is football."


def test_quote_paragraphs_signed_by_name_lines(label_en):
    text = (
        "Reaction from the riverside ground after the draw.\n"
        f"“{FIRST}”\n"
        "Lakeside captain Daniel Foster on the prospect of Harbour City’s return leg.\n"
        f"“{SECOND}”\n"
        "Mary Wanjiku\n"
        f"“{THIRD}”\n"
        "Ruth Ames, head coach\n"
    )
    labelled = label_en(text)
    assert labelled.speaker_of(FIRST) == "Daniel Foster"
    assert labelled.speaker_of(SECOND) == "Mary Wanjiku"
    assert labelled.speaker_of(THIRD) == "Ruth Ames"
    assert labelled.cue_of(FIRST) is None


def test_a_reporters_sentence_after_a_quote_signs_nothing(label_en):
    """Guard: a paragraph opening with a name and going on with a verb is the reporter's."""
    text = (
        "Reaction from the riverside ground after the draw.\n"
        f"“{FIRST}”\n"
        "Daniel Foster scored twice in the second half.\n"
    )
    assert label_en(text).speaker_of(FIRST) is None


def test_name_lines_heading_their_quotes_sign_nothing_below(label_en):
    """Guard: name lines standing over the quotes (`X` / `“...”` / `Y` / `“...”`) head them; the
    quote under the first one is not signed by the second name line."""
    text = (
        "Reaction from the riverside ground after the draw.\n"
        "Daniel Foster\n"
        f"“{FIRST}”\n"
        "Mary Wanjiku\n"
        f"“{SECOND}”\n"
    )
    assert label_en(text).speaker_of(FIRST) != "Mary Wanjiku"
