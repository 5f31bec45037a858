"""Direct quotes with their cues and speakers: pairs quotation marks, attributes each quote, shares
one attribution within a split or multi-paragraph quote, and drops scare quotes and titles. The
clause before an opening mark is read in :mod:`quote_introduction`, attributions shared between
quotes in :mod:`quote_sharing`."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Analysis, Link, Mention
from annotator.nlp.quotes.lead_in_first import signed_before
from annotator.nlp.quotes.lost_marks import close_lost_marks, drop_doubtful_carried, open_lost_marks
from annotator.nlp.quotes.pairing import QuoteCandidate, find_quotations
from annotator.nlp.quotes.quote_introduction import SENTENCE_END, clause_start, introduced_by_cue, that_introduced
from annotator.nlp.quotes.quote_sharing import share_attribution
from annotator.nlp.quotes.quote_speech import looks_like_speech
from annotator.nlp.quotes.sign_words import written_on_sign
from annotator.nlp.quotes.speech_what_said import what_x_said
from annotator.nlp.quotes.subordinate_lead_in import subordinate_lead_in
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.attribution import Attribution, Attributor
from annotator.nlp.text.tokens import TokenIndex

#: Words opening the paragraph after a quote that hand it its cue (`Begitulah ungkap X`).
AFTER_QUOTE_OPENERS = speech_words()["after_quote_openers"]
_PASSIVE_CUES = speech_words()["passive_cues"]
_OPENER_PHRASES = speech_words()["after_quote_opener_phrases"]


def _attribute(attributor: Attributor, text: str, quotes: list[QuoteCandidate]) -> dict[int, Attribution]:
    found: dict[int, Attribution] = {}
    previous_close: int | None = None
    previous_para = -1
    for number, quote in enumerate(quotes):
        if quote.para_start != previous_para:
            previous_close = None
            previous_para = quote.para_start
        attribution = that_introduced(attributor, text, quote, previous_close) or subordinate_lead_in(
            attributor, text, quote, previous_close
        )
        if attribution is None and quote.close_mark is not None:
            # `X said, “... .” Y said ...`: the lead-in signs a quote its full stop closed
            attribution = signed_before(attributor, quote, clause_start(text, quote, previous_close))
            attribution = attribution or attributor.after_close(quote.close_mark, quote.para_end)
        if attribution is None:
            attribution = attributor.before_open(quote.open_mark, clause_start(text, quote, previous_close))
        if attribution is None and previous_close is None:
            attribution = _colon_paragraph_before(attributor, text, quote)
        if attribution is None:
            attribution = paragraph_after(attributor, quote) or what_x_said(attributor, quote)
        if attribution is not None:
            found[number] = attribution
        previous_close = quote.close_mark if quote.close_mark is not None else quote.para_end
    return found


def paragraph_after(attributor: Attributor, quote: QuoteCandidate) -> Attribution | None:
    """`“...,”` ending its paragraph, then `Begitulah ungkap X ...` / `Demikian disampaikan X`
    opening the next one (or the next sentence: `“...”. Demikian kata X`): that cue and speaker."""
    text, tokens = attributor.text, attributor.tokens
    if quote.close_mark is None:
        return None
    tail = text[quote.close_mark + 1 : quote.para_end]
    if tail.strip(" \x00,.") == "":
        index = tokens.first_at_or_after(quote.para_end)
        if index + 1 >= len(tokens) or text[quote.para_end : tokens.tokens[index].start].strip():
            return None
    elif after := _NEXT_SENTENCE.match(tail) or (text[quote.close_mark - 1] in ".!?" and _STOPPED_INSIDE.match(tail)):
        index = tokens.first_at_or_after(quote.close_mark + 1 + after.end())  # `“...”. Demikian kata X`, `“....” Hal itu ...`
        if index + 1 >= len(tokens):
            return None
    else:
        return None
    phrase = index + 2 < len(tokens) and opener_phrase(tokens, index)
    if phrase:
        index += 1  # `Hal itu disampaikan X`: the second word ends the opener
    elif tokens.tokens[index].text.lower() not in AFTER_QUOTE_OPENERS:
        return None
    limit = text.find("\n", tokens.tokens[index].end)
    limit = len(text) if limit < 0 else limit
    cue_at = index + 1
    if phrase and tokens.tokens[cue_at].text.lower() not in _PASSIVE_CUES:
        return None
    if tokens.tokens[cue_at].text.lower() in _PASSIVE_CUES:
        cue_end: int | None = cue_at + 1
    else:
        cue_end = attributor.cues.after_close(cue_at)
    if cue_end is None:
        return None
    cue = attributor.token_mention(cue_at, cue_end - 1, "CUE")
    if attributor.cues.clitic_after_close(cue_end - 1) and cue_end - 1 == cue_at:
        return Attribution(cue, attributor.token_mention(cue_at, cue_at, "SPEAKER", kind="clitic"), 0.8)
    return Attribution(cue, attributor.speaker_after(cue_end, limit), 0.8)


def opener_phrase(tokens: TokenIndex, index: int) -> bool:
    """Whether words ``index`` and ``index + 1`` are an ``after_quote_opener_phrases`` entry (`Hal itu`)."""
    words = f"{tokens.tokens[index].text} {tokens.tokens[index + 1].text}".lower()
    return words in _OPENER_PHRASES and tokens.tokens[index].end + 1 == tokens.tokens[index + 1].start


#: A full stop after a closing mark and the next sentence's first word (`“...”. Demikian kata X`).
_NEXT_SENTENCE = re.compile(r"[\s\x00]*\.[\s\x00]+(?=[A-Z])")
#: The same when the quote's own stop ends the sentence (`“... stabil.” Hal itu disampaikan X`).
_STOPPED_INSIDE = re.compile(r"[ \x00]+(?=[A-Z])")


def _colon_paragraph_before(attributor: Attributor, text: str, quote: QuoteCandidate) -> Attribution | None:
    """`Rizky mengatakan:` closing the previous paragraph introduces the quote that opens this one;
    so does `Rizky mengatakan,` (a line broken after the comma), when the cue ends that line."""
    if text[quote.para_start : quote.open_mark].strip():
        return None
    before = text[: quote.para_start].rstrip()
    if not before.endswith((":", ",")):
        return None
    para_start = before.rfind("\n") + 1
    start = para_start
    for match in SENTENCE_END.finditer(text, para_start, len(before)):
        start = match.end()
    attribution = attributor.before_open(len(before), start)
    if before.endswith(",") and attribution is not None:
        last = max(attribution.cue.end if attribution.cue else 0, attribution.speaker.end if attribution.speaker else 0)
        if attribution.cue is None or text[last : len(before) - 1].strip():
            return None  # `Di tempat terpisah, ...,` ends with other words: no cue introduces the quote
    return attribution


def find_direct_quotes(analysis: Analysis, attributor: Attributor) -> list[tuple[Mention, Attribution | None]]:
    """QUOTE mentions with their attributions, added to ``analysis`` with their CUE/SPEAKER links."""
    text = analysis.text
    quotes = find_quotations(text, analysis.skip_ranges)
    close_lost_marks(attributor, text, quotes)
    quotes = drop_doubtful_carried(attributor, quotes)
    quotes = open_lost_marks(attributor, quotes, analysis.skip_ranges)
    found = _attribute(attributor, text, quotes)
    furniture = [(m.start, m.end) for m in analysis.furniture if m.attrs.get("kind") != "dateline"]
    shared = share_attribution(text, quotes, found, furniture)
    groups_attributed = {quotes[n].group for n in shared}
    results: list[tuple[Mention, Attribution | None]] = []
    for number, quote in enumerate(quotes):
        attribution, score = shared.get(number, (None, 0.5))
        own = found.get(number)
        introduced = text[quote.start : quote.start + 1].islower() and (
            introduced_by_cue(attributor, text, quote, _previous_close(quotes, number))
            or _split_continuation(text, quotes, found, number)
        )
        answer = quote.words < 4 and _short_answer(attributor, text, quote, _previous_close(quotes, number))
        cued = own is not None and own.cue is not None and quote.close_mark is not None and own.cue.start > quote.close_mark
        attributed = quote.group in groups_attributed and number in shared
        if not looks_like_speech(text, quote, attributed, cued, introduced, answer):
            continue
        if written_on_sign(text, quote, attribution.cue if attribution is not None else None):
            continue
        mention = Mention(quote.start, quote.end, "QUOTE", score=round(score, 2), rule="quotation_marks")
        analysis.quotes.append(mention)
        results.append((mention, attribution))
        link_attribution(analysis, mention, attribution, score)
    return results


_NAMING_CUES = speech_words()["naming_cues"]
#: A comma or a colon right before an opening mark (`says, 'I don't know'`).
_COMMA_BEFORE_MARK = re.compile(r"[,:][\s\x00]*$")


def _short_answer(attributor: Attributor, text: str, quote: QuoteCandidate, previous_close: int | None) -> bool:
    """A short quotation that a cue, its speaker and a comma or colon introduce and that ends its
    sentence or paragraph (`Bathan only says, 'I don't know'`, `jawabnya singkat: "Belum tahu."`): an
    answer given in a few words, speech like a short quote with its cue after it."""
    if not _COMMA_BEFORE_MARK.search(text[quote.para_start : quote.open_mark]):
        return False
    attribution = attributor.before_open(quote.open_mark, clause_start(text, quote, previous_close))
    if attribution is None or attribution.cue is None or attribution.cue.end > quote.open_mark:
        return False
    if text[attribution.cue.start : attribution.cue.end].lower() in _NAMING_CUES:
        return False  # `Ia menyebutnya, "kampungan".`: a term
    tail_start = max(attribution.cue.end, attribution.speaker.end if attribution.speaker is not None else 0)
    if len(text[tail_start : quote.open_mark].split()) > 1:
        return False  # `menyebut aksi itu, "kampungan"`: an object between; `menjawab singkat, "..."` is fine
    after = text[(quote.close_mark + 1 if quote.close_mark is not None else quote.end) : quote.para_end]
    return after.strip(" \x00")[:1] in ("", ".", "!", "?")


#: Between the speaker of a split quote's first part and its second part: a comma (`kata X, “...`).
_SPLIT_GAP = re.compile(r"^[\s\x00]*,[\s\x00]*$")


def _split_continuation(text: str, quotes: list[QuoteCandidate], found: dict[int, Attribution], number: int) -> bool:
    """`“Kami akan berjuang,” kata Budi, “sampai titik darah penghabisan.”`: the second part of a
    quote split by its cue and speaker, whose opening mark follows them after a comma."""
    if number == 0 or quotes[number - 1].para_start != quotes[number].para_start:
        return False
    previous = found.get(number - 1)
    close = quotes[number - 1].close_mark
    if previous is None or previous.cue is None or close is None or previous.cue.start < close:
        return False
    end = max(previous.cue.end, previous.speaker.end if previous.speaker is not None else 0)
    return end <= quotes[number].open_mark and bool(_SPLIT_GAP.match(text[end : quotes[number].open_mark]))


def _previous_close(quotes: list[QuoteCandidate], number: int) -> int | None:
    """Where the quote before ``number`` in its paragraph ends, or None when it opens the paragraph."""
    if number == 0 or quotes[number - 1].para_start != quotes[number].para_start:
        return None
    before = quotes[number - 1]
    return before.close_mark if before.close_mark is not None else before.para_end


def link_attribution(analysis: Analysis, quote: Mention, attribution: Attribution | None, score: float) -> None:
    if attribution is None:
        return
    if attribution.cue is not None:
        if attribution.cue not in analysis.cues:
            analysis.cues.append(attribution.cue)
        analysis.links.append(Link(quote, attribution.cue, "CUE", score=round(score, 2)))
    if attribution.speaker is not None:
        if attribution.speaker not in analysis.speakers:
            analysis.speakers.append(attribution.speaker)
        analysis.links.append(Link(quote, attribution.speaker, "SPEAKER", score=round(score, 2)))
