"""Who a speech verb addresses before its report (`X told Reuters it would appeal`), and whether
a stretch after a verb reads as a clause of its own (a subject and soon a finite verb)."""

from __future__ import annotations

import re

from annotator.nlp.resources import speech_word_list, speech_words
from annotator.nlp.speakers.attribution import Attributor

_WORDS = speech_words()
#: An outlet named by its kind (`local broadcaster NHK`, `state television`, `French daily Le Monde`).
_MEDIA = sorted(_WORDS["addressee_media"], key=len, reverse=True)  # `news agency` before `agency`
_MEDIUM = (
    r"(?:(?:" + "|".join(re.escape(word) for word in sorted(_WORDS["addressee_media_modifiers"]))
    + r"|[A-Z][\w-]+)\s+){0,2}(?:" + "|".join(re.escape(word) for word in _MEDIA)
    + r")(?:\s+[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})?"
)
#: Who is told (`told reporters`, `told the BBC`, `told a news conference in Lusaka on Monday`, `told a
#: press briefing`).
_ADDRESSEE = re.compile(
    r"\s+(?:(?:the|a|an)\s+)?(?:" + _MEDIUM + r"|" + "".join(f"{word}|" for word in speech_word_list("addressee_people"))
    + "".join(f"{word}|" for word in sorted(speech_words()["addressee_nouns"]))
    + r"(?:news|press)\s+(?:conference|briefing)|" + "".join(f"{word}|" for word in speech_word_list("addressee_gatherings")) +
    r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}(?:\s+(?:news\s+agency|newspaper|television|radio))?)(?:\s+(?:in|at|on)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?){0,2}(?:\s+|(?=,))"
)  # the addressee may stand before a comma (`told the Herald, asking not to be named`)
#: A reported clause after the addressee opens with a subject and soon has a finite verb.
_SUBJECT_START = re.compile(
    r"(?:"
    + "|".join((*speech_word_list("clause_subject_pronouns_en"), "i", "there", *speech_word_list("noun_phrase_determiners_en")))
    + r"|[A-Z][\w'’-]*)\b"
)
_FINITE_SOON = re.compile(
    r"^(?:\S+\s+){0,6}?(?:would|will|had|has|have|was|were|is|are|could|should|can|did|must|might|\w+ed|"
    + "|".join(sorted(speech_words().get("irregular_pasts", [])))  # `told investigators he made ...`
    + r")\b"
)


#: Whom `told` addressed and a relative clause on it (`..., X told the paper, which is close to ...`).
RELATIVE_ON_ADDRESSEE = re.compile(r"(?:(?:[\w'’.-]+\s+){0,3}[\w'’.-]+)?,\s*(?:which|who)\s")


#: Where the speaker told them, after whom it told (`at the scene`, `outside the court`).
_PLACE_AFTER_ADDRESSEE = re.compile(
    r"(?:at|outside|in|after)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:" + "|".join(speech_word_list("addressee_places")) + r")\s+"
)


def after_addressee(attributor: Attributor, verb_end: int, end: int) -> int | None:
    """`X told Reuters it would appeal`: the offset where the reported clause starts after the person
    told, when a subject and a finite verb follow; None otherwise (`told him to leave`)."""
    text = attributor.text
    start = attributor.tokens.tokens[verb_end - 1].end
    addressee = _ADDRESSEE.match(text, start, end)
    if addressee is None:
        return None
    begin = addressee.end()
    place = _PLACE_AFTER_ADDRESSEE.match(text, begin, end)
    if place is not None:
        begin = place.end()  # `told reporters at the scene the suspect had ...`
    rest = text[begin:end]
    if not _SUBJECT_START.match(rest) or not _FINITE_SOON.match(rest):
        return None
    return begin


def past_addressee(text: str, start: int, end: int) -> int:
    """Where the words after `told` go on past whom it told (`told a news conference in Manila`)."""
    addressee = _ADDRESSEE.match(text + " ", start, end + 1)
    return min(addressee.end(), end) if addressee else start


def reads_as_clause(words: str) -> bool:
    """`it was merely speculation`: a subject first and a finite verb within a few words."""
    return bool(_SUBJECT_START.match(words) and _FINITE_SOON.match(words))
