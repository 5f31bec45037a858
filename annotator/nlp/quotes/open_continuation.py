"""A quote paragraph that carries on a quote left open (`“There is more to do.` / `“We hope ...”`):
when the paragraph before ended inside a direct quote with no closing mark, the next paragraph
opening with a mark continues it, so it takes that quote's speaker and cue (the shared "Real
pages: decisions": a continuation keeps its quote's cue and speaker). The attribution rules already
share one attribution over such a run when a cue closes it; this covers runs whose first quote got
its speaker afterwards (from the indirect speech or the sentence before it)."""

from __future__ import annotations

from itertools import pairwise

from annotator.nlp.analysis import Analysis, Link, Mention

#: Score of a speaker carried over from the open quote before.
OPEN_CONTINUATION_SCORE = 0.5
_OPENING_MARKS = "\"“‘'"


def continue_open_quotes(analysis: Analysis) -> None:
    """Give an unattributed direct quote that opens its paragraph the speaker (and cue) of the
    direct quote ending the paragraph before, when that one was left without a closing mark."""
    text = analysis.text
    speaker_of = {id(link.head): link.child for link in analysis.links if link.label == "SPEAKER"}
    cue_of = {id(link.head): link.child for link in analysis.links if link.label == "CUE"}
    direct = sorted((q for q in analysis.quotes if q.attrs.get("type") != "indirect"), key=lambda q: q.start)
    for previous, quote in pairwise(direct):
        if id(quote) in speaker_of or id(previous) not in speaker_of:
            continue
        if not _left_open(text, previous) or not _opens_next_paragraph(text, previous, quote):
            continue
        speaker_of[id(quote)] = speaker_of[id(previous)]
        analysis.links.append(Link(quote, speaker_of[id(previous)], "SPEAKER", score=OPEN_CONTINUATION_SCORE))
        cue = cue_of.get(id(previous))
        if cue is not None:
            cue_of[id(quote)] = cue
            analysis.links.append(Link(quote, cue, "CUE", score=OPEN_CONTINUATION_SCORE))


def _left_open(text: str, quote: Mention) -> bool:
    """Whether only white space follows the quote to the end of its paragraph (no closing mark)."""
    line_end = text.find("\n", quote.end)
    return not text[quote.end : line_end if line_end >= 0 else len(text)].strip()


def _opens_next_paragraph(text: str, previous: Mention, quote: Mention) -> bool:
    """Whether ``quote`` opens, with a quotation mark, the first paragraph after ``previous``."""
    between = text[previous.end : quote.start]
    if "\n" not in between:
        return False
    head = between[between.rindex("\n") + 1 :]
    return not between[: between.rindex("\n")].strip() and bool(head.strip()) and not head.strip(_OPENING_MARKS + " \x00")
