"""An English relative pronoun of things speaking (`the Daily Courier, which argued that ...`)
stands for the body named right before it, never for a person named or heard earlier
(en_resolve3 round). The pronouns are `relatives_of_things` of `common/speech_words.toml`."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.resources import speech_words

#: What may stand between the body and its pronoun: a bracketed short form and a comma
#: (`the Daily Courier (DC), which`), or the closing bracket of the short form itself.
_BETWEEN = re.compile(r"\)?\s*(?:\([^()\n]{1,20}\)\s*)?,?\s*")
#: A short form's opening bracket right after the full name (`Harbour Workers Union (`).
_OPENING = re.compile(r"\s*\(")
#: The entity labels a relative pronoun of things may stand for.
_BODIES = ("ORG", "GPE")


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
