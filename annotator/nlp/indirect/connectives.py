"""Sentence connectives before a cue inside the opening of a sentence (`Sementara itu, menurut X,
...`, `Meski demikian, lanjut X, ...`): they link the sentence to the one before, so they are no
part of the report, which starts after the cue and its speaker (real pages: decisions, `Namun, kata
Lestari, [...]`)."""

from __future__ import annotations

import re

from annotator.nlp.resources import speech_words

#: Connectives that may open a sentence before a cue (`Namun menurut X, ...`, `Oleh karena itu, ...`).
_CONNECTIVES = speech_words()["menurut_connectives"] | speech_words()["speaker_connectives"]
_ALTERNATION = "|".join(sorted((c.replace(" ", r"\s+") for c in _CONNECTIVES), key=len, reverse=True))
#: `menurut` in lower case opening a report after a connective.
LOWER_MENURUT = re.compile(r"(?:^|[.!?]\s+|\n)\s*(?i:" + _ALTERNATION + r")\b,?\s+(menurut)\b")
#: A whole opening that is one connective and its comma (`Oleh karena itu,`).
_CONNECTIVE_ONLY = re.compile(r"\s*(?i:" + _ALTERNATION + r"),?\s*")
#: The most words of a connective (`pada kesempatan tersebut`).
MAX_CONNECTIVE_WORDS = max(len(c.split()) for c in _CONNECTIVES)


def connective_only(opening: str) -> bool:
    """Whether the words before a cue are one sentence connective (`Di sisi lain,`, `Oleh karena itu`)."""
    return _CONNECTIVE_ONLY.fullmatch(opening) is not None
