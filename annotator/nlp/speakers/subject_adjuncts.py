"""English adjuncts that stand apart from the subject of a speech verb: one opening the sentence
(`Referring to the plan of Chief Minister X, the Governor said ...`) and an aside between commas
after the subject (`The Governor, in his address to the Assembly, said ...`). A name inside them
is talked about; the subject is outside them. And the reverse: a comma inside a listed subject
(`Several officials, lawmakers and clerics said ...`) is no adjunct's end."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from annotator.nlp.resources import speech_words
from annotator.nlp.text.tokenizer import Token

if TYPE_CHECKING:
    from annotator.nlp.speakers.attribution import Attributor

_OPENERS = speech_words()["subject_adjunct_openers"]
#: First words that make the stretch before a comma an adjunct or a linking adverb, no list item.
_NOT_LIST_OPENERS = _OPENERS | speech_words()["sentence_adverbs"]
#: An aside between commas that ends right before the verb.
_ASIDE = re.compile(r",\s+(?P<opener>[a-z]+)\s[^,.;:]*,\s*(?:(?:has|have|had)\s+)?$")
#: Small words a role before an aside may hold (`Minister for Information and Broadcasting`).
_ROLE_SMALL_WORDS = speech_words()["role_small_words"]
#: The longest subject before an aside.
MAX_SUBJECT_WORDS = 6
_ASIDE_DETERMINERS = speech_words()["aside_subject_determiners"]
#: Endings of an English possessive (`bank's`, `bank’s`, `banks'`).
_POSSESSIVE_ENDINGS = ("'s", "’s", "'", "’")
#: Articles before a past participle that make it an adjective (`An informed source`).
_ARTICLES = speech_words()["english_articles"]
_STATEMENT_NOUNS = speech_words()["statement_adjunct_nouns"]
#: `in a speech at ... on Tuesday,` right before the verb: a preposition, a determiner, at most two
#: words, the noun, then anything but a sentence break (a comma only at its end).
_STATEMENT_ADJUNCT = re.compile(
    r"\s(?:in|during|at|through)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?P<noun>[a-z]+)\b[^,.;:]*,?\s*$"
)


_SUBJECT_DETERMINERS = "|".join(speech_words()["noun_phrase_determiners_en"])
#: A short adjunct with no comma after it: the opener, one noun in small letters (with a determiner
#: or none), then a subject that opens with a determiner or `one` (`During questioning the driver
#: said`, `After the meeting the mayor said`, `Under interrogation one of the suspects said`).
_UNPUNCTUATED_ADJUNCT = re.compile(
    rf"\s*[A-Z][a-z]+\s+(?:(?:{_SUBJECT_DETERMINERS})\s+)?[a-z]+\s+(?=(?:{_SUBJECT_DETERMINERS}|one)\s)"
)


def past_opening_adjunct(text: str, region_start: int, verb_start: int) -> int:
    """Where the subject's clause starts when an adjunct of [subject_adjunct_openers] opens the sentence
    and a comma closes it before the verb, or a short one with no comma (en_indirect20); else
    ``region_start``."""
    opening = text[region_start:verb_start]
    words = opening.split(None, 1)
    if not words or words[0].lower() not in _OPENERS or not words[0][:1].isupper():
        return region_start
    comma = opening.find(",")
    if comma < 0:
        short = _UNPUNCTUATED_ADJUNCT.match(opening)
        return region_start + short.end() if short is not None else region_start
    if not opening[comma + 1 :].strip():
        return region_start
    return region_start + comma + 1


def opens_with_adjunct(text: str, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` open with an adjunct's first word or a sentence
    adverb (`On Monday,`, `Meanwhile,`): a stretch that reports nothing of its own."""
    words = text[start:end].split(None, 1)
    return bool(words) and words[0].lower().strip(",") in _NOT_LIST_OPENERS


def words_in_opening_adjunct(attributor: Attributor, start: int, end: int) -> int:
    """How many tokens an English adjunct of [subject_adjunct_openers] that opens the sentence takes
    up to its comma (`In his speech during the ... at the ... in Pasay City, X said`): the verb is
    sought that much further from the sentence start; 0 without such an adjunct."""
    if attributor.analysis.lang != "en":
        return 0
    after = past_opening_adjunct(attributor.text, start, end)
    if after == start:
        return 0
    tokens = attributor.tokens
    return tokens.first_at_or_after(after) - tokens.first_at_or_after(start)


def aside_before_verb(text: str, region_start: int, verb_start: int) -> int | None:
    """The offset of the comma that opens an aside of [subject_adjunct_openers] right before the verb, when
    a short capitalised subject (a name or a role) stands before it; else None."""
    found = _ASIDE.search(text, region_start, verb_start)
    if found is None or found.group("opener") not in _OPENERS:
        return None
    words = text[region_start : found.start()].split()
    if not 0 < len(words) <= MAX_SUBJECT_WORDS or not words[0][:1].isupper():
        return None
    if not all(_name_word(word) for word in words) and not common_subject(words):
        return None
    return found.start()


#: An adverb of [aside_adverbs] between commas that ends right before the verb.
_ADVERB_ASIDE = re.compile(
    r",\s+(?:(?i:" + "|".join(sorted((re.escape(a) for a in speech_words()["aside_adverbs"]), key=len, reverse=True))
    + r")|(?:citing|quoting)\s[^,]{1,60}),\s*(?:(?:has|have|had)\s+)?$"  # `The agency, citing a police source, said`
)


def adverb_aside_before_verb(text: str, region_start: int, verb_start: int) -> int | None:
    """The offset of the comma that opens an adverb aside right before the verb (`The Health Ministry,
    meanwhile, reported`), when a subject stands before it; else None."""
    found = _ADVERB_ASIDE.search(text, region_start, verb_start)
    if found is None or not text[region_start : found.start()].strip():
        return None
    return found.start()


def _name_word(word: str) -> bool:
    """A word of a capitalised subject: capitalised, a small word, or an acronym in brackets (`(PMO)`)."""
    return word[:1].isupper() or word in _ROLE_SMALL_WORDS or (word.startswith("(") and word[1:2].isupper())


def adjective_participle(tokens: Sequence[Token], k: int) -> bool:
    """`An informed source`, `the reported attack`: a past participle right after an article is an
    adjective inside a subject, not its verb."""
    return k > 0 and tokens[k].text.endswith("ed") and tokens[k - 1].text.lower() in _ARTICLES


def common_subject(words: list[str]) -> bool:
    """`The exchange`, `The deputy governor`: a determiner and lower-case nouns, no past verb
    (`The rupiah weakened, at least for now, said ...` has no subject before its aside). A possessive
    may stand among them or for the determiner (`The bank's governor`, `Kenya's finance minister`)."""
    if len(words) > 1 and _possessive(words[0]) and words[0][:1].isupper() and _subject_word(_possessor(words[0])):
        return all(_subject_word(_possessor(word)) for word in words[1:])
    return words[0].lower() in _ASIDE_DETERMINERS and all(_subject_word(_possessor(word)) for word in words[1:])


def _possessive(word: str) -> bool:
    """`company's`, `Kenya’s`, `farmers'`: a word that owns the noun after it."""
    return word.endswith(_POSSESSIVE_ENDINGS) and len(word) > 2


def _possessor(word: str) -> str:
    """The word without its possessive ending (`company's` → `company`), else the word itself."""
    for ending in _POSSESSIVE_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending):
            return word[: -len(ending)]
    return word


#: Conjunctions that may open the sentence before a subject (`But the defence team of X, who ...,`).
_OPENING_CONJUNCTIONS = frozenset({"but", "and", "yet"}) | _NOT_LIST_OPENERS
#: The longest common subject before a relative clause (`The defence team of the former mayor`).
MAX_INSERTION_SUBJECT_WORDS = 8


def insertion_subject(words: list[str]) -> bool:
    """A common subject before a relative clause between commas (`But the defence team of the former
    mayor, who ...,`): an opening conjunction aside, a determiner, lower-case nouns and `of` phrases."""
    if words and words[0][:1].isupper() and words[0].lower() in _OPENING_CONJUNCTIONS:
        words = words[1:]
    return 0 < len(words) <= MAX_INSERTION_SUBJECT_WORDS and common_subject(words)


def _subject_word(word: str) -> bool:
    """A word of a common subject: letters, no past verb or participle, but a hyphenated compound may
    end like one (`A high-ranking Thai security official`) and hold an age (`A 40-year-old man`)."""
    if "-" in word.strip("-"):
        return word.replace("-", "").isalnum()
    return word.isalpha() and not word.endswith(("ed", "ing"))


def adjunct_before_verb(text: str, region_start: int, verb_start: int) -> int | None:
    """`The governor in a speech at the bank on Tuesday, said ...`: the offset where an adjunct of
    [statement_adjunct_nouns] starts, with no comma before it, when a short subject stands before it
    and the adjunct (an optional comma closing it) ends right before the verb; else None."""
    found = _STATEMENT_ADJUNCT.search(text, region_start, verb_start)
    while found is not None and found.group("noun").lower() not in _STATEMENT_NOUNS:
        found = _STATEMENT_ADJUNCT.search(text, found.end("noun"), verb_start)
    if found is None:
        return None
    words = text[region_start : found.start()].split()
    if not 0 < len(words) <= MAX_SUBJECT_WORDS or not words[0][:1].isupper():
        return None
    if not all(word[:1].isupper() or word in _ROLE_SMALL_WORDS for word in words) and not common_subject(words):
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
