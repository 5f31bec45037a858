"""Sources after a closing `according to` that the plain speaker test misses: a role asking for
anonymity (`..., according to officials who spoke on condition of anonymity.`) and two names joined
by `and`, with an apposition after them (`..., according to Green Hands and Open Doors, groups formed
by former officers.`), which the real-set gold takes as one SPEAKER."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.appositions import MAX_APPOSITION_WORDS
from annotator.nlp.indirect.predicates import has_predicate
from annotator.nlp.speakers.anonymous_subjects import anonymous_speaker_after
from annotator.nlp.speakers.attribution import Attributor

#: A capitalised name of up to five words.
_NAME = re.compile(r"(?:[A-Z][\w'’.&-]*\s+){0,4}[A-Z][\w'’.&-]*")
#: `and` and a second capitalised name after the first source.
_SECOND_NAME = re.compile(r"\s+and\s+(?:[A-Z][\w'’.&-]*\s+){0,4}[A-Z][\w'’.&-]*")
#: What may close the sentence after the pair: nothing, or an apposition after a comma.
_APPOSITION = re.compile(r",\s+([a-z][^,]*)$")


def closing_source(attributor: Attributor, according_end: int, speaker: Mention | None, end: int) -> Mention | None:
    """The speaker of a closing `according to` in the two forms above; None otherwise."""
    tokens = attributor.tokens
    if not attributor.english or according_end >= len(tokens):
        return None
    anonymous = anonymous_speaker_after(attributor, tokens.tokens[according_end].start, end)
    text = attributor.text
    if anonymous is not None or speaker is None or not _named(text, speaker):
        return anonymous
    first = _NAME.match(text, speaker.start, end)  # the whole first name (`People’s Soldiers`, not `People`)
    second = _SECOND_NAME.match(text, max(speaker.end, first.end()) if first else speaker.end, end)
    if second is None:
        return None
    rest = text[second.end() : end].rstrip(" .!?")
    apposition = _APPOSITION.match(rest)
    if rest and (apposition is None or has_predicate(rest) or len(apposition.group(1).split()) > MAX_APPOSITION_WORDS):
        return None
    return attributor.mention(speaker.start, second.end(), "SPEAKER", kind="role")


def _named(text: str, speaker: Mention) -> bool:
    """A name or a body, or a capitalised phrase read as a role (`People’s Soldiers`)."""
    kind = speaker.attrs.get("kind")
    return kind in ("name", "org") or (kind == "role" and text[speaker.start : speaker.start + 1].isupper())
