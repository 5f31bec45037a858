"""`“...,” (a translation)` ending a paragraph, then `This is what X said when ...` opening the
next one: the English sentence after the quote names its cue and speaker."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from annotator.nlp.speakers.attribution import Attribution

if TYPE_CHECKING:
    from annotator.nlp.quotes.pairing import QuoteCandidate
    from annotator.nlp.speakers.attribution import Attributor

#: The opening of the paragraph that points back at the quote.
_WHAT_SAID = re.compile(r"(?:This|That|Such) (?:is|was) what ")
#: After the closing mark, before the paragraph ends: punctuation and a bracketed translation.
_AFTER_CLOSE = re.compile(r"[\s\x00,.]*(?:\([^()\n]*\))?[\s\x00.]*")
#: The most words between `what` and the cue (the speaker with its title).
MAX_SPEAKER_WORDS = 10


def what_x_said(attributor: Attributor, quote: QuoteCandidate) -> Attribution | None:
    """The cue and speaker of `This is what X said ...` right after the quote's paragraph."""
    text, tokens = attributor.text, attributor.tokens
    if not attributor.english or quote.close_mark is None:
        return None
    if _AFTER_CLOSE.fullmatch(text, quote.close_mark + 1, quote.para_end) is None:
        return None
    start = quote.para_end
    while start < len(text) and text[start] in "\n\r \x00":
        start += 1
    opening = _WHAT_SAID.match(text, start)
    if opening is None:
        return None
    first = tokens.first_at_or_after(opening.end())
    for k in range(first + 1, min(first + MAX_SPEAKER_WORDS, len(tokens.tokens))):
        verb_end = attributor.cues.before(k)
        if verb_end is not None:
            person = attributor.entity_by_last.get(k - 1)
            if person is not None and person.label == "PERSON":
                speaker = attributor.name_speaker(person)  # `what Police Chief Ramon Reyes said`: the name
            else:
                speaker = attributor.speaker_before(k, opening.end())
            if speaker is None:
                return None
            return Attribution(attributor.token_mention(k, verb_end - 1, "CUE"), speaker, 0.8)
    return None
