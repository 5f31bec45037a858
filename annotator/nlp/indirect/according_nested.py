"""A sentence opened by `According to X,` whose report holds a report of its own (`According to
police, residents said [they noticed ...]`): the real-set gold has both, the outer report of X over
the whole clause after the comma and the inner one of its own speaker. Whichever of the two the other
rules missed is added here. A medium relaying the words (`According to news reports, officials said
...`, `According to local radio, ...`) gets no outer report: the gold keeps the inner one alone."""

from __future__ import annotations

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.according_relayed import MAX_WORDS_BEFORE_INNER_VERB, relaying_source
from annotator.nlp.indirect.clauses import INDIRECT_SCORE, reported_clause
from annotator.nlp.indirect.indirect_according import according_report
from annotator.nlp.indirect.indirect_cue import indirect_at
from annotator.nlp.speakers.attribution import Attribution, Attributor


def according_nested(
    attributor: Attributor, start: int, end: int, taken: list[Mention]
) -> list[tuple[Mention, Attribution]]:
    """The outer and inner reports of an English `According to X, Y said ...` sentence that ``taken``
    does not hold yet."""
    if not attributor.english:
        return []
    tokens = attributor.tokens
    k = tokens.first_at_or_after(start)
    according_end = attributor.cues.according(k) if k < len(tokens) else None
    if according_end is None:
        return []
    outer = according_report(attributor, k, according_end, start, end) or _outer_of_inner(
        attributor, k, according_end, end, taken
    )
    if outer is None:
        return []
    clause = outer[0]
    found: list[tuple[Mention, Attribution]] = []
    bounds = {(q.start, q.end) for q in taken}
    last = tokens.last_ending_at_or_before(clause.end)
    first = tokens.first_at_or_after(clause.start)
    for j in range(first + 1, min(last, first + MAX_WORDS_BEFORE_INNER_VERB) + 1):
        if attributor.lex.cues_before.match(tokens, j) is None:
            continue
        inner = indirect_at(attributor, j, clause.start, end)
        if inner is not None and inner[0].start > clause.start and (inner[0].start, inner[0].end) not in bounds:
            found.append(inner)
        break
    if (found or any(q.start > clause.start for q in taken)) and (clause.start, clause.end) not in bounds:
        found.insert(0, outer)
    return found


def _outer_of_inner(
    attributor: Attributor, k: int, according_end: int, end: int, taken: list[Mention]
) -> tuple[Mention, Attribution] | None:
    """`According to police, residents said [...]`, where the inner report was found and the subject
    after the comma read as an apposition of the source: the outer report is the whole clause after
    the comma."""
    text, tokens = attributor.text, attributor.tokens
    comma = text.find(",", tokens.tokens[according_end - 1].end, end)
    if comma < 0 or not any(q.start > comma for q in taken):
        return None
    speaker = attributor.speaker_after(according_end, comma)
    clause = reported_clause(attributor, comma + 1, end, whole_sentence=True)
    if speaker is None or clause is None or relaying_source(text[speaker.start : speaker.end]):
        return None  # `According to news reports, X said ...`: X's report alone
    return clause, Attribution(attributor.token_mention(k, according_end - 1, "CUE"), speaker, INDIRECT_SCORE)
