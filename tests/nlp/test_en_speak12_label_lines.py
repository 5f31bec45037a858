"""English quotes under a speaker label line (issue 11, en_speak12 round): a short line ending in a
colon that names a person (`X, club coach:` / `Club coach X:`) heads the quote paragraphs below
it, as a numbered heading does (guidelines: SPEAKER, no CUE). Invented examples only."""

from __future__ import annotations

FIRST = "We defended well in the second half."
SECOND = "The young players grew into the game."


def _page(label: str) -> str:
    return (
        "Harbour City beat the Islanders 24-10 in the final on Sunday.\n\n"
        f"{label}\n\n"
        f"\u201c{FIRST}\u201d\n\n"
        f"\u201c{SECOND}\u201d\n"
    )


def test_a_name_then_role_label_heads_its_quotes(label_en):
    result = label_en(_page("Daniel Foster, Harbour City coach:"))
    assert result.speaker_of(FIRST) == "Daniel Foster"
    assert result.speaker_of(SECOND) == "Daniel Foster"


def test_a_role_then_name_label_heads_its_quotes(label_en):
    result = label_en(_page("Islanders coach Daniel Foster:"))
    assert result.speaker_of(FIRST) == "Daniel Foster"


def test_a_sentence_between_breaks_the_label(label_en):
    text = (
        "Daniel Foster, Harbour City coach:\n\n"
        "The coach left the ground early after the match on Sunday.\n\n"
        f"\u201c{FIRST}\u201d\n"
    )
    assert label_en(text).speaker_of(FIRST) != "Daniel Foster"


def test_a_label_without_a_person_names_nobody(label_en):
    result = label_en(_page("Result of the final:"))
    assert result.speaker_of(FIRST) in (None, "")
