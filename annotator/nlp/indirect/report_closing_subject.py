"""A report closed by a second attribution with its subject first (b9en round, issue 11):
`the manager reported that [he had been handed a note ...], they said.` The inner report ends
before `, they said`; the whole sentence up to it is a report of its own, said by `they`
(English: a pronoun or a plural source from ``closing_subjects``, or a document from
``closing_documents`` (`the interrogation report reads`), and a verb from ``closing_subject_verbs``)."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.clauses import INDIRECT_SCORE
from annotator.nlp.indirect.closing_role_subject import closing_role
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.attribution import Attribution, Attributor


@cache
def _closing() -> re.Pattern[str] | None:
    words = speech_words()
    subjects, verbs = words.get("closing_subjects", []), words.get("closing_subject_verbs", [])
    documents = words.get("closing_documents", [])
    if not subjects or not verbs:
        return None
    # `the interrogation report reads`: a document, with one word before its noun
    document = r"|the\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(documents)) + ")" if documents else ""
    return re.compile(
        r",\s+((?:" + "|".join(sorted(subjects)) + document + r"))\s+(" + "|".join(sorted(verbs)) + r")"
        r"(?:\s+(?:reporters|journalists|[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,2}))?\s*$"  # `he told CNN`
    )


def split_closing_subject(
    attributor: Attributor, clause: Mention, sentence_start: int
) -> tuple[Mention, Attribution] | None:
    """When ``clause`` ends in `, they said`: cut it before the comma (in place) and return the outer
    report (from ``sentence_start`` to the comma) with its cue and speaker."""
    pattern = _closing()
    if attributor.analysis.lang != "en" or pattern is None:
        return None
    found = pattern.search(attributor.text, clause.start, clause.end) or closing_role(attributor.text, clause.start, clause.end)
    if found is None or found.start() <= clause.start:
        return None
    tokens = attributor.tokens
    subject = tokens.first_at_or_after(found.start(1))
    verb = tokens.first_at_or_after(found.start(2))
    begin = sentence_start
    while begin < found.start() and not attributor.text[begin].isalnum():
        begin += 1
    if begin >= clause.start:
        return None  # the report opened the sentence: nothing outside it to attribute
    clause.end = found.start()
    outer = Mention(begin, found.start(), "QUOTE", score=INDIRECT_SCORE, attrs={"type": "indirect"}, rule="indirect_speech")
    speaker = attributor.token_mention(subject, verb - 1, "SPEAKER", kind="pronoun" if verb - subject == 1 else "role")
    return outer, Attribution(attributor.token_mention(verb, verb, "CUE"), speaker, INDIRECT_SCORE)
