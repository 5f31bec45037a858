"""`X melalui Y mengatakan`: a head speaking through an officer is the speaker (the real pages'
decisions), so the speaker before the verb is X, not the officer Y named last before it; so is a
head an officer accompanies (`X didampingi Y mengatakan`). The head may be a body speaking through
its spokesperson (`Koalisi X melalui Y menilai`, the twenty-first batch's decision)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from annotator.nlp.analysis import Mention
from annotator.nlp.resources import speech_words

#: An academic degree after a name (`S.Sos`, `SE`, `M.Si`).
_DEGREE = r"(?:[A-Z][A-Za-z]{0,3}\.?){1,3}"


@cache
def _through() -> re.Pattern[str]:
    """A `speaking_through` word (`melalui`) with the officer's role after it; only commas, spaces
    and the head's degrees before it (`X, S.Sos melalui Y`)."""
    heads = speech_words()["speaking_through"]
    words = "|".join(sorted(map(re.escape, heads), key=len, reverse=True))
    return re.compile(rf"[\s,]*(?:{_DEGREE}(?:,\s*{_DEGREE})*[\s,]+)?(?i:{words})\s")


def head_through(text: str, entities: Sequence[Mention], person: Mention, region_start: int) -> Mention:
    """The PERSON or ORG right before `melalui` that ``person`` speaks for, else ``person`` itself."""
    earlier = [
        m for m in entities if m.label in ("PERSON", "ORG") and region_start <= m.start and m.end <= person.start
    ]
    for head in reversed(earlier):
        through = _through().match(text, head.end)
        if through and through.end() <= person.start and not _clause_break(text[through.end() : person.start]):
            return head
    return person


def _clause_break(between: str) -> bool:
    """A sentence end between the head and the officer: they are not one subject."""
    return any(mark in between for mark in ".!?\n")
