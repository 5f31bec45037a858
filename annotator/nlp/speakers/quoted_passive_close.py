"""`“...,” he was quoted as saying (by ...)` after a closing mark (b9en round, issue 11): the cue is
`quoted as saying`, and the speaker is the subject before the auxiliary (`he`, not `he was`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from annotator.nlp.analysis import Mention
from annotator.nlp.resources import speech_words

if TYPE_CHECKING:
    from annotator.nlp.speakers.attribution import Attributor

#: `was`, `been`... before `quoted`, and the perfect's `has`/`had` before `been`.
_AUXILIARIES = frozenset(speech_words()["passive_auxiliaries"]) | {"has", "had", "have"}
#: The rest of the cue after `quoted`.
_AS_SAYING = re.compile(r"\s+as\s+saying\b")


def passive_quoted_after_close(attributor: Attributor, k: int, start: int) -> tuple[Mention, Mention] | None:
    """(cue, speaker) when token ``k`` is `quoted` after an auxiliary and before `as saying`;
    ``start`` is the first character of the slot after the closing mark."""
    tokens = attributor.tokens
    if attributor.analysis.lang != "en" or k < 1 or tokens.tokens[k].text != "quoted":
        return None
    auxiliary = k
    while auxiliary > 0 and tokens.tokens[auxiliary - 1].text.lower() in _AUXILIARIES:
        auxiliary -= 1  # `was quoted`, `has been quoted`
    found = _AS_SAYING.match(attributor.text, tokens.tokens[k].end)
    if auxiliary == k or found is None:
        return None
    speaker = attributor.speaker_before(auxiliary, start)
    if speaker is None:
        return None
    return attributor.token_mention(k, tokens.last_ending_at_or_before(found.end()), "CUE"), speaker


def subject_end_before_passive(attributor: Attributor, k: int) -> int:
    """The token the speaker ends before when the cue at ``k`` is a passive `quoted` whose relay
    comes first (`the minister was quoted by the agency as saying`): the auxiliaries stay out of the
    speaker; for any other cue, ``k`` itself."""
    tokens = attributor.tokens
    if attributor.analysis.lang != "en" or tokens.tokens[k].text != "quoted":
        return k
    start = k
    while start > 1 and tokens.tokens[start - 1].text.lower() in _AUXILIARIES:
        start -= 1
    return start
