"""A report whose own words hold a report (`[A man, who ..., said he wanted to copy the attacks],
police said Sunday.`): the trailing cue's report was found over the whole clause, and the speech
verb inside it reports of its own speaker; the real-set gold has both (issue 11, en_indirect7)."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.for_participle import for_participle_report
from annotator.nlp.indirect.indirect_cue import indirect_at
from annotator.nlp.resources import speech_word_list
from annotator.nlp.speakers.attribution import Attribution, Attributor

#: How many words into the outer report the inner verb may stand (a subject with a relative clause).
MAX_WORDS_BEFORE_INNER_VERB = 25
#: A short subject and its relative clause between commas (`A 40-year-old man, who has been arrested for
#: ... and claiming ...,`): the words of the relative clause do not count against the window (en_indirect26).
_SUBJECT_RELATIVE = re.compile(
    r"(?:[^\s,.;:]+\s+){0,5}?[^\s,.;:]+,\s+(?:" + "|".join(speech_word_list("relative_speakers_en")) + r")\s[^,.;:]{1,200},\s"
)


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
    relative = _SUBJECT_RELATIVE.match(attributor.text, outer.start, outer.end)
    counted_from = tokens.first_at_or_after(relative.end()) if relative else first  # the subject's `, who ...,` is not counted
    last = min(tokens.last_ending_at_or_before(outer.end), counted_from + MAX_WORDS_BEFORE_INNER_VERB)
    for j in range(first + 1, last + 1):
        if attributor.lex.cues_before.match(tokens, j) is None:
            continue
        found = indirect_at(attributor, j, outer.start, outer.end)
        if found is not None and outer.start < found[0].start and found[0].end <= outer.end:
            return found
        return None
    return None


def claim_before_inner(
    attributor: Attributor, outer: Mention, inner: tuple[Mention, Attribution]
) -> tuple[Mention, Attribution] | None:
    """`[A man, who was arrested for ... and claiming [he had a gun], said [...]], police said.`: the
    `for <participle>` report in the subject's relative clause, before the inner report's cue
    (en_indirect26); else None."""
    cue = inner[1].cue
    if cue is None or not outer.start < cue.start <= outer.end:
        return None
    found = for_participle_report(attributor, outer.start, cue.start)
    if found is None or found[0].end > cue.start:
        return None
    return found
