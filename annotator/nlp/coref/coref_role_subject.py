"""A role with no name as the subject before a quote (`Dalam sambutannya Kapolres Sanggau mengajak
...` / `“...,” ucapnya`): the clitic or pronoun of the quote stands for the person that role names
elsewhere in the text (`Kapolres Sanggau AKBP Suparno ...`), not for the last person named (a
deputy in a guest list, a colleague quoted two paragraphs before)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from annotator.nlp.analysis import Mention
from annotator.nlp.coref.coref_newcomers import passive_subject, quote_lead_in
from annotator.nlp.coref.coref_salience import coref_words
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.speaker_descriptions import role_heads

if TYPE_CHECKING:
    from annotator.nlp.coref.coref_resolver import CorefResolver

#: How many words may open the sentence before the role (`Sementara itu, dalam sambutannya`).
MAX_OPENER_WORDS = 4
_WORD = re.compile(r"\S+")


def role_subject_person(resolver: CorefResolver, para: int, quote_start: int, last_speaker: int) -> Mention | None:
    """The person named elsewhere for the role that opens the lead-in of the quote's paragraph (the
    text before ``quote_start``), or, when the quote opens its paragraph, the paragraph before;
    only where that text names no person and comes after the ``last_speaker`` offset."""
    text = resolver.analysis.text
    bounds = quote_lead_in(resolver.analysis, para, quote_start)
    if bounds is None:
        return None
    start, end = bounds
    if start <= last_speaker or any(start <= m.start and m.end <= end for m in resolver.all_people):
        return None
    role = _opening_role(text, start, end, resolver.analysis.lang)
    if role is None or passive_subject(text, role, resolver.analysis.lang):
        return None
    return resolver.named_role(role)


def _opening_role(text: str, start: int, end: int, lang: str) -> Mention | None:
    """The role phrase (a role head and the capitalised words and acronyms after it) that follows
    the first words of the text between ``start`` and ``end`` when those are a sentence opener."""
    words = [(m.start(), m.group()) for m in _WORD.finditer(text, start, end)]
    heads = role_heads(lang)
    openers = coref_words()["role_subject_openers"] | frozenset(speech_words()["speaker_connectives"])
    for index, (offset, word) in enumerate(words[: MAX_OPENER_WORDS + 1]):
        if word.rstrip(",") not in heads:
            continue
        prefix = " ".join(w.strip(",").lower() for _, w in words[:index])
        if index and prefix not in openers:
            return None
        role_end = offset + len(word.rstrip(","))
        for next_offset, next_word in words[index + 1 :]:
            bare = next_word.rstrip(",")
            if not (bare[:1].isupper() or (bare.startswith("(") and bare[1:2].isupper())):
                break
            role_end = next_offset + len(bare)
            if bare != next_word:
                break  # a comma closes the role (`Kapolres Sanggau, AKBP ...` would name the person)
        return Mention(offset, role_end, "SPEAKER")
    return None
