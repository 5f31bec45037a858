"""An English role that names a person by age (`the 19-year-old`, `the 24-year-old man`, `the
teenager`) points back at the person the text gave that age (`19-year-old X`, `X, 19,`, `X (19)`,
`X, a 24-year-old trader,`), not at whoever spoke or was named last (en_resolve1 round)."""

from __future__ import annotations

import re
from collections.abc import Callable

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.coref.coref_salience import coref_words

#: `the 19-year-old`, `The 34-year-old suspect`: the age a role gives, and nothing before it but `the`.
_AGE_ROLE = re.compile(r"(?i)the\s+(\d{1,3})-year-old\b")
#: An age written right before a name, with at most three small-letter words between
#: (`19-year-old Demarco Martin`, `a 24-year-old trader, John Banda`).
_AGE_BEFORE = re.compile(r"(\d{1,3})-year-old(?:,?\s+[a-z][\w-]*){0,3},?\s+$")
#: An age written right after a name (`X, 19,`, `X (19)`, `X, a 24-year-old trader`).
_AGE_AFTER = re.compile(r"\s*(?:,\s*(\d{1,3})\s*[,.]|\((\d{1,3})\)|,\s*an?\s+(\d{1,3})-year-old\b)")
#: How far before a name its age may be written.
_AGE_WINDOW = 50


def _role_ages(text: str) -> range | None:
    """The ages an English role names: one (`the 19-year-old ...`), or 13 to 19 for `the teenager`."""
    match = _AGE_ROLE.match(text)
    if match is not None:
        age = int(match.group(1))
        return range(age, age + 1)
    words = text.lower().split()
    if len(words) == 2 and words[0] == "the" and words[1] in coref_words()["teen_nouns_en"]:
        return range(13, 20)
    return None


def names_an_age(analysis: Analysis, speaker: Mention) -> bool:
    """Whether ``speaker`` is an English role naming a person by age (`the 30-year-old`, `the teen`)."""
    return analysis.lang == "en" and _role_ages(analysis.text[speaker.start : speaker.end]) is not None


def _age_of(text: str, person: Mention) -> int | None:
    """The age the text gives ``person`` right before or right after the name."""
    before = _AGE_BEFORE.search(text[max(0, person.start - _AGE_WINDOW) : person.start])
    if before is not None:
        return int(before.group(1))
    after = _AGE_AFTER.match(text, person.end)
    if after is not None:
        return int(next(group for group in after.groups() if group))
    return None


def aged_person(
    analysis: Analysis, speaker: Mention, people: list[Mention], resolve: Callable[[Mention], Mention]
) -> Mention | None:
    """The last person before an English age role (``speaker``) given the age it names, resolved
    to the full name; None when the role names no age or no one before has that age."""
    if analysis.lang != "en":
        return None
    text = analysis.text
    ages = _role_ages(text[speaker.start : speaker.end])
    if ages is None:
        return None
    aged = [m for m in people if m.end <= speaker.start and (age := _age_of(text, m)) is not None and age in ages]
    return resolve(aged[-1]) if aged else None
