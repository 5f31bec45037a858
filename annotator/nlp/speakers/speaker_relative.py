"""How long a role phrase may be as a speaker. Most stop at eight words; an English indefinite role
with a relative clause describing the person (`a Palaing villager who sought refuge in a nearby
forest told ...`) may run to :data:`MAX_RELATIVE_ROLE_WORDS`: the text never names that person, and
the whole description is the speaker."""

from __future__ import annotations

from annotator.nlp.resources import speech_words

#: The longest role phrase in general.
MAX_ROLE_WORDS = 8
#: The longest `a/an ... who ...` role phrase.
MAX_RELATIVE_ROLE_WORDS = 12
_INDEFINITE = speech_words()["indefinite_articles_en"]


#: The longest English role phrase opened by a number or a quantifier and held by prepositions
#: (`Four land activists in a long-running dispute with the minister's wife say ...`).
MAX_COUNTED_ROLE_WORDS = 14
_COUNTED = speech_words()["counted_role_openers"]
#: Articles opening a role held together by `of` and `at` (`A team of investigators at the ... Office`).
_ARTICLES = speech_words()["english_articles"]
_OF_AT = speech_words()["of_at"]
#: Words after a past participle that keep it inside a noun phrase (`residents affected by ...`).
_AFTER_PARTICIPLE = speech_words()["after_participle_in_phrase"]
#: Words that hold a predicate (an auxiliary): no role phrase has one.
_AUXILIARIES = speech_words()["role_phrase_auxiliaries"]


def max_role_words(words: list[str], english: bool) -> int:
    """The most words the role phrase ``words`` may have."""
    if english and words and words[0].lower() in _INDEFINITE and "who" in words[2:4]:
        return MAX_RELATIVE_ROLE_WORDS
    if english and words and (words[0].lower() in _COUNTED or words[0].isdigit()) and _noun_phrase(words):
        return MAX_COUNTED_ROLE_WORDS
    held = _OF_AT.intersection(w.lower() for w in words)
    if english and words and words[0].lower() in _ARTICLES and held and _noun_phrase(words):
        return MAX_COUNTED_ROLE_WORDS  # `A team of investigators at the Harbor City Prosecutors' Office said ...`
    return MAX_ROLE_WORDS


def _noun_phrase(words: list[str]) -> bool:
    """No auxiliary and no past verb outside a participle before a preposition (`involved in`)."""
    for i, word in enumerate(words):
        if word.lower() in _AUXILIARIES or word in (",", ";"):
            return False
        following = words[i + 1].lower() if i + 1 < len(words) else ""
        if word.islower() and word.endswith("ed") and following not in _AFTER_PARTICIPLE:
            return False
    return True
