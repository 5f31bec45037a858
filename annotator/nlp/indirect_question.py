"""A reported question: `X asked if the fees were legal`, `He praised ..., and asked whether ...`.
The report is the question after `if`/`whether`; the speaker is the verb's subject, or, when the
verb is coordinated (`, and asked`), the subject opening the sentence."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.attribution import Attribution, Attributor
from annotator.nlp.clauses import INDIRECT_SCORE, reported_clause
from annotator.nlp.resources import speech_words

_WORDS = speech_words()
_CUES = "|".join(sorted(_WORDS["reported_question_cues"]))
_QUESTION = re.compile(r"\b(" + _CUES + r")\s+(?:" + "|".join(sorted(_WORDS["question_openers"])) + r")\s")
_COORDINATED = re.compile(r"(?:,\s*|\s)and\s+(?:also\s+)?$")


def question_report(
    attributor: Attributor, start: int, end: int, taken: list[Mention]
) -> tuple[Mention, Attribution] | None:
    """The first reported question of the sentence that overlaps none of the reports ``taken``."""
    if attributor.analysis.lang != "en":
        return None
    text, tokens = attributor.text, attributor.tokens
    for found in _QUESTION.finditer(text, start, end):
        if any(m.start <= found.start() < m.end for m in taken):
            continue
        k = tokens.first_at_or_after(found.start(1))
        if k >= len(tokens) or tokens.tokens[k].start != found.start(1):
            continue
        if _COORDINATED.search(text, start, found.start()):
            # `He praised ..., and asked if ...`: the subject opening the sentence asks.
            speaker = attributor.speaker_after(tokens.first_at_or_after(start), found.start())
        else:
            speaker = attributor.speaker_before(k, start)
        if speaker is None or speaker.end > found.start():
            continue
        clause = reported_clause(attributor, found.end(), end, whole_sentence=True)
        if clause is None:
            continue
        return clause, Attribution(attributor.token_mention(k, k, "CUE"), speaker, INDIRECT_SCORE)
    return None
