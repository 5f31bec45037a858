"""Quotes with no attribution of their own that share a neighbour's: the next quote of the same
paragraph or a paragraph that is the whole quote, with only page furniture between them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator.nlp.quotes.crosshead_gap import crosshead_in_gap
from annotator.nlp.quotes.pairing import QuoteCandidate
from annotator.nlp.quotes.quote_speech import looks_like_speech
from annotator.nlp.quotes.signature_line import signature_dash
from annotator.nlp.speakers.attribution import Attribution


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


def only_crosshead_between(text: str, start: int, end: int, furniture: Sequence[tuple[int, int]]) -> bool:
    """Whether one crosshead line (:func:`crosshead_in_gap`: `What comes next`), and otherwise only
    white space and page furniture, stand between two offsets."""
    head = crosshead_in_gap(text, start, end, furniture)
    return head is not None and only_furniture_between(text, start, end, [*furniture, head])


def share_attribution(
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
            # `Baca juga:` line between them changes nothing), unless a dash after it on its line
            # signs it with a speaker of its own (`‘...’ – Coach X on ...`).
            if _signed_on_its_line(text, quote):
                continue
            gap_start, gap_end = quotes[number - 1].para_end, quote.para_start
            if only_furniture_between(text, gap_start, gap_end, furniture):
                result[number] = (result[number - 1][0], 0.6)
            elif only_crosshead_between(text, gap_start, gap_end, furniture):
                # A crosshead between them names no new speaker either (`What comes next`).
                result[number] = (result[number - 1][0], 0.55)
    _share_forward(text, quotes, found, result, furniture)
    return result


#: A short phrase of the reporter's opening a quote paragraph (`Dalam kejadian ini, “...`): the
#: quote still continues the quote paragraph before it. A cue there would have attributed it.
_SHORT_LEAD_IN = re.compile(r"^[\s\x00]*[A-Z]\w*(?:\s+\w+){0,3}\s*,[\s\x00]*$")


def _signed_on_its_line(text: str, quote: QuoteCandidate) -> bool:
    """Whether a dash after the quote's closing mark opens the rest of its paragraph."""
    return quote.close_mark is not None and signature_dash(text, quote.close_mark + 1, quote.para_end) is not None


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
