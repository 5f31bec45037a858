"""A second report coordinated after the first (`said the bridge would reopen, and added that the
ferry would keep running`): the speech verb after `, and`/`, but` reports more of the same speaker.
The first report ends before it (nlp/indirect/coordinated_clause.py)."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.clauses import INDIRECT_SCORE, reported_clause
from annotator.nlp.indirect.coordinated_clause import second_cue_with_that
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.attribution import Attribution, Attributor

_DIRECTIVES = speech_words()["directives"]
_THAT = re.compile(r"\s+that\b")


def coordinated_report(
    attributor: Attributor, clause: Mention, speaker: Mention, end: int
) -> tuple[Mention, Attribution] | None:
    """`said the bridge would reopen in May, and added that the ferry ...`: a speech verb coordinated
    right after a report (a marker of [clause_ends], then the verb, or `and <verb> that` with no
    comma) reports more of the same speaker, with that verb as its cue; a directive (`, and urged
    ...`) reports nothing."""
    text, tokens = attributor.text, attributor.tokens
    marker = next((m for m in attributor.lex.res.clause_ends if text.startswith(m, clause.end)), None)
    second = second_cue_with_that(attributor, clause.end, end)
    if second is not None and second.start() == clause.end:
        k = tokens.first_at_or_after(second.start("verb"))  # `said that A and said that B`
    elif marker is None or marker.strip()[:1] in "-–—":
        return None
    else:
        k = tokens.first_at_or_after(clause.end + len(marker))
    match = attributor.lex.cues_before.match(tokens, k) if k < len(tokens) else None
    if match is None or match[1].lower() in _DIRECTIVES:
        return None
    begin = tokens.tokens[match[0] - 1].end
    that = _THAT.match(text, begin, end)
    if that is None and match[1] in attributor.lex.res.cues_direct_only:
        return None  # `, and denied the charges`: a verb with an object reports only with `that`
    report = reported_clause(attributor, that.end() if that else begin, end)
    if report is None:
        return None
    return report, Attribution(attributor.token_mention(k, match[0] - 1, "CUE"), speaker, INDIRECT_SCORE)
