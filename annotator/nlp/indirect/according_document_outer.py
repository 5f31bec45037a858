"""A document closing a sentence whose report has its own speaker and cue first (`[X has told the
police that [he had met Y ...]], according to the interrogation reports filed in court.`): the
part before the comma is the document's report, the report nested in it keeps its own speaker
(the shared guidelines' report inside another; en_indirect15). Only a document: an outlet wrapping a
named person's words (`according to the state news agency`) is left as the real gold leaves it."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.clauses import INDIRECT_SCORE, reported_clause
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.attribution import Attribution, Attributor

_WORDS = speech_words()
#: `, according to the interrogation reports ...`, `, according to a police affidavit`: a determiner (an
#: article, `a` too: en_fresh1), at most two words, a document noun, then whom it is by (group 4).
_ACCORDING_DOCUMENT = re.compile(
    r",\s+(according\s+to)\s+((the|an?|his|her|their|its)\s+(?:[a-z]+\s+){0,2}(?:"
    + "|".join(sorted(_WORDS["closing_documents"], key=len, reverse=True))
    + r")\b(\s+(?:by|from)\b)?[^.;!?\"“”]*)"
)
#: `a` or `an` before the document: `a report by the state news agency` is an outlet relaying, no document.
_INDEFINITE = ("a", "an")

#: A place in title case and a colon opening the paragraph (`New Delhi: `): a dateline, no part of the report.
_COLON_DATELINE = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}:\s+(?=[A-Z])")


def according_document(
    attributor: Attributor, start: int, end: int, taken: list[Mention]
) -> tuple[Mention, Attribution] | None:
    """The document's report over the sentence before `, according to <document> ...` when the
    sentence's first report starts after its own cue (`X told the police that [...]`); else None."""
    if not attributor.english or not taken:
        return None
    text = attributor.text
    first = min(taken, key=lambda q: q.start)
    last = max(q.end for q in taken)
    found = _ACCORDING_DOCUMENT.match(text, last, end)
    if found is None or (found.group(3) in _INDEFINITE and found.group(4)):
        return None
    dateline = _COLON_DATELINE.match(text, start)
    clause = reported_clause(attributor, dateline.end() if dateline else start, found.start(), closed=True)
    if clause is None or clause.start >= first.start or any((q.start, q.end) == (clause.start, clause.end) for q in taken):
        return None  # the report opened the sentence: nothing outside it to attribute
    tokens = attributor.tokens
    cue = attributor.token_mention(tokens.first_at_or_after(found.start(1)), tokens.last_ending_at_or_before(found.end(1)), "CUE")
    source_end = found.end(2)
    while source_end > found.start(2) and not text[source_end - 1].isalnum() and text[source_end - 1] != ")":
        source_end -= 1
    speaker = attributor.mention(found.start(2), source_end, "SPEAKER", kind="role")
    return clause, Attribution(cue, speaker, INDIRECT_SCORE)
