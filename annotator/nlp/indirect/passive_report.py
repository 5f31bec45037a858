"""A passive report with its agent: `It was previously reported by CNN that ...`, `it has been
stated by the ministry that ...`. The agent after `by` is the speaker, the verb the cue and the
clause after `that` the report; without an agent (`it was reported that ...`) no one speaks."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.clauses import INDIRECT_SCORE, reported_clause
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.attribution import Attribution, Attributor

_AUXILIARIES = "|".join(sorted(speech_words()["passive_auxiliaries"]))
#: An auxiliary, an adverb or two, a speech participle of [passive_report_verbs], `by`, the agent
#: (no comma, at most eight words) and `that`.
_PASSIVE_BY = re.compile(
    rf"\b(?:{_AUXILIARIES})\s+(?:\w+ly\s+){{0,2}}(?P<verb>{'|'.join(sorted(speech_words()['passive_report_verbs']))})"
    r"\s+by\s+(?P<agent>[^,;:\n]{2,80}?)\s+that\s"
)
#: The most words of the agent.
MAX_AGENT_WORDS = 8


def passive_report(attributor: Attributor, start: int, end: int) -> tuple[Mention, Attribution] | None:
    """`It was previously reported by CNN that police believe ...` in the sentence ``start``-``end``."""
    text = attributor.text
    if " by " not in text[start:end]:
        return None
    found = _PASSIVE_BY.search(text, start, end)
    if found is None or len(found.group("agent").split()) > MAX_AGENT_WORDS:
        return None
    tokens = attributor.tokens
    agent = tokens.first_at_or_after(found.start("agent"))
    speaker = attributor.speaker_after(agent, found.end("agent"))
    if speaker is None:
        return None
    clause = reported_clause(attributor, found.end(), end)
    if clause is None:
        return None
    verb = tokens.first_at_or_after(found.start("verb"))
    return clause, Attribution(attributor.token_mention(verb, verb, "CUE"), speaker, INDIRECT_SCORE)
