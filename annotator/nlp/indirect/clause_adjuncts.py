"""An adjunct between the speech verb and its complementiser stays out of the report:
`menjelaskan, pada Senin (6/4) bahwa ...`, `mengatakan kepada wartawan bahwa ...`,
`mengatakan di Mapolres Garut, Senin, bahwa ...`. The report starts after `bahwa`/`that`."""

from __future__ import annotations

import re

from annotator.nlp.resources import speech_word_list, speech_words

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


#: The most characters an English adjunct may take between the speech verb and its `that`
#: (`said in its statement, published on the state news agency, that ...`).
MAX_ENGLISH_ADJUNCT_CHARS = 80
#: Words that open such an adjunct (`said during his speech that`, `told reporters before leaving`,
#: `confirmed by text message that`, `confirmed to X that`).
_ENGLISH_ADJUNCT = re.compile(r"\s*,?\s*(?:" + "|".join(speech_word_list("adjunct_prepositions_en")) + r")\b")
_THAT = re.compile(r"\bthat\b")
#: `, noting that`: a participle of its own speech before `that` (its clause is the participle's).
_PARTICIPLE_BEFORE = re.compile(r",\s+[a-z]+ing\s+$")
#: Words after `that` that make it a relative pronoun (`said in a statement that was released ...`).
_RELATIVE_NEXT = speech_words()["relative_that_next"]


def english_that_after_adjunct(text: str, begin: int, end: int, *, any_words: bool = False) -> int | None:
    """The offset right after `that` when an English adjunct stands between the verb ending at
    ``begin`` and its complementiser (``any_words``: whom `told` told, then an adjunct), else None.

    The adjunct holds no sentence end nor quotation mark, and `that` is no relative pronoun (the
    word after it is no auxiliary)."""
    window = text[begin : min(end, begin + MAX_ENGLISH_ADJUNCT_CHARS)]
    if not any_words and not _ENGLISH_ADJUNCT.match(window):
        return None
    that = _THAT.search(window)
    if that is None or any(mark in window[: that.start()] for mark in '.;:!?"“”'):
        return None
    if _PARTICIPLE_BEFORE.search(window, 0, that.start()):
        return None  # `said on Monday, noting that ...`: the report after `that` is the participle's
    following = text[begin + that.end() : end].split(None, 1)
    if not following or following[0].lower().strip(",") in _RELATIVE_NEXT:
        return None
    return begin + that.end()


#: Prepositions of whom a speaker addressed (`mengatakan kepada wartawan, ...`).
_ADDRESSEE_OPENERS = speech_words()["addressee_prepositions"]


def past_addressee_comma(text: str, begin: int, end: int) -> int:
    """`mengatakan kepada wartawan, warga sudah ...`: whom the speaker addressed and its comma stay
    out of the report (which starts after the comma); else ``begin``."""
    words = text[begin:end].split(None, MAX_ADJUNCT_WORDS + 1)
    if len(words) < 3 or words[0].lower() not in _ADDRESSEE_OPENERS:
        return begin
    offset = begin
    for word in words[1 : MAX_ADJUNCT_WORDS + 1]:
        offset = text.index(word, offset) + len(word)
        if word.endswith(","):
            while offset < end and text[offset].isspace():
                offset += 1
            return offset
        if word.endswith((".", "!", "?", ";", ":")):
            return begin
    return begin
