"""The clause before a quote's opening mark: where it starts, whether a cue in it introduces the quote
(`Ia menuturkan, “...`, `kata Kapolres X, "...`) or reports a clause the quote is woven into
(`said he took the phone, “thinking ...”`), and a whole clause quoted after `that`/`bahwa`."""

from __future__ import annotations

import re

from annotator.nlp.quotes.pairing import QuoteCandidate
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.attribution import Attribution, Attributor

SENTENCE_END = re.compile(r"[.!?…][”\"’)]*\s+(?=[A-Z“\"‘(])")


def clause_start(text: str, quote: QuoteCandidate, previous_close: int | None) -> int:
    """Start of the clause before a quote's opening mark: the paragraph, the previous quote in it,
    or the last sentence end before the mark."""
    start = quote.para_start
    if previous_close is not None and previous_close >= start:
        start = previous_close + 1
    # One past the mark, so that the look-ahead of a sentence end can see the mark itself.
    for match in SENTENCE_END.finditer(text, start, quote.open_mark + 1):
        start = min(match.end(), quote.open_mark)
    return start


#: What may stand between a cue's clause and the opening mark it introduces: a comma or a colon.
_INTRODUCING_GAP = re.compile(r"[\s\x00]*[,:]?[\s\x00]*$")
#: The most words between a cue and the opening mark it introduces (its speaker, then a comma).
MAX_INTRODUCER_WORDS = 8


def introduced_by_cue(attributor: Attributor, text: str, quote: QuoteCandidate, previous_close: int | None) -> bool:
    """Whether a cue introduces the quote right before its opening mark: `mengatakan "kami ...`,
    `Ia menuturkan, “pelaku ...`, `kata Kapolres Budi Hartono, "kami ...` (a comma or a colon
    after the speaker), not `said the groups that “committed ...”`."""
    attribution = attributor.before_open(quote.open_mark, clause_start(text, quote, previous_close))
    if attribution is None or attribution.cue is None or attribution.cue.end > quote.open_mark:
        return False
    between = text[attribution.cue.end : quote.open_mark]
    if _THAT_BEFORE_MARK.match(between) and quote.words >= MIN_THAT_QUOTE_WORDS:
        return True  # `had said on TV that “the court of public opinion can be ...”`: a whole clause quoted
    if attributor.english and _sentence_goes_on(text, quote):
        return False  # `X said "there is no way" he is able to ...`: a fragment woven into the sentence
    tail_start = max(attribution.cue.end, attribution.speaker.end if attribution.speaker is not None else 0)
    tail = text[tail_start : quote.open_mark]
    if _INTRODUCING_GAP.match(tail):
        return True
    if _REPORT_OPENING.match(between):
        return False  # `said he took the phone, “thinking ...”`: a reported clause, the quote woven into it
    if attributor.english and _reported_clause(between, attribution):
        return False  # `said the accused was detained, “interviewed ...”, and`: the same, after a noun
    return len(between.split()) <= MAX_INTRODUCER_WORDS and between.rstrip(" \x00").endswith((",", ":"))


_REPORTED_CLAUSE_VERBS = speech_words()["reported_clause_verbs"]


def _reported_clause(between: str, attribution: Attribution) -> bool:
    """Whether the words between a cue and an opening mark hold a finite verb (`the accused was
    detained in the station,`), the speaker standing before the cue: a reported clause, not the
    speaker or a time or place after an inverted cue (`said Inspector X on Monday, “...`)."""
    speaker, cue = attribution.speaker, attribution.cue
    if speaker is not None and cue is not None and speaker.start > cue.start:
        return False
    return any(word.strip(",;:") in _REPORTED_CLAUSE_VERBS for word in between.lower().split())


def that_introduced(
    attributor: Attributor, text: str, quote: QuoteCandidate, previous_close: int | None
) -> Attribution | None:
    """The cue and speaker of a whole clause quoted after `that`/`bahwa` (`X had said on TV that
    “the court ...” when asked`): theirs, not a verb after the closing mark (`when asked`)."""
    if not text[quote.start : quote.start + 1].islower() or quote.words < MIN_THAT_QUOTE_WORDS:
        return None
    attribution = attributor.before_open(quote.open_mark, clause_start(text, quote, previous_close))
    if attribution is None or attribution.cue is None or attribution.cue.end > quote.open_mark:
        return None
    return attribution if _THAT_BEFORE_MARK.match(text[attribution.cue.end : quote.open_mark]) else None


def _sentence_goes_on(text: str, quote: QuoteCandidate) -> bool:
    """Whether the reporter's sentence goes on with small words right after the closing mark of a
    quotation that ends with no punctuation of its own (`"there is no way" he is able to ...`)."""
    if quote.close_mark is None or text[quote.close_mark - 1 : quote.close_mark] in ",.?!;:":
        return False
    after = text[quote.close_mark + 1 : quote.para_end].lstrip(" ")
    return after[:1].isalpha() and after[:1].islower()


#: `that`/`bahwa` right before the opening mark, straight after the cue or after a place or time
#: (`said that “...`, `said on TV on Monday that “...`), not after an object (`said the groups that
#: “committed ...`: a relative clause).
_THAT_BEFORE_MARK = re.compile(
    r"^(?:[\s\x00]+(?:on|in|at|during|earlier|last|yesterday|today|pada|di|dalam|saat)\b[^,;:\"“”\n]{0,40}?)?"
    r"[\s\x00]+(?:that|bahwa)[\s\x00]*$",
    re.IGNORECASE,
)
#: Fewer quoted words after `that` are a partial quote woven into the report (the guidelines).
MIN_THAT_QUOTE_WORDS = 4
#: A cue followed by a subject pronoun or `that` reports a clause (`said he took ...`), and does not
#: introduce the quotation after that clause.
_REPORT_OPENING = re.compile(r"[\s\x00]+(?:that|he|she|they|we|it|I)\s", re.IGNORECASE)
