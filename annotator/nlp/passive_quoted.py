"""`X was quoted as saying (that) ...` (issue 11): a passive `quoted` with no relay named; the
subject before `was quoted` is the speaker and `saying` the cue. The relayed form (`Kyodo quoted X
as saying`) is :mod:`annotator.nlp.quoted_saying`'s."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.attribution import Attribution, Attributor
from annotator.nlp.clauses import INDIRECT_SCORE, reported_clause
from annotator.nlp.patterns import bounded_words
from annotator.nlp.resources import speech_words

_AUXILIARIES = sorted(speech_words()["passive_auxiliaries"])
#: `was quoted as saying (that)`, `has been quoted as saying`, `was quoted by X as saying`; an adverb
#: may stand before `quoted`.
_PASSIVE_QUOTED = re.compile(
    bounded_words(_AUXILIARIES)
    + r"(?:\s+[a-z]+ly)?\s+quoted(?:\s+by\s+[^,.;:]{1,60}?)?"  # `was (widely) quoted (by X)`
    + r"\s+as\s+(saying)\b(?:\s+that\b)?"
)


def passive_quoted(attributor: Attributor, start: int, end: int) -> tuple[Mention, Attribution] | None:
    """`The minister was quoted as saying the vote ...`: the clause after `saying` (and `that`), said
    by the subject of `was`."""
    if attributor.analysis.lang != "en":
        return None
    found = _PASSIVE_QUOTED.search(attributor.text, start, end)
    if found is None:
        return None
    tokens = attributor.tokens
    auxiliary = tokens.first_at_or_after(found.start())
    speaker = attributor.speaker_before(auxiliary, start)
    clause = reported_clause(attributor, found.end(), end)
    if speaker is None or clause is None:
        return None
    cue = tokens.first_at_or_after(found.start(1))
    return clause, Attribution(attributor.token_mention(cue, cue, "CUE"), speaker, INDIRECT_SCORE)
