"""Whom an English speech verb addresses before `that` (`warned residents that ...`, `informed the
court that ...`, `assured investors that ...`): a short noun phrase, no preposition first (`warned of
floods that could ...` keeps its relative `that`), so the report starts after `that`."""

from __future__ import annotations

import re

from annotator.nlp.resources import speech_words

_WORDS = speech_words()
#: Verbs whose object is the person addressed (`told` has a rule of its own).
_ADDRESSING = frozenset(_WORDS["addressing_cues"])
#: Words that cannot open the addressee: a preposition makes the `that` a relative one.
_NOT_FIRST = frozenset(_WORDS["addressee_not_first"])
#: The longest addressee (`the members of the committee`).
MAX_ADDRESSEE_WORDS = 5
#: How far after a speech verb its `that` may stand (whom it addresses: `told the police`).
MAX_CHARS_BEFORE_THAT = 40
_THAT = re.compile(r"\bthat\b")


def addresses(verb: str) -> bool:
    """Whether the speech verb ``verb`` takes whom it addresses as its object (`reassured residents
    their homes were safe`, en_indirect17)."""
    return verb.lower() in _ADDRESSING


def addressee_before_that(verb: str, between: str) -> bool:
    """Whether ``between`` (the words from the verb to `that`) is whom the verb ``verb`` addresses."""
    return addresses(verb) and is_addressee(between)


def is_addressee(between: str) -> bool:
    """Whether ``between`` reads as a short object naming whom a verb addresses (`the police`,
    `them`), not a phrase with a preposition first (`of floods`)."""
    if "," in between:
        return False
    words = between.split()
    if not 0 < len(words) <= MAX_ADDRESSEE_WORDS or words[0].lower() in _NOT_FIRST:
        return False
    return all(word.replace("-", "").replace("'", "").replace("’", "").isalpha() for word in words)


def owns_that(text: str, verb: str, verb_end: int, end: int) -> bool:
    """Whether `that` follows the speech verb ``verb`` (ending at ``verb_end``) at once or after whom
    it addresses (`told them that`), before ``end``: the verb's own report follows."""
    that = _THAT.search(text, verb_end, verb_end + MAX_CHARS_BEFORE_THAT)
    if that is None or that.start() > end:
        return False
    between = text[verb_end : that.start()]
    if not between.strip():
        return True
    return (verb.lower() == "told" and is_addressee(between)) or addressee_before_that(verb, between)
