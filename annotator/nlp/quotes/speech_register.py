"""The speaker's own voice: whether a stretch of text holds a first- or second-person pronoun or a
particle of spoken language (`kami`, `sih`, `we`, `I'm`), words a reporter's sentence rarely holds;
and the reporter's voice: the words a reporter's sentence names the speaker with (`pihaknya`, `he`).
Where a quote lost its opening mark, they tell the speaker's sentences from the reporter's."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.resources import read_list

_WORD = re.compile(r"[^\W\d_]+")


@cache
def register_words(lang: str, name: str = "speech_register.txt") -> frozenset[str]:
    """The words of ``lang``'s list ``name`` (`speech_register.txt`), in small letters."""
    return frozenset(word.lower() for word in read_list(lang, name))


def in_person(text: str, start: int, end: int, lang: str) -> bool:
    """Whether ``text[start:end]`` holds a word of the speaker's own voice. A word in capitals of
    more than one letter (`US`, `KAMI` in a headline) does not count; the part before an
    apostrophe does (`I'm`, `we're`)."""
    return _holds(text, start, end, register_words(lang))


def in_reporter_voice(text: str, start: int, end: int, lang: str) -> bool:
    """Whether ``text[start:end]`` holds a word the reporter names the speaker with in the third
    person (`reporter_voice.txt`: `pihaknya`, `ia`, `he`), counted as :func:`in_person` counts."""
    return _holds(text, start, end, register_words(lang, "reporter_voice.txt"))


def _holds(text: str, start: int, end: int, words: frozenset[str]) -> bool:
    for match in _WORD.finditer(text, start, end):
        word = match.group()
        if len(word) > 1 and word.isupper():
            continue
        if word.lower() in words:
            return True
    return False
