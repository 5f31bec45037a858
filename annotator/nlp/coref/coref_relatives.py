"""English relative pronouns as speakers, resolved to the phrase right before them.

- Of things (`the Daily Courier, which argued that ...`): the body named right before it, never a
  person named or heard earlier (en_resolve3). The pronouns are `relatives_of_things` of
  `common/speech_words.toml`.
- Of people (`Police arrested Ana Silva, who said [...]`, `..., two witnesses, who said [...]`): the
  person named right before its comma (one apposition between allowed: `X, the head of Y, who said`),
  and no one else when that phrase names no one (guidelines, "Relative pronouns"; en_open2). The
  words are `relative_speakers_en`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.resources import speech_words

#: What may stand between the body and its pronoun: a bracketed short form and a comma
#: (`the Daily Courier (DC), which`), or the closing bracket of the short form itself.
_BETWEEN = re.compile(r"\)?\s*(?:\([^()\n]{1,20}\)\s*)?,?\s*")
#: A short form's opening bracket right after the full name (`Harbour Workers Union (`).
_OPENING = re.compile(r"\s*\(")
#: The entity labels a relative pronoun of things may stand for.
_BODIES = ("ORG", "GPE")
_RELATIVES_OF_PEOPLE = frozenset(speech_words()["relative_speakers_en"])
#: What may stand between a person and the relative word: a comma, or an apposition between commas.
_PERSON_BETWEEN = re.compile(r",(?:\s+[^,.;:“”\"]{1,80},)?\s+")


def relative_of_things(analysis: Analysis, speaker: Mention) -> bool:
    """Whether ``speaker`` is an English relative pronoun of things (`which`)."""
    word = analysis.text[speaker.start : speaker.end].lower()
    return analysis.lang == "en" and word in speech_words()["relatives_of_things"]


def body_before(analysis: Analysis, speaker: Mention) -> Mention | None:
    """The organisation or place written right before the relative pronoun ``speaker``
    (`X, which said`), or ``None`` when none is (a thing untagged, a person)."""
    text = analysis.text
    before = [m for m in analysis.entities if m.end <= speaker.start]
    if not before:
        return None
    last = max(before, key=lambda m: m.end)
    if last.label not in _BODIES or _BETWEEN.fullmatch(text, last.end, speaker.start) is None:
        return None
    full = next((m for m in before if m.label in _BODIES and _OPENING.fullmatch(text, m.end, last.start)), None)
    return full or last  # `Harbour Workers Union (HWU), which`: the full name


def is_relative_speaker(analysis: Analysis, speaker: Mention) -> bool:
    """Whether ``speaker`` is an English relative word of people after a comma (`..., who said`)."""
    return (
        analysis.lang == "en"
        and analysis.text[speaker.start : speaker.end].lower() in _RELATIVES_OF_PEOPLE
        and analysis.text[: speaker.start].rstrip().endswith(",")
    )


def relative_antecedent(analysis: Analysis, speaker: Mention, people: Sequence[Mention]) -> Mention | None:
    """The person named right before the relative ``speaker``'s comma, or None."""
    text = analysis.text
    for person in reversed(people):
        if person.end > speaker.start:
            continue
        between = _PERSON_BETWEEN.fullmatch(text, person.end, speaker.start)
        return person if between is not None else None
    return None
