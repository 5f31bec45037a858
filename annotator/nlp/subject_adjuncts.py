"""English adjuncts that stand apart from the subject of a speech verb: one opening the sentence
(`Referring to the plan of Chief Minister X, the Governor said ...`) and an aside between commas
after the subject (`The Governor, in his address to the Assembly, said ...`). A name inside them
is talked about; the subject is outside them. And the reverse: a comma inside a listed subject
(`Several officials, lawmakers and clerics said ...`) is no adjunct's end."""

from __future__ import annotations

import re

from annotator.nlp.resources import speech_words

_OPENERS = speech_words()["subject_adjunct_openers"]
#: First words that make the stretch before a comma an adjunct or a linking adverb, no list item.
_NOT_LIST_OPENERS = _OPENERS | speech_words()["sentence_adverbs"]
#: An aside between commas that ends right before the verb.
_ASIDE = re.compile(r",\s+(?P<opener>[a-z]+)\s[^,.;:]*,\s*$")
#: Small words a role before an aside may hold (`Minister for Information and Broadcasting`).
_ROLE_SMALL_WORDS = frozenset({"for", "of", "and", "the", "on"})
#: The longest subject before an aside.
MAX_SUBJECT_WORDS = 6


def past_opening_adjunct(text: str, region_start: int, verb_start: int) -> int:
    """Where the subject's clause starts when an adjunct of [subject_adjunct_openers] opens the sentence
    and a comma closes it before the verb; else ``region_start``."""
    opening = text[region_start:verb_start]
    words = opening.split(None, 1)
    if not words or words[0].lower() not in _OPENERS or not words[0][:1].isupper():
        return region_start
    comma = opening.find(",")
    if comma < 0 or not opening[comma + 1 :].strip():
        return region_start
    return region_start + comma + 1


def aside_before_verb(text: str, region_start: int, verb_start: int) -> int | None:
    """The offset of the comma that opens an aside of [subject_adjunct_openers] right before the verb, when
    a short capitalised subject (a name or a role) stands before it; else None."""
    found = _ASIDE.search(text, region_start, verb_start)
    if found is None or found.group("opener") not in _OPENERS:
        return None
    words = text[region_start : found.start()].split()
    if not 0 < len(words) <= MAX_SUBJECT_WORDS or not words[0][:1].isupper():
        return None
    if not all(word[:1].isupper() or word in _ROLE_SMALL_WORDS for word in words):
        return None
    return found.start()


#: The most words of the first item of a listed subject (`Several government officials`).
MAX_LIST_ITEM_WORDS = 4


def list_subject_start(text: str, region_start: int, start: int, subject_end: int) -> int:
    """`Several government officials, legislators and clerics said`: where a role subject starts
    when the words before its comma are the first item of a list the role closes with `and`; else
    ``start`` (the role starts after the comma)."""
    role = text[start:subject_end]
    first = text[region_start:start].rstrip(", ")
    if " and " not in f" {role} " or "," in role or "," in first or not first.strip():
        return start
    words = first.split()
    if len(words) > MAX_LIST_ITEM_WORDS or not words[-1].lower().endswith("s") or words[0].lower() in _NOT_LIST_OPENERS:
        return start  # a plural noun closes the first item (`officials`); `In Jakarta, X and Y said` is an adjunct
    return region_start
