"""A sentence reported by a passive that follows it: `The ferries will stop on Friday. This was
stated by the harbour master after a meeting ...`. Like `made the remark`, the passive opens no
report of its own; the sentence before it is the indirect speech of the agent after `by` (the shared
decisions treat `Demikian diulas oleh X` and `This is what X said` so)."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.attribution import Attribution, Attributor
from annotator.nlp.clauses import INDIRECT_SCORE, reported_clause
from annotator.nlp.indirect_remark import previous_sentence
from annotator.nlp.resources import speech_words

#: `This was (also) stated by`, `That has been confirmed by`: a pronoun for the sentence before, a
#: passive of [passive_backward_verbs], then `by` and the agent.
_PASSIVE_BACKWARD = re.compile(
    r"(?:This|That|It)\s+(?:was|has\s+been|had\s+been)\s+(?:also\s+)?(?P<verb>"
    + "|".join(sorted(speech_words()["passive_backward_verbs"]))
    + r")\s+by\s+(?P<agent>\S)"
)
#: The most words of the agent phrase (`the Palace Press Officer`).
MAX_AGENT_WORDS = 10


def passive_on_previous(attributor: Attributor, start: int, end: int) -> tuple[Mention, Attribution] | None:
    """The sentence before ``start`` reported by a `This was stated by X` sentence at ``start``."""
    if not attributor.english:
        return None
    found = _PASSIVE_BACKWARD.match(attributor.text, start, end)
    previous = previous_sentence(attributor, start) if found is not None else None
    if found is None or previous is None:
        return None
    begin, stop = previous
    if any(quote.start < stop and begin < quote.end for quote in attributor.analysis.quotes):
        return None  # the sentence before is reported already (or holds a quote)
    tokens = attributor.tokens
    agent = tokens.first_at_or_after(found.start("agent"))
    limit = min(end, agent + MAX_AGENT_WORDS)
    agent_end = next((i for i in range(agent, limit) if tokens.gap(i, i + 1).startswith(",")), None)
    speaker = attributor.speaker_after(agent, tokens.tokens[agent_end].end if agent_end is not None else end)
    clause = reported_clause(attributor, begin, stop) if speaker is not None else None
    if clause is None or speaker is None:
        return None
    verb = tokens.first_at_or_after(found.start("verb"))
    return clause, Attribution(attributor.token_mention(verb, verb, "CUE"), speaker, INDIRECT_SCORE)
