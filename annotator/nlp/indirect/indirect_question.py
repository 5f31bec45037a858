"""A reported question: `X asked if the fees were legal`, `He praised ..., and asked whether ...`.
The report is the question after `if`/`whether`; the speaker is the verb's subject, or, when the
verb is coordinated (`, and asked`), the subject opening the sentence."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.clauses import INDIRECT_SCORE, reported_clause
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.attribution import Attribution, Attributor
from annotator.nlp.text.pattern_needs import finditer_within, holds, needs_of

_WORDS = speech_words()
_CUES = "|".join(sorted(_WORDS["reported_question_cues"]))
#: The cue, at most four words of whom it asked (`asked the officials whether`; no `to`, `that` or
#: comma: `asked the court to decide whether` is a request), then the word opening the question.
_QUESTION = re.compile(
    r"\b(" + _CUES + r")\s+(?:(?!(?:to|that)\b)[\w'’-]+\s+){0,4}?(?:"
    + "|".join(sorted(_WORDS["question_openers"]))
    + r")\s"
)
_COORDINATED = re.compile(r"(?:,\s*|\s)and\s+(?:also\s+)?$")
#: `when asked if`, `was asked whether`: the subject is the one asked (speech_words.toml).
_ASKED_PASSIVE = re.compile(
    r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in sorted(_WORDS["asked_passive_leads_en"], key=len, reverse=True))
    + r")\s+$",
    re.IGNORECASE,
)


def question_report(
    attributor: Attributor, start: int, end: int, taken: list[Mention]
) -> tuple[Mention, Attribution] | None:
    """The first reported question of the sentence that overlaps none of the reports ``taken``."""
    if attributor.analysis.lang != "en" or not holds(needs_of(_QUESTION), attributor.text):
        return None  # no question verb in the whole text (asked once per text): no sentence is searched
    text, tokens = attributor.text, attributor.tokens
    for found in finditer_within(_QUESTION, text, start, end):  # tried only where a cue word stands
        if any(m.start <= found.start() < m.end for m in taken):
            continue
        k = tokens.first_at_or_after(found.start(1))
        if k >= len(tokens) or tokens.tokens[k].start != found.start(1):
            continue
        if _ASKED_PASSIVE.search(text, max(start, found.start() - 20), found.start()):
            continue  # `He smiled when asked if ...`: he was asked; whoever asked is not named
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
        cue = attributor.token_mention(k, tokens.last_ending_at_or_before(found.end(1)), "CUE")  # `wanted to know`
        return clause, Attribution(cue, speaker, INDIRECT_SCORE)
    return None


def question_cue_words(attributor: Attributor) -> list[int]:
    """Token indices of the question cues that no cue list holds (`questioned whether`, `wondered
    if`), so that their sentences are looked at."""
    if attributor.analysis.lang != "en":
        return []
    tokens = attributor.tokens
    found = []
    for match in finditer_within(_QUESTION, attributor.text, 0, len(attributor.text)):  # only where a cue word stands
        k = tokens.first_at_or_after(match.start(1))
        if k < len(tokens) and tokens.tokens[k].start == match.start(1):
            found.append(k)
    return found
