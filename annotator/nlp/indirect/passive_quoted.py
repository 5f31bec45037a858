"""`X was quoted (or reported) as saying (that) ...` (issue 11): a passive `quoted` with no relay named; the
subject before `was quoted` is the speaker and `saying` the cue. The relayed form (`Kyodo quoted X
as saying`) is :mod:`annotator.nlp.indirect.quoted_saying`'s."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.clauses import INDIRECT_SCORE, reported_clause
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.attribution import Attribution, Attributor
from annotator.nlp.text.patterns import bounded_words

_AUXILIARIES = sorted(speech_words()["passive_auxiliaries"])
#: `was quoted as saying (that)`, `has been quoted as saying`, `was quoted by X as saying`; an adverb
#: may stand before `quoted`.
_PASSIVE_QUOTED = re.compile(
    bounded_words(_AUXILIARIES)
    + r"(?:\s+[a-z]+ly)?\s+(?:quoted|reported)(?:\s+by\s+[^,.;:]{1,60}?)?"  # `was (widely) quoted (by X)`
    + r"\s+as\s+(saying)\b(?:\s+that\b)?"
)


#: What may follow `as saying` when the report came before it: nothing, or the relay (`by X`).
_RELAY_ONLY = re.compile(r"(?:by\s+[^,;:]{1,60})?")


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
    text = attributor.text
    comma = text.rfind(",", start, found.start())
    if comma > start and _RELAY_ONLY.fullmatch(text[found.end() : end].strip(" .!?")):
        # `[...], he was quoted as saying (by X).`: the report came before the comma
        speaker = attributor.speaker_before(auxiliary, comma + 1)
        clause = reported_clause(attributor, start, comma, closed=True)
    else:
        speaker = attributor.speaker_before(auxiliary, start)
        clause = reported_clause(attributor, found.end(), end)
    if speaker is None or clause is None:
        return None
    cue = tokens.first_at_or_after(found.start(1))
    return clause, Attribution(attributor.token_mention(cue, cue, "CUE"), speaker, INDIRECT_SCORE)
