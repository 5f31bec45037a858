"""A document and who made it as one speaker: `according to a report by X, ...`, `according to the
intelligence report obtained by X, ...`, `..., according to a report released by X.` The speaker
phrase stops at `by` elsewhere (`said by phone`); after a document noun the agent belongs to it."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.attribution import Attributor

_DOCUMENT_NOUNS = speech_words()["document_nouns"]
#: Data nouns: a source only with their agent (`figures published Friday by X`).
_DATA_NOUNS = speech_words()["agent_data_nouns"]
#: `by` right after the document, or after one participle and a time (`released on Monday by`), or
#: `from` right after it (`a statement from the ministry`).
_AGENT = re.compile(r"\s+(?:(?:[a-z]+ed\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+)?)?by|from)\s+[A-Z\w]")
#: Data released by someone: a participle, perhaps a day, then `by` (`figures published Friday by`);
#: `data from the ministry` names where the data sit, not who speaks.
_RELEASED_BY = re.compile(r"\s+[a-z]+ed\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+)?by\s+[A-Z\w]")
#: The longest agent phrase taken into the speaker.
MAX_AGENT_WORDS = 10


def with_agent(attributor: Attributor, speaker: Mention | None, limit: int) -> Mention | None:
    """``speaker`` run on through `by X` up to ``limit`` (the comma or the sentence's end) when its
    last word, or the one before a participle, is a document noun; else ``speaker`` itself."""
    if speaker is None or speaker.attrs.get("kind") != "role":
        return speaker
    text = attributor.text
    words = text[speaker.start : speaker.end].lower().split()
    dated = len(words) > 2 and words[-1].endswith("day") and words[-2].endswith("ed")  # `published Friday`
    participle = dated or (len(words) > 1 and words[-1].endswith("ed"))
    after_noun = int(participle) + int(dated)  # words after the noun
    if not words or words[-1 - after_noun] not in _DOCUMENT_NOUNS | _DATA_NOUNS:
        return speaker
    anchor = speaker.end
    for _ in range(after_noun):
        anchor = text.rfind(" ", speaker.start, anchor)  # re-read the participle (and its day)
    if not _AGENT.match(text, anchor, limit):
        return speaker
    end = limit
    while end > anchor and (text[end - 1].isspace() or text[end - 1] in ".!?"):
        end -= 1
    if len(text[speaker.end : end].split()) > MAX_AGENT_WORDS or "," in text[speaker.end : end]:
        return speaker
    return attributor.mention(speaker.start, end, "SPEAKER", kind="role")


def data_with_agent(attributor: Attributor, first: int, limit: int) -> bool:
    """Whether the source opening at token ``first`` is a data noun released by an agent before
    ``limit`` (`figures published Friday by the flood agency`): data that speak through who released
    them. `data from the ministry` does not."""
    tokens = attributor.tokens.tokens
    if first >= len(tokens) or tokens[first].text.lower() not in _DATA_NOUNS:
        return False
    return _RELEASED_BY.match(attributor.text, tokens[first].end, limit) is not None
