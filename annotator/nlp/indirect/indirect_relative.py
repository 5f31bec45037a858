"""A report inside a relative clause: `..., which he said were spreading in the city, ...`. The
clause runs from the relative word to the next comma (or the sentence end); cue and speaker stand
inside it, as with a cue inside any reported clause."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.clauses import INDIRECT_SCORE, reported_clause
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.attribution import Attribution, Attributor

_WORDS = speech_words()
#: The relative word after a comma, or right after a noun with none (`a man who they said was ...`).
_OPENER = re.compile(r"(?:,\s+|\s)(" + "|".join(sorted(_WORDS["relative_openers"])) + r")\s")
#: The longest speaker between the relative word and its cue (`which the minister said ...`).
MAX_SPEAKER_TOKENS = 4


def _clause_comma(text: str, start: int, end: int) -> int:
    """The first comma after ``start`` that is no thousands separator (`10,000`), or -1."""
    comma = text.find(",", start, end)
    while 0 < comma < end - 1 and text[comma - 1].isdigit() and text[comma + 1].isdigit():
        comma = text.find(",", comma + 1, end)
    return comma


def relative_report(attributor: Attributor, start: int, end: int) -> tuple[Mention, Attribution] | None:
    """The first relative clause of the sentence whose subject is a speaker and whose verb is a cue
    followed by a predicate without its subject (`which he said were ...`)."""
    if attributor.analysis.lang != "en":
        return None
    text, tokens = attributor.text, attributor.tokens
    for found in _OPENER.finditer(text, start, end):
        first = tokens.first_at_or_after(found.end(1))
        for cue in range(first + 1, min(first + 1 + MAX_SPEAKER_TOKENS, len(tokens))):
            word = tokens.tokens[cue]
            if word.start >= end or word.text in ",;":
                break
            if word.text.lower() not in _WORDS["relative_cues"]:
                continue
            after = cue + 1
            if after >= len(tokens) or tokens.tokens[after].text.lower() not in _WORDS["relative_predicates"]:
                break
            speaker = attributor.speaker_after(first, word.start)
            if speaker is None or speaker.end > word.start:
                break
            comma = _clause_comma(text, tokens.tokens[after].end, end)
            clause = reported_clause(attributor, found.start(1), comma if comma >= 0 else end, whole_sentence=True)
            if clause is None:
                break
            return clause, Attribution(attributor.token_mention(cue, cue, "CUE"), speaker, INDIRECT_SCORE)
    return None
