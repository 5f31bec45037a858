"""A report whose own words hold a report (`[A man, who ..., said he wanted to copy the attacks],
police said Sunday.`): the trailing cue's report was found over the whole clause, and the speech
verb inside it reports of its own speaker; the real-set gold has both (issue 11, en_indirect7). The
same with the outer cue first (`Police said [the suspect told them that [he hid the money]]`,
en_indirect13): the `that` is the inner verb's, and the inner verb reports of its own subject."""

from __future__ import annotations

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.indirect_cue import indirect_at
from annotator.nlp.indirect.inner_speech_verb import MAX_WORDS_BEFORE_FORWARD_INNER_VERB, inner_verb_before
from annotator.nlp.speakers.attribution import Attribution, Attributor

#: How many words into the outer report the inner verb may stand (a subject with a relative clause).
MAX_WORDS_BEFORE_INNER_VERB = 25



def inner_report(
    attributor: Attributor, outer: Mention, outer_cue: Mention, taken: list[Mention]
) -> tuple[Mention, Attribution] | None:
    """The report of a speech verb inside ``outer`` when ``outer``'s cue follows it (`..., police
    said.`) and no report found so far lies inside it; else None."""
    forward = outer_cue.end <= outer.start  # `Police said [the suspect told them that ...]`
    if not attributor.english or (outer_cue.start < outer.end and not forward):
        return None
    if forward and not inner_verb_before(attributor, outer.start, outer.end):
        return None  # `told the court that [the man became aggressive when she suggested that ...]`
    if any(q is not outer and outer.start <= q.start and q.end <= outer.end for q in taken):
        return None
    tokens = attributor.tokens
    first = tokens.first_at_or_after(outer.start)
    most = MAX_WORDS_BEFORE_FORWARD_INNER_VERB if forward else MAX_WORDS_BEFORE_INNER_VERB
    last = min(tokens.last_ending_at_or_before(outer.end), first + most)
    for j in range(first + 1, last + 1):
        if attributor.lex.cues_before.match(tokens, j) is None:
            continue
        found = indirect_at(attributor, j, outer.start, outer.end)
        if found is not None and outer.start < found[0].start and found[0].end <= outer.end:
            return found
        return None
    return None
