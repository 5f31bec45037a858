"""`As per police sources, ...` (South Asian English for `according to`): a cue only when a person
or a group that speaks follows within a few words; `as per the initial investigation`, `as per the
rules` name a document or a norm, no speaker (the real-set gold keeps those inside the report)."""

from __future__ import annotations

from annotator.nlp.resources import speech_words
from annotator.nlp.text.tokens import TokenIndex

#: Words that make the phrase after `as per` a speaker (`police`, `sources`, `a senior official`).
_SOURCES = frozenset(speech_words()["as_per_sources"])
#: How many words after `as per` may hold such a word (`the senior police official`).
MAX_WORDS = 4


def as_per_without_speaker(tokens: TokenIndex, index: int, after: int) -> bool:
    """Whether the `according` cue at word ``index`` is `as per` and no speaking source follows it
    within ``MAX_WORDS`` words (before any comma) from word ``after``."""
    if tokens.tokens[index].text.lower() != "as":
        return False
    for k in range(after, min(after + MAX_WORDS, len(tokens))):
        word = tokens.tokens[k].text
        if word == ",":
            break
        if word.lower() in _SOURCES:
            return False
    return True
