"""Parties of an English court story. A `he`/`she` after a paragraph about an unnamed party of a case (`The suspect, a trader,
denied the charges before magistrate X.` / `“...,” he told the court`): the pronoun carries on that
party, not the officer or spokesperson quoted before it, who was introduced with another role
(en_coref7 did the same for a party that speaks itself: `The defendant told the court ... He
said`). The party opens the lead-in of the quote's paragraph, or the paragraph before when the
quote opens its own, and comes after the last speaker. And a party role (`The defendant retorted`)
after the magistrate spoke is the person the story names bare in a sentence about the case
(`X told the court when he appeared before Chief Magistrate Y ...`), not no one (:func:`named_party`)."""

from __future__ import annotations

import re
from itertools import islice
from typing import TYPE_CHECKING

from annotator.nlp.analysis import Mention
from annotator.nlp.coref.coref_newcomers import quote_lead_in
from annotator.nlp.coref.coref_salience import coref_words
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.speaker_descriptions import normal_word

if TYPE_CHECKING:
    from annotator.nlp.coref.coref_resolver import CorefResolver

#: How many words may stand between `The` and the party noun (`The 34-year-old suspect`).
MAX_WORDS_BETWEEN = 2
_WORD = re.compile(r"\S+")


def party_subject(resolver: CorefResolver, para: int, quote_start: int, last_speaker: int) -> Mention | None:
    """The `The <party>` phrase (a role mention) that opens the text before ``quote_start`` in its
    paragraph, or the paragraph before when the quote opens its own; None when that text starts
    before the ``last_speaker`` offset or opens otherwise."""
    text = resolver.analysis.text
    bounds = quote_lead_in(resolver.analysis, para, quote_start)
    if bounds is None:
        return None
    start, end = bounds
    if start <= last_speaker:
        return None
    if not text.startswith("The ", start):
        return None
    words = [(m.start(), m.group()) for m in islice(_WORD.finditer(text, start, end), MAX_WORDS_BETWEEN + 2)]
    parties = coref_words()["case_party_nouns"]
    for offset, word in words[1:]:
        if normal_word(word) in parties:
            party = Mention(start, offset + len(word.rstrip(",;:")), "SPEAKER", attrs={"kind": "role"})
            named = [m for m in resolver.people if start <= m.start and m.end <= end]
            # `The suspect, X, ...` / `identified as X`: the party is named there; only people
            # introduced with a role of their own (`before magistrate X`) leave it unnamed
            if not all(resolver.holds_other_role(m, party) for m in named):
                return None
            return None if _acted_on(text, party.end, end) else party
        if word != word.rstrip(",;:"):
            return None  # `The court, in a ruling, ...`: the phrase closed before any party
    return None


def _acted_on(text: str, start: int, end: int) -> bool:
    """Whether the verb after the party (past an apposition: `The suspect, a trader, was taken to
    ...`) is a passive or copula one: a party that is talked about rather than acting, so a
    following pronoun may still be the officer who spoke before."""
    rest = text[start:end]
    if rest.startswith(","):
        closing = rest.find(",", 1)
        rest = rest[closing + 1 :] if closing > 0 else ""
    words = rest.split(maxsplit=1)
    return bool(words) and normal_word(words[0]) in speech_words()["passive_auxiliaries"]


def named_party(resolver: CorefResolver, speaker: Mention) -> Mention | None:
    """The person an English party role (`The defendant`, `the accused`) stands for when the look-up
    found no one fit (the last person named holds another role: `Chief Magistrate Y`): the latest
    sentence subject before it, outside any report, whose full name comes with no role of its own
    and whose sentence is about the case (a word of ``case_party_sentence_words``: `appeared`,
    `charged`, `court`). A victim named in a sentence about the crime is not it."""
    analysis = resolver.analysis
    if analysis.lang != "en" or speaker.attrs.get("kind") != "role":
        return None
    if normal_word(resolver.words(speaker)[-1]) not in coref_words()["case_party_nouns"]:
        return None
    text = analysis.text
    free = {id(m) for m in resolver.named_outside_reports}
    case_words = coref_words()["case_party_sentence_words"]
    for person in reversed([m for m in resolver.subjects if m.end <= speaker.start and id(m) in free]):
        full = resolver.resolve_person(person)
        if resolver.holds_other_role(full, speaker) or resolver.holds_other_role(person, speaker):
            continue
        start = resolver.sentence_start(person.start)
        end = next((e for s, e in resolver.sentences if s == start), person.end)
        if {normal_word(word) for word in text[start:end].split()} & case_words:
            return full
    return None
