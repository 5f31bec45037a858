"""Another party's answer after a report (`X said [the funds were not released], but the committee
rejected her claim.`, en_indirect21): after `, but` a subject of its own, a verb that answers what
was said and, as its object, the words said (`her claim`, `this`) are the reporter's account of the
answer, no part of the report."""

from __future__ import annotations

import re

from annotator.nlp.resources import speech_words

_WORDS = speech_words()
#: `, but` + a subject of one to four words + an answering verb + (a determiner) + what was said.
_REBUTTAL = re.compile(
    r",\s+but\s+(?:[\w’'.-]+\s+){1,4}?(?:" + "|".join(sorted(_WORDS["rebuttal_verbs_en"])) + r")\s+"
    r"(?:(?:the|her|his|their|its|this|that|these|those)\s+)?(?:" + "|".join(sorted(_WORDS["rebutted_words_en"])) + r")\b"
)


def rebuttal_start(text: str, lang: str, begin: int, end: int) -> int | None:
    """Where `, but <another party> rejected the claim` starts between ``begin`` and ``end``; None
    without one (or outside English)."""
    if lang != "en":
        return None
    found = _REBUTTAL.search(text, begin, end)
    return found.start() if found is not None else None
