"""A report before a participle that opens a direct quote in the same sentence (`X said [the town
would repave twelve streets], adding, "we cannot wait."`, en_indirect21): the sentence holds a
direct quote, but the part before the participle's comma is read as a sentence of its own."""

from __future__ import annotations

import re

from annotator.nlp.resources import speech_words

#: A speech participle and its comma or colon right before a direct quote (`, adding, "`, `, saying: “`).
_PARTICIPLE_BEFORE_QUOTE = re.compile(
    r",\s+(?:" + "|".join(sorted(speech_words()["participles"])) + r")\s*[,:]?\s*[\"“‘']?\s*$"
)


def end_before_quoting_participle(text: str, lang: str, blocked: list[tuple[int, int]], start: int, end: int) -> int | None:
    """Where the sentence from ``start`` ends before `, adding, "<quote>"` when the first blocked
    stretch (a direct quote) of the sentence follows that participle; None otherwise."""
    if lang != "en":
        return None
    inside = [s for s, e in blocked if s < end and start < e]
    if not inside:
        return None
    first = min(inside)
    if first <= start:
        return None
    found = _PARTICIPLE_BEFORE_QUOTE.search(text, start, first)
    return found.start() if found is not None else None
