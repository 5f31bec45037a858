"""`Kapolres membenarkan kejadian itu dan memastikan proses hukum sedang berjalan.`: a verb of
[direct_only] takes an object, and a second speech verb after a conjunction reports the clause
(the Indonesian form of `confirmed the arrests and said that ...`)."""

from __future__ import annotations

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.clauses import INDIRECT_SCORE, reported_clause
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.attribution import Attribution, Attributor

_CONJUNCTIONS = speech_words()["second_verb_conjunctions"]
_DIRECTIVES = speech_words()["directives"]
#: The most words of the first verb's object before the conjunction.
MAX_OBJECT_WORDS = 8


def and_verb_report(
    attributor: Attributor, first_verb: str, clause: Mention, speaker: Mention, end: int
) -> tuple[Mention, Attribution] | None:
    """The second verb's report when the first verb (of [direct_only]) only took an object."""
    if attributor.analysis.lang != "id" or first_verb not in attributor.lex.res.cues_direct_only:
        return None
    tokens = attributor.tokens
    first = tokens.first_at_or_after(clause.start)
    last = min(tokens.last_ending_at_or_before(clause.end), first + MAX_OBJECT_WORDS + 1)
    for j in range(first + 1, last):
        if tokens.tokens[j].text.lower() not in _CONJUNCTIONS or j + 1 >= len(tokens):
            continue
        k = j + 1
        match = attributor.lex.cues_before.match(tokens, k)
        if match is None or match[1] in attributor.lex.res.cues_direct_only or match[1].lower() in _DIRECTIVES:
            return None
        report = reported_clause(attributor, tokens.tokens[match[0] - 1].end, end)
        if report is None:
            return None
        return report, Attribution(attributor.token_mention(k, match[0] - 1, "CUE"), speaker, INDIRECT_SCORE)
    return None
