"""An English quote closed by a full stop inside its marks and led in by a speech verb and a comma
or colon (`Daniel Okoro said, “... camps.” Peter Ekong said a man died ...`): the lead-in signs it,
and the sentence after the closing mark is the reporter's next one, whoever it names
(en_resolve1 round)."""

from __future__ import annotations

from annotator.nlp.quotes.pairing import QuoteCandidate
from annotator.nlp.speakers.attribution import Attribution, Attributor

#: How far before the opening mark the lead-in's cue may end (`said at a briefing on Monday, “`).
_CUE_REACH = 60


def signed_before(attributor: Attributor, quote: QuoteCandidate, region_start: int) -> Attribution | None:
    """The lead-in's attribution of ``quote`` when it is English, closed by a full stop (or `!`,
    `?`) inside its marks and opened right after `,` or `:` that follows a cue and its speaker."""
    text = attributor.text
    close = quote.close_mark
    if not attributor.english or close is None or text[close - 1 : close] not in (".", "!", "?"):
        return None
    if not text[region_start : quote.open_mark].rstrip().endswith((",", ":")):
        return None
    lead = attributor.before_open(quote.open_mark, region_start)
    if lead is None or lead.cue is None or lead.speaker is None:
        return None
    between = text[lead.cue.end : quote.open_mark]
    return lead if len(between) <= _CUE_REACH and not any(mark in between for mark in ".!?") else None
