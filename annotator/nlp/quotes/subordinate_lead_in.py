"""An English colon lead-in inside a subordinate clause (`Even though X replied: “...,” Y told him
...`): the quote belongs to the lead-in's speaker, not to the main clause after the closing mark."""

from __future__ import annotations

from annotator.nlp.quotes.pairing import QuoteCandidate
from annotator.nlp.quotes.quote_introduction import clause_start
from annotator.nlp.resources import speech_word_list
from annotator.nlp.speakers.attribution import Attribution, Attributor

#: Words opening a subordinate clause before the main one (`Even though`, `Although`).
_OPENERS = tuple(f"{opener} " for opener in speech_word_list("subordinate_lead_in_openers_en"))


def subordinate_lead_in(
    attributor: Attributor, text: str, quote: QuoteCandidate, previous_close: int | None
) -> Attribution | None:
    """The cue and speaker of a colon lead-in that opens with a word of
    [subordinate_lead_in_openers_en] right before the quote, when that lead-in names its speaker;
    else None (the main clause after the close is read as before)."""
    if not attributor.english or quote.close_mark is None:
        return None
    start = clause_start(text, quote, previous_close)
    lead_in = text[start : quote.open_mark].strip(" \x00")
    if not lead_in.endswith(":") or not lead_in.lower().startswith(_OPENERS):
        return None
    attribution = attributor.before_open(quote.open_mark, start)
    if attribution is None or attribution.cue is None or attribution.speaker is None:
        return None
    return attribution
