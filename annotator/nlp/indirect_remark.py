"""A reported sentence attributed by the next one: `The police will add patrols ... . X made the
remark following the incident, noting that ...`. The cue (en/cues.toml, [backward_only]) opens no
report of its own, so the sentence before it, when nothing reports it yet, is its indirect speech;
the shared guidelines treat it as `This is what X said`."""

from __future__ import annotations

from annotator.nlp.analysis import Mention
from annotator.nlp.attribution import Attribution, Attributor
from annotator.nlp.clauses import INDIRECT_SCORE, reported_clause
from annotator.nlp.indirect_backward import reports_backward_only

#: The most words before the cue (the speaker with its titles: `PNP chief Director General X`).
MAX_SUBJECT_WORDS = 10


def _cue_near_start(attributor: Attributor, start: int, end: int) -> tuple[int, int] | None:
    """The first cue of the sentence (token and the token after it) when it reports backward only
    and no comma stands before it."""
    tokens = attributor.tokens
    first = tokens.first_at_or_after(start)
    for k in range(first, min(first + MAX_SUBJECT_WORDS, len(tokens.tokens))):
        if tokens.tokens[k].start >= end or "," in attributor.text[start : tokens.tokens[k].start]:
            return None
        match = attributor.lex.cues_before.match(tokens, k)
        if match is not None:
            return (k, match[0]) if reports_backward_only(match[1], attributor.analysis.lang) else None
    return None


def previous_sentence(attributor: Attributor, start: int) -> tuple[int, int] | None:
    """The sentence before ``start`` (its start after furniture, its end before the full stop)."""
    text = attributor.text
    stop = start
    while stop > 0 and text[stop - 1].isspace():
        stop -= 1
    if stop == 0 or text[stop - 1] != ".":
        return None
    stop -= 1
    begin = max(text.rfind("\n", 0, stop) + 1, *(text.rfind(mark, 0, stop) + 2 for mark in (". ", "? ", "! ")))
    for mention in attributor.analysis.furniture:  # a dateline (`MANILA —`) opens no report
        if mention.start <= begin < mention.end or begin <= mention.start < begin + 2:
            begin = max(begin, mention.end)
    while begin < stop and text[begin].isspace():
        begin += 1
    return (begin, stop) if begin < stop else None


def remark_on_previous(attributor: Attributor, start: int, end: int) -> tuple[Mention, Attribution] | None:
    """The sentence before ``start`` reported by a `made the remark` sentence at ``start``."""
    if not attributor.english:
        return None
    cue = _cue_near_start(attributor, start, end)
    previous = previous_sentence(attributor, start) if cue is not None else None
    if cue is None or previous is None:
        return None
    begin, stop = previous
    if any(quote.start < stop and begin < quote.end for quote in attributor.analysis.quotes):
        return None  # the sentence before is reported already (or holds a quote)
    k, cue_end = cue
    speaker = attributor.speaker_before(k, start)
    clause = reported_clause(attributor, begin, stop) if speaker is not None else None
    if clause is None or speaker is None:
        return None
    return clause, Attribution(attributor.token_mention(k, cue_end - 1, "CUE"), speaker, INDIRECT_SCORE)
