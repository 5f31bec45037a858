"""A document and who made it as one speaker: `according to a report by X, ...`, `according to the
intelligence report obtained by X, ...`, `..., according to a report released by X.` The speaker
phrase stops at `by` elsewhere (`said by phone`); after a document noun the agent belongs to it."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.attribution import Attributor

_DOCUMENT_NOUNS = speech_words()["document_nouns"]
#: `by` right after the document, or after one participle and a time (`released on Monday by`), or
#: `from` right after it (`a statement from the ministry`).
_AGENT = re.compile(r"\s+(?:(?:[a-z]+ed\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+)?)?by|from)\s+[A-Z\w]")
#: The longest agent phrase taken into the speaker.
MAX_AGENT_WORDS = 10


def with_agent(attributor: Attributor, speaker: Mention | None, limit: int) -> Mention | None:
    """``speaker`` run on through `by X` up to ``limit`` (the comma or the sentence's end) when its
    last word, or the one before a participle, is a document noun; else ``speaker`` itself."""
    if speaker is None or speaker.attrs.get("kind") != "role":
        return speaker
    text = attributor.text
    words = text[speaker.start : speaker.end].lower().split()
    participle = len(words) > 1 and words[-1].endswith("ed")
    if not words or (words[-2] if participle else words[-1]) not in _DOCUMENT_NOUNS:
        return speaker
    anchor = text.rfind(" ", speaker.start, speaker.end) if participle else speaker.end  # re-read the participle
    if not _AGENT.match(text, anchor, limit):
        return speaker
    end = limit
    while end > anchor and (text[end - 1].isspace() or text[end - 1] in ".!?"):
        end -= 1
    if len(text[speaker.end : end].split()) > MAX_AGENT_WORDS or "," in text[speaker.end : end]:
        return speaker
    return attributor.mention(speaker.start, end, "SPEAKER", kind="role")
