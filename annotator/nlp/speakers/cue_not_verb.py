"""English cue words that are no speech verb where they stand (`people confirmed dead`, `Total
estimated losses`, `disputed claims that`, `minister Mohamed Said said`), for the indirect-speech rules."""

from __future__ import annotations

from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.attribution import Attributor

#: Adjectives before a past participle that make it part of a noun phrase (`Total estimated losses`).
_PARTICIPLE_MODIFIERS = speech_words()["participle_modifiers"]
#: Articles and prepositions before a past participle (`over alleged glorification`, `the reported attack`).
_DETERMINERS_BEFORE_PARTICIPLE = frozenset(speech_words()["determiners_before_participle"])
#: Determiners before `said` that make it the adjective `aforesaid` (`the said vehicle`).
_SAID_ADJECTIVE_DETERMINERS = frozenset(speech_words()["said_adjective_determiners"])
#: Determiners before a present-tense cue that make it a plural noun (`the claims`, `his notes`).
_NOUN_DETERMINERS = speech_words()["noun_determiners_before_cue"]
#: Present-tense cues spelt like a singular noun (`Residents claim ...` but `the mayor's claim that`).
_NOUN_LIKE_CUES = frozenset(speech_words()["noun_like_cues"])
#: Adjectives judging what was said (`false claims`): the cue after them is a plural noun.
_JUDGING_ADJECTIVES = frozenset(speech_words()["judging_adjectives_before_cue_en"])


#: Two-word adverbs ending in a cue word, set off by a comma (`All told, ...`).
_CUE_IDIOMS = frozenset(speech_words()["cue_word_idioms"])


def cue_word_idiom(attributor: Attributor, k: int) -> bool:
    """`All told, 40 people were hurt`: the cue word at token ``k`` ends an adverb of
    [cue_word_idioms] set off by a comma, and nobody told anything."""
    tokens = attributor.tokens.tokens
    if k == 0 or not attributor.text.startswith(",", tokens[k].end):
        return False
    return f"{tokens[k - 1].text} {tokens[k].text}".lower() in _CUE_IDIOMS


def _noun_before(word: str, gap: str) -> bool:
    """A word before `claims`/`notes` that makes it a noun: a determiner, a possessive (``gap`` is the
    text before the cue, `the mayor's `), `a`/`an`, an adjective judging the words (`false`) or a
    past-tense verb."""
    lower = word.lower()
    if lower in ("a", "an") or gap.rstrip().endswith(("'s", "’s")):
        return True  # `a claim that`, `the mayor's claim that`
    if lower in _JUDGING_ADJECTIVES and word.islower():
        return True  # `repeated false claims that ...`
    return lower in _NOUN_DETERMINERS or (lower.endswith("ed") and len(lower) > 4 and word.islower())


#: A state after a participle (`the number of people confirmed dead`): a passive, not someone speaking.
_STATES_AFTER_PARTICIPLE = speech_words()["states_after_participle"]


def not_a_verb(attributor: Attributor, k: int, verb_end: int) -> bool:
    """An English cue word that is no verb here: a participle before a state (`people confirmed dead`)
    or after an adjective (`Total estimated losses`), a plural noun (`disputed claims that`), or a
    name written like a verb before the verb itself (`minister Mohamed Said said`)."""
    if attributor.analysis.lang != "en":
        return False
    tokens = attributor.tokens.tokens
    following = tokens[verb_end] if verb_end < len(tokens) else None
    if following is not None and following.text.lower() in _STATES_AFTER_PARTICIPLE:
        return True
    if k > 0 and tokens[k - 1].text.lower() in _PARTICIPLE_MODIFIERS:
        return True  # `Total estimated losses were ...`: an adjective, the participle is no verb
    word = tokens[k].text
    if k > 0 and word.endswith("ed") and tokens[k - 1].text.lower() in _DETERMINERS_BEFORE_PARTICIPLE:
        return True  # `Nigeria to sanction BBC over alleged glorification of terrorism`: an adjective
    if k > 0 and word == "said" and tokens[k - 1].text.lower() in _SAID_ADJECTIVE_DETERMINERS:
        return True  # `the said suspects fled`: `said` as `aforesaid`, court and police English
    if k > 0 and word.islower() and (word.endswith("s") or word in _NOUN_LIKE_CUES) and _noun_before(
        tokens[k - 1].text, attributor.text[max(0, tokens[k].start - 4) : tokens[k].start]
    ):
        return True  # `disputed claims that ...`, `the claims that ...`: a plural noun, not a verb
    return (
        k > 0
        and word[:1].isupper()
        and tokens[k - 1].is_cap
        and following is not None
        and following.text.islower()
        and attributor.lex.cues_before.match(attributor.tokens, verb_end) is not None
    )
