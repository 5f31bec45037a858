"""A direct quote left unattributed right after indirect speech continues its speaker (the shared
"Real pages: decisions"): SPEAKER, no CUE."""

from __future__ import annotations

from annotator.nlp.analysis import Analysis, Link
from annotator.nlp.speech import only_furniture_between

#: Score of a direct quote's speaker taken from the indirect speech before it.
CONTINUATION_SCORE = 0.55


def continue_reported_speech(analysis: Analysis) -> None:
    """A direct quote left unattributed right after indirect speech (in its paragraph, or in the
    paragraph before when the quote opens its own) continues that speaker: SPEAKER, no CUE."""
    text = analysis.text
    speaker_of = {id(link.head): link.child for link in analysis.links if link.label == "SPEAKER"}
    furniture = [(m.start, m.end) for m in analysis.furniture if m.attrs.get("kind") != "dateline"]
    indirect = sorted(
        (q for q in analysis.quotes if q.attrs.get("type") == "indirect" and id(q) in speaker_of), key=lambda q: q.start
    )
    if not indirect:
        return
    for quote in analysis.quotes:
        if quote.attrs.get("type") == "indirect" or id(quote) in speaker_of:
            continue
        para_start = text.rfind("\n", 0, quote.start) + 1
        opens_paragraph = not text[para_start : quote.start].strip(" \"“”'‘\x00")
        before = [q for q in indirect if q.end <= quote.start]
        if not before:
            continue
        last = before[-1]
        between = text[last.end : quote.start]
        if "\n" in between:
            # Only the paragraph right before (blank lines and `Baca juga:` lines between allowed),
            # ended by the indirect speech, and only when the quote opens its own paragraph.
            gap_start = last.end + between.index("\n")
            if not opens_paragraph or any(char.isalnum() for char in between[: between.index("\n")]):
                continue
            if not only_furniture_between(text, gap_start, para_start, furniture):
                continue
        elif any(other.end <= quote.start and other.start > last.end for other in analysis.quotes):
            continue
        speaker = speaker_of[id(last)]
        analysis.links.append(Link(quote, speaker, "SPEAKER", score=CONTINUATION_SCORE))
