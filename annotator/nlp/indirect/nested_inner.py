"""A report whose own words hold a report (`[A man, who ..., said he wanted to copy the attacks],
police said Sunday.`): the trailing cue's report was found over the whole clause, and the speech
verb inside it reports of its own speaker; the real-set gold has both (issue 11, en_indirect7)."""

from __future__ import annotations

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.indirect_cue import indirect_at
from annotator.nlp.speakers.attribution import Attribution, Attributor

#: How many words into the outer report the inner verb may stand (a subject with a relative clause).
MAX_WORDS_BEFORE_INNER_VERB = 25


def inner_report(
    attributor: Attributor, outer: Mention, outer_cue: Mention, taken: list[Mention]
) -> tuple[Mention, Attribution] | None:
    """The report of a speech verb inside ``outer`` when ``outer``'s cue follows it (`..., police
    said.`) and no report found so far lies inside it; else None."""
    if not attributor.english or outer_cue.start < outer.end:
        return None
    if any(q is not outer and outer.start <= q.start and q.end <= outer.end for q in taken):
        return None
    tokens = attributor.tokens
    first = tokens.first_at_or_after(outer.start)
    last = min(tokens.last_ending_at_or_before(outer.end), first + MAX_WORDS_BEFORE_INNER_VERB)
    for j in range(first + 1, last + 1):
        if attributor.lex.cues_before.match(tokens, j) is None:
            continue
        found = indirect_at(attributor, j, outer.start, outer.end)
        if found is not None and outer.start < found[0].start and found[0].end <= outer.end:
            return found
        return None
    return None
