"""An adjunct between the speech verb and its complementiser stays out of the report:
`menjelaskan, pada Senin (6/4) bahwa ...`, `mengatakan kepada wartawan bahwa ...`,
`mengatakan di Mapolres Garut, Senin, bahwa ...`. The report starts after `bahwa`/`that`."""

from __future__ import annotations

from annotator.nlp.resources import speech_words

#: Words that open an adjunct of time, place or addressee before the complementiser.
ADJUNCT_OPENERS = speech_words()["adjunct_openers"]
#: An adjunct longer than this is a clause of its own, not a phrase before the complementiser.
MAX_ADJUNCT_WORDS = 6


def past_adjunct(text: str, begin: int, end: int, complementisers: frozenset[str] | set[str]) -> int:
    """Where the report starts when an adjunct and a complementiser open the text at ``begin``
    (the offset right after the complementiser); else ``begin``."""
    words = text[begin:end].split(None, MAX_ADJUNCT_WORDS + 1)
    if len(words) < 2 or words[0].lower().strip(",") not in ADJUNCT_OPENERS:
        return begin
    offset = begin
    for number, word in enumerate(words[: MAX_ADJUNCT_WORDS + 1]):
        offset = text.index(word, offset) + len(word)
        if number > 0 and word.lower().strip(",") in complementisers:
            while offset < end and (text[offset].isspace() or text[offset] == ","):
                offset += 1
            return offset
        if word.endswith((".", "!", "?", ";", ":")) and not word.endswith(")."):
            return begin
    return begin
