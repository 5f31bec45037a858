"""A role closing an outer report after an inner one (`Residents said [...], the district chief
told reporters.`): besides the pronouns and plural sources of ``closing_subjects``, a determiner, up
to three lower-case words and a role word (`chief`, `spokesman`, `official`) before `said` or `told`
and whom it told (annotator/nlp/indirect/report_closing_subject.py splits the report there)."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.resources import load_resources


@cache
def _pattern() -> re.Pattern[str]:
    tails = sorted({role.split()[-1].lower() for role in load_resources("en").roles if role.split()})
    tails = [t for t in tails if t.isalpha()]
    return re.compile(
        r",\s+((?:the|a|an)\s+(?:[a-z-]+\s+){0,3}(?:" + "|".join(tails) + r"))\s+(said|told)"
        r"(?:\s+(?:reporters|journalists|[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,2}))?\s*$"
    )


def closing_role(text: str, begin: int, end: int) -> re.Match[str] | None:
    """The match of `, the <role> said/told X` closing ``text[begin:end]``; else None."""
    if ", " not in text[begin:end]:
        return None
    return _pattern().search(text, begin, end)
