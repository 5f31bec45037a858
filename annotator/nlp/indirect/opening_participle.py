"""An English participle with `that` opening a sentence whose subject then speaks (`Stating that
[the clinic was the third this year], the mayor said that more would follow.`; en_indcount3): the
clause between `that` and the comma before the speaker is a second report of that speaker."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.clauses import INDIRECT_SCORE
from annotator.nlp.indirect.short_reports_en import clause_at_en
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.attribution import Attribution, Attributor

_OPENING_PARTICIPLES = frozenset(speech_words()["participles"]) | frozenset(speech_words()["opening_participles_en"])
#: A capitalised participle and `that` at the sentence's start.
_OPENING = re.compile(r"([A-Z][a-z]+ing)\s+that\s+")


def opening_participle(
    attributor: Attributor, start: int, clause: Mention, attribution: Attribution
) -> tuple[Mention, Attribution] | None:
    """The report of `<Participle> that [...], <speaker> <verb> ...` when the sentence's first
    report (``clause``, ``attribution``) is spoken by the subject right after the comma."""
    if attributor.analysis.lang != "en" or attribution.speaker is None:
        return None
    text = attributor.text
    opening = _OPENING.match(text, start)
    if opening is None or opening.group(1).lower() not in _OPENING_PARTICIPLES:
        return None
    speaker = attribution.speaker
    if not opening.end() < speaker.start < clause.start:
        return None
    comma = text.rfind(",", opening.end(), speaker.start)
    if comma < 0 or text[comma + 1 : speaker.start].strip():
        return None  # `Saying that the roads were safe does not mean ...`: no speaker after a comma
    if not clause_at_en(text, opening.end(), comma):
        return None
    k = attributor.tokens.first_at_or_after(opening.start(1))
    report = Mention(opening.end(), comma, "QUOTE", score=INDIRECT_SCORE, attrs={"type": "indirect"}, rule="indirect_speech")
    return report, Attribution(attributor.token_mention(k, k, "CUE"), speaker, INDIRECT_SCORE)
