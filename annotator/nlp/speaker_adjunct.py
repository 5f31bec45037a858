"""A short English subject, then where or when it spoke, then a comma and the verb: `The minister in
a speech at the academy on Tuesday, said that ...`, `The mayor, in a speech on Tuesday, said ...`.
The adjunct is no part of the subject; the subject is what stands before it."""

from __future__ import annotations

import re

#: The longest subject before such an adjunct (`His Majesty`, `The provincial police chief`).
MAX_SUBJECT_WORDS = 5
_ADJUNCT = re.compile(
    r"(?P<subject>[A-Z][^,.;:“”\"]*?),?\s+(?:in|at|during|speaking at|speaking to|while addressing|addressing)\s"
    r"[^.;:“”\"]*,\s*$"
)


def subject_before_adjunct(text: str, region_start: int, verb_start: int) -> int | None:
    """The end offset of the subject when an adjunct of place or time stands between it and the
    verb at ``verb_start`` (the clause opening at ``region_start``), else None."""
    found = _ADJUNCT.match(text, region_start, verb_start)
    if found is None:
        return None
    subject = found.group("subject")
    words = subject.split()
    if not words or len(words) > MAX_SUBJECT_WORDS or "," in subject:
        return None
    return found.end("subject")
