"""Direct quotes with their cues and speakers: pairs quotation marks, attributes each quote, shares
one attribution within a split or multi-paragraph quote, and drops scare quotes and titles."""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator.nlp.analysis import Analysis, Link, Mention
from annotator.nlp.quotes.lost_marks import close_lost_marks, drop_doubtful_carried, open_lost_marks
from annotator.nlp.quotes.pairing import QuoteCandidate, find_quotations
from annotator.nlp.quotes.quote_speech import looks_like_speech
from annotator.nlp.quotes.speech_what_said import what_x_said
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.attribution import Attribution, Attributor
from annotator.nlp.text.tokens import TokenIndex

_SENTENCE_END = re.compile(r"[.!?…][”\"’)]*\s+(?=[A-Z“\"‘(])")


def clause_start(text: str, quote: QuoteCandidate, previous_close: int | None) -> int:
    """Start of the clause before a quote's opening mark: the paragraph, the previous quote in it,
    or the last sentence end before the mark."""
    start = quote.para_start
    if previous_close is not None and previous_close >= start:
        start = previous_close + 1
    # One past the mark, so that the look-ahead of a sentence end can see the mark itself.
    for match in _SENTENCE_END.finditer(text, start, quote.open_mark + 1):
        start = min(match.end(), quote.open_mark)
    return start


#: What may stand between a cue's clause and the opening mark it introduces: a comma or a colon.
#: Words opening the paragraph after a quote that hand it its cue (`Begitulah ungkap X`).
AFTER_QUOTE_OPENERS = speech_words()["after_quote_openers"]
_PASSIVE_CUES = speech_words()["passive_cues"]
_OPENER_PHRASES = speech_words()["after_quote_opener_phrases"]
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


def _attribute(attributor: Attributor, text: str, quotes: list[QuoteCandidate]) -> dict[int, Attribution]:
    found: dict[int, Attribution] = {}
    previous_close: int | None = None
    previous_para = -1
    for number, quote in enumerate(quotes):
        if quote.para_start != previous_para:
            previous_close = None
            previous_para = quote.para_start
        attribution = that_introduced(attributor, text, quote, previous_close)
        if attribution is None and quote.close_mark is not None:
            attribution = attributor.after_close(quote.close_mark, quote.para_end)
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
    for match in _SENTENCE_END.finditer(text, para_start, len(before)):
        start = match.end()
    attribution = attributor.before_open(len(before), start)
    if before.endswith(",") and attribution is not None:
        last = max(attribution.cue.end if attribution.cue else 0, attribution.speaker.end if attribution.speaker else 0)
        if attribution.cue is None or text[last : len(before) - 1].strip():
            return None  # `Di tempat terpisah, ...,` ends with other words: no cue introduces the quote
    return attribution


def only_furniture_between(text: str, start: int, end: int, furniture: Sequence[tuple[int, int]]) -> bool:
    """Whether only white space and page furniture (`Baca juga: ...`) stand between two offsets; a
    line right after a furniture line ending in a colon is its headline (`Baca Juga:` / `Judul`)."""
    after_colon = False
    position = start
    for line in text[start:end].split("\n"):
        line_start, position = position, position + len(line) + 1
        if not line.strip():
            continue
        kept = "".join(
            char for offset, char in enumerate(line, line_start) if not any(s <= offset < e for s, e in furniture)
        )
        if kept.strip():
            if not after_colon:
                return False
            after_colon = False
        else:
            after_colon = line.rstrip().endswith(":")
    return True


def _share(
    text: str, quotes: list[QuoteCandidate], found: dict[int, Attribution], furniture: Sequence[tuple[int, int]] = ()
) -> dict[int, tuple[Attribution, float]]:
    """Give unattributed quotes the attribution of their group, their paragraph, or the paragraph before."""
    result: dict[int, tuple[Attribution, float]] = {n: (a, a.score) for n, a in found.items()}
    by_group: dict[int, Attribution] = {}
    for number, quote in enumerate(quotes):
        if number in found and quote.group not in by_group:
            by_group[quote.group] = found[number]
    for number, quote in enumerate(quotes):
        if quote.attrs.get("carried") and quote.group in by_group:
            # A quote carried into the next paragraph without a new opening mark keeps the attribution
            # of its first part (`He said: "...` / `...clears." However, X added that ...`).
            result[number] = (by_group[quote.group], 0.85)
            continue
        if number in result:
            continue
        if quote.group in by_group:
            result[number] = (by_group[quote.group], 0.85)
            continue
        same_para = [n for n in range(len(quotes)) if quotes[n].para_start == quote.para_start and n in found]
        before = [n for n in same_para if n < number]
        after = [n for n in same_para if n > number]
        # Only a quote that opens its paragraph continues the previous paragraph's speaker; one after
        # the reporter's words there (`He added that ... “...”`) is left to the indirect speech before it.
        lead_in = text[quote.para_start : quote.open_mark]
        opens = not lead_in.strip() or _SHORT_LEAD_IN.match(lead_in) is not None
        if before:
            result[number] = (found[before[-1]], 0.8)
        elif after:
            result[number] = (found[after[0]], 0.75)
        elif number > 0 and (number - 1) in result and opens and looks_like_speech(text, quotes[number - 1], True):
            # A quote paragraph right after an attributed one continues the same speaker (a
            # `Baca juga:` line between them changes nothing).
            gap_start, gap_end = quotes[number - 1].para_end, quote.para_start
            if only_furniture_between(text, gap_start, gap_end, furniture):
                result[number] = (result[number - 1][0], 0.6)
    _share_forward(text, quotes, found, result, furniture)
    return result


#: A short phrase of the reporter's opening a quote paragraph (`Dalam kejadian ini, “...`): the
#: quote still continues the quote paragraph before it. A cue there would have attributed it.
_SHORT_LEAD_IN = re.compile(r"^[\s\x00]*[A-Z]\w*(?:\s+\w+){0,3}\s*,[\s\x00]*$")


def _whole_paragraph(text: str, quote: QuoteCandidate) -> bool:
    """A quote that is its paragraph: nothing before its opening mark, nothing after its closing one
    but the full stop some newsrooms set after it (`“...”.`)."""
    if quote.close_mark is None or text[quote.para_start : quote.open_mark].strip(" \x00"):
        return False
    return not text[quote.close_mark + 1 : quote.para_end].strip(" \x00.")


def _share_forward(
    text: str,
    quotes: list[QuoteCandidate],
    found: dict[int, Attribution],
    result: dict[int, tuple[Attribution, float]],
    furniture: Sequence[tuple[int, int]],
) -> None:
    """A run of quote paragraphs, one sentence each, whose cue comes after the last one (`"...."` /
    `"...."` / `"...," kata X`): the unattributed paragraphs take the attribution that ends the run."""
    closing = {
        n
        for n, a in found.items()
        if a.cue is not None and quotes[n].close_mark is not None and a.cue.start > quotes[n].close_mark
    }
    for number in range(len(quotes) - 2, -1, -1):
        following = number + 1
        if number in result or following not in closing or not _whole_paragraph(text, quotes[number]):
            continue
        if not looks_like_speech(text, quotes[following], True):
            continue
        if text[quotes[following].para_start : quotes[following].open_mark].strip(" \x00"):
            continue
        if not only_furniture_between(text, quotes[number].para_end, quotes[following].para_start, furniture):
            continue
        result[number] = (result[following][0], 0.6)
        closing.add(number)


def find_direct_quotes(analysis: Analysis, attributor: Attributor) -> list[tuple[Mention, Attribution | None]]:
    """QUOTE mentions with their attributions, added to ``analysis`` with their CUE/SPEAKER links."""
    text = analysis.text
    quotes = find_quotations(text, analysis.skip_ranges)
    close_lost_marks(attributor, text, quotes)
    quotes = drop_doubtful_carried(attributor, quotes)
    quotes = open_lost_marks(attributor, quotes, analysis.skip_ranges)
    found = _attribute(attributor, text, quotes)
    furniture = [(m.start, m.end) for m in analysis.furniture if m.attrs.get("kind") != "dateline"]
    shared = _share(text, quotes, found, furniture)
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
