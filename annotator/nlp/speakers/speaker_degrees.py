"""A comma before a name's degrees belongs to the name (`Camat Sukamaju Budi Santoso, S.Sos
mengatakan bahwa ...`): the degrees close the name, they are no speaker of their own after a
report put first (`Penangkapan itu, kata dia, ...`). Without this the words before the comma were
taken for the report and the degree for the speaker."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.entities.people.entity_name_edges import words_before_degrees
from annotator.nlp.resources import load_resources, speech_words

#: A word between commas: the degrees are written with inner stops (`S.Pd.I`, `M.Si.`).
_WORD = re.compile(r"[^\s,]+")


@cache
def _degrees(lang: str) -> frozenset[str]:
    """The degrees of the entity words, without a final stop."""
    return frozenset(degree.rstrip(".") for degree in load_resources(lang).entity_words.get("degrees", ()))


@cache
def _adverbs() -> frozenset[str]:
    """Adverbs between a subject and its verb (`juga`, `pun`)."""
    return frozenset(speech_words()["adverbs"])


def only_degrees(text: str, start: int, end: int, lang: str) -> bool:
    """Whether ``text[start:end]`` holds one degree or more and nothing else but commas, spaces and
    adverbs after them (`S.Pd juga melaporkan`)."""
    words = _WORD.findall(text, start, end)
    while words and words[-1].lower() in _adverbs():
        words.pop()
    return bool(words) and words_before_degrees(words, _degrees(lang)) == 0


def comma_before_degrees(text: str, comma: int, start: int, end: int, lang: str) -> int:
    """The comma at ``comma`` (before ``end``), or, while only degrees stand between a comma and
    ``end``, the comma before them (-1 when none is left after ``start``)."""
    while comma >= 0 and only_degrees(text, comma + 1, end, lang):
        comma = text.rfind(",", start, comma)
    return comma
