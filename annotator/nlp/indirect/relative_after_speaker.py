"""A relative clause after a quote's speaker that reports more (`“...,” said X, who added that ...`):
the clause after the relative's cue is a report of the same speaker, with that verb as its cue."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.clauses import INDIRECT_SCORE, reported_clause
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.attribution import Attribution, Attributor

#: `, who (also) added (that)` right after the speaker.
_CUES = "|".join(sorted(speech_words()["relative_after_speaker_cues"]))
_RELATIVE_CUE = re.compile(r",\s+who\s+(?:also\s+|later\s+)?(?P<verb>" + _CUES + r")\b(?:\s+that\b)?")


def relative_after_speaker(
    attributor: Attributor, speaker: Mention | None, end: int
) -> tuple[Mention, Attribution] | None:
    """The report of `, who added that ...` right after ``speaker``, up to the sentence end ``end``."""
    if speaker is None or not attributor.english:
        return None
    found = _RELATIVE_CUE.match(attributor.text, speaker.end, end)
    if found is None:
        return None
    clause = reported_clause(attributor, found.end(), end)
    if clause is None:
        return None
    tokens = attributor.tokens
    verb = tokens.first_at_or_after(found.start("verb"))
    return clause, Attribution(attributor.token_mention(verb, verb, "CUE"), speaker, INDIRECT_SCORE)
