"""Round-ups that list their speakers (`1. X, Menteri Y di sela ...` then X's quotes, each in its own
paragraph with no cue): each quote under a numbered heading that opens with a person is that
person's (SPEAKER, no CUE, as for a quote after a sentence naming its speaker). A short label line
ending in a colon (`X, club coach:` / `Club coach X:`) heads its quotes the same way."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Analysis, Link, Mention

#: Score of a speaker taken from the numbered heading above a quote.
LISTED_SCORE = 0.5
#: A numbered heading: `1. `, `2) ` at a paragraph's start.
_NUMBERED = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+")
#: A speaker label line: short, no quotation mark, ending in a colon (`X, club coach:`).
_LABEL = re.compile(r"[ \t]*[^\n\"“”:]{3,80}:[ \t]*")
#: Opening marks a quote paragraph may start with.
_OPENERS = "\"“”'‘"


def speaker_listed_before(analysis: Analysis) -> None:
    """Link each unattributed direct quote that opens its paragraph, with only such quote
    paragraphs between it and a numbered heading, to the person the heading opens with."""
    spoken = {id(link.head) for link in analysis.links if link.label == "SPEAKER"}
    direct = sorted((q for q in analysis.quotes if q.attrs.get("type") != "indirect"), key=lambda q: q.start)
    for quote in direct:
        if id(quote) in spoken:
            continue
        heading = _heading_above(analysis, quote, direct)
        if heading is None:
            continue
        speaker = _heading_person(analysis, heading)
        if speaker is not None:
            if speaker not in analysis.speakers:
                analysis.speakers.append(speaker)
            analysis.links.append(Link(quote, speaker, "SPEAKER", score=LISTED_SCORE))


def _heading_above(analysis: Analysis, quote: Mention, direct: list[Mention]) -> int | None:
    """The start of the numbered heading or label line above ``quote`` when every non-blank
    paragraph from it to the quote is one whole quote, or of the label ``quote`` follows on its
    own line; else None."""
    text = analysis.text
    para = text.rfind("\n", 0, quote.start) + 1
    lead = text[para : quote.start].rstrip(_OPENERS + " \t")
    if lead:  # the quote opens its paragraph, or follows a label on its line (`X, club coach: “...”`)
        return para if _LABEL.fullmatch(lead) else None
    while para > 0:
        prev_end = para - 1
        prev = text.rfind("\n", 0, prev_end) + 1
        line = text[prev:prev_end]
        para = prev
        if not line.strip():
            continue
        if _NUMBERED.match(line) or _LABEL.fullmatch(line):
            return prev
        if not _whole_quote(text, prev, prev_end, direct):
            return None  # a paragraph that is not a whole quote breaks the list item
    return None


def _whole_quote(text: str, start: int, end: int, direct: list[Mention]) -> bool:
    """Whether the paragraph ``text[start:end]`` is one quote and its marks."""
    return any(
        start <= q.start
        and q.end <= end
        and not text[start : q.start].strip(_OPENERS + " \t")
        and not text[q.end : end].strip(_OPENERS + " \t.,")
        for q in direct
    )


def _heading_person(analysis: Analysis, heading: int) -> Mention | None:
    """A SPEAKER on the PERSON right after the heading's number, or on the PERSON a label line
    opens with or ends on just before its colon."""
    text = analysis.text
    numbered = _NUMBERED.match(text, heading)
    if numbered is not None:
        starts, ends = {numbered.end()}, set()
    else:
        label = text[heading : text.find(":", heading)]  # a label has one colon, at its end
        starts, ends = {heading + len(label) - len(label.lstrip(" \t"))}, {heading + len(label)}
    for entity in analysis.entities:
        if entity.label == "PERSON" and (entity.start in starts or entity.end in ends):
            return analysis.speaker_at(entity.start, entity.end, "name", "speaker_listed_before")
    return None
