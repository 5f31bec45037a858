"""Whether a sentence credited to a body at its end is a figure (`23 people died, according to the
agency`: data, no speech) rather than a claim or an account (`The two storms landed hours apart,
according to the weather centre`: a report). A figure counts or measures: a percentage or money, a
number with a unit, a number with a toll or people counted, or a proportion opening it
(en_indirect26). Words in ``credited_figures.toml``."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.resources import read_toml
from annotator.nlp.text.patterns import phrase_alternation


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], ...] | None:
    table = read_toml(lang, "credited_figures.toml")
    if not table:
        return None
    number = r"(?:\d[\d,.]*|\b(?:" + phrase_alternation(table["numbers"]) + r")\b)"
    signs = "|".join(re.escape(sign) for sign in table["money_signs"])
    percent = phrase_alternation([word for word in table["percent"] if word != "%"])
    return (
        re.compile(r"(?:" + percent + r")\b|%|(?:" + signs + r")\s?\d", re.IGNORECASE),
        re.compile(number + r"(?:\s+[\w-]+){0,2}?\s+(?:" + phrase_alternation(table["units"]) + r")\b", re.IGNORECASE),
        re.compile(r"\b(?:" + phrase_alternation(table["counted"]) + r")\b", re.IGNORECASE),
        re.compile(number, re.IGNORECASE),
        re.compile(r"\s*(?:" + phrase_alternation(table["proportions"]) + r")\b", re.IGNORECASE),
    )


def is_figure(text: str, lang: str, begin: int, end: int) -> bool:
    """Whether the sentence part from ``begin`` to ``end`` counts or measures something."""
    patterns = _patterns(lang)
    if patterns is None:
        return False
    share, measure, counted, number, proportion = patterns
    if share.search(text, begin, end) or measure.search(text, begin, end):
        return True
    if counted.search(text, begin, end) and number.search(text, begin, end):
        return True
    return proportion.match(text, begin, end) is not None
