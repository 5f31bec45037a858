"""`X melalui Y mengatakan`: a head speaking through an officer is the speaker (the real pages'
decisions), so the speaker before the verb is X, not the officer Y named last before it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator.nlp.analysis import Mention

#: `melalui` (through) with the officer's role after it; only commas and spaces before it.
_THROUGH = re.compile(r"[\s,]*(?:melalui|lewat)\s", re.IGNORECASE)


def head_through(text: str, entities: Sequence[Mention], person: Mention, region_start: int) -> Mention:
    """The PERSON right before `melalui` that ``person`` speaks for, else ``person`` itself."""
    earlier = [
        m for m in entities if m.label == "PERSON" and region_start <= m.start and m.end <= person.start
    ]
    for head in reversed(earlier):
        if _THROUGH.match(text, head.end) and not _clause_break(text[head.end : person.start]):
            return head
    return person


def _clause_break(between: str) -> bool:
    """A sentence end between the head and the officer: they are not one subject."""
    return any(mark in between for mark in ".!?\n")
