"""Who was quoted in `<relay> quoted <who> as saying`: the person or body between `quoted` and
`as saying` speaks, not the relay that quoted them (`“...,” the agency quoted the minister as
saying.`, `Kyodo quoted Foreign Minister X as saying ...`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from annotator.nlp.analysis import Mention
from annotator.nlp.resources import speech_words
from annotator.nlp.text.patterns import bounded_words

if TYPE_CHECKING:
    from annotator.nlp.speakers.attribution import Attributor

#: `quoted <who> as saying (that)`: who was quoted stands between `quoted` and `as saying`; a relay
#: that `cited` or is `citing` someone `as saying` reports the same way ([relay_verbs]).
QUOTED_AS_SAYING = re.compile(
    bounded_words(sorted(speech_words()["relay_verbs"]))
    + r"\s+((?:[\w'’.-]+\s+){0,7}?[\w'’.-]+)\s+as\s+(saying)\b"
    # `as saying Sunday that`: a bare day before `that` is when, not the report's subject
    + r"(?:\s+(?:on\s+)?(?i:" + "|".join(sorted(speech_words()["day_words_en"])) + r")\b(?=\s+that\b))?"
    + r"(?:\s+that\b)?"
)
#: Words that cannot be who was quoted (`quoted in the report as saying`: the source is elsewhere).
NOT_QUOTED = speech_words()["not_quoted_openers"]


def quoted_speaker(attributor: Attributor, start: int, end: int) -> Mention:
    """The speaker mention for who was quoted, the words from ``start`` to ``end``: a name (titles
    left out), an organisation, else the role phrase."""
    tokens = attributor.tokens
    first, last = tokens.first_at_or_after(start), tokens.last_ending_at_or_before(end)
    entity = attributor.entity_by_last.get(last)
    if entity is not None and entity.label == "PERSON" and entity.end == end and entity.start >= start:
        return attributor.name_speaker(entity)  # `quoted Foreign Minister X as saying`: X
    if entity is not None and entity.label == "ORG" and entity.end == end and entity.start == tokens.tokens[first].start:
        return attributor.mention(entity.start, entity.end, "SPEAKER", kind="org")
    return attributor.token_mention(first, last, "SPEAKER", kind="role")


def quoted_after_verb(attributor: Attributor, verb: int, limit: int) -> Mention | None:
    """`“...,” the agency quoted the minister as saying.`: who was quoted, when the verb at token
    ``verb`` is `quoted` and `<who> as saying` follows it before ``limit``; else None."""
    token = attributor.tokens.tokens[verb]
    if token.text.lower() != "quoted":
        return None
    found = QUOTED_AS_SAYING.match(attributor.text, token.start, limit)
    if found is None or found.group(1).split()[0].lower() in NOT_QUOTED:
        return None
    return quoted_speaker(attributor, found.start(1), found.end(1))
