"""An English relative word as a speaker (`Police arrested Ana Silva, who said [...]`, `..., two
witnesses, who said [...]`): it stands for the phrase right before its comma, so it resolves to the
person named there (one apposition between allowed: `X, the head of Y, who said`) and to no one
else when that phrase names no one (guidelines, "Relative pronouns"; en_open2)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.resources import speech_words

_RELATIVES = frozenset(speech_words()["relative_speakers_en"])
#: What may stand between the antecedent and the relative word: a comma, or an apposition between commas.
_BETWEEN = re.compile(r",(?:\s+[^,.;:“”\"]{1,80},)?\s+")


def is_relative_speaker(analysis: Analysis, speaker: Mention) -> bool:
    """Whether ``speaker`` is an English relative word after a comma (`..., who said`)."""
    return (
        analysis.lang == "en"
        and analysis.text[speaker.start : speaker.end].lower() in _RELATIVES
        and analysis.text[: speaker.start].rstrip().endswith(",")
    )


def relative_antecedent(analysis: Analysis, speaker: Mention, people: Sequence[Mention]) -> Mention | None:
    """The person named right before the relative ``speaker``'s comma, or None."""
    text = analysis.text
    for person in reversed(people):
        if person.end > speaker.start:
            continue
        between = _BETWEEN.fullmatch(text, person.end, speaker.start)
        return person if between is not None else None
    return None
