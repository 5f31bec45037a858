"""Direct quotes: pairs of quotation marks, one QUOTE per paragraph, scare quotes and titles left out.

A quote is the text strictly inside its marks. Curly and straight marks pair in any mix (“ closed
by "), single marks inside a double-quoted quote belong to it, and a paragraph whose quote has no
closing mark ends that quote at the paragraph's end; the next paragraph's opening mark continues
it (a multi-paragraph quote, grouped so that all parts share one attribution), and so does the
next paragraph's text up to a closing mark when the copy left out the new opening mark.
Pairing reads ``quote_marks.mark_view`` of the text; whether a quotation is speech is decided
by ``quote_speech``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from annotator.nlp.quotes.line_breaks import join_broken_lines
from annotator.nlp.quotes.quote_ayn import ayn_in_name
from annotator.nlp.quotes.quote_carry import MARKS as _MARKS
from annotator.nlp.quotes.quote_carry import carried_without_marks, continuing_close, nested_straight_close
from annotator.nlp.quotes.quote_marks import PAD, mark_view

OPENERS = "“„«‟"
CLOSERS = "”»"
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"
#: Inside a quotation only these marks can close it or open a nested one (see find_quotations).
_INNER_MARKS = re.compile('[‘’”»«“„"\']')
_SINGLE_CLOSE = re.compile("[’”]")


@dataclass(eq=False)
class QuoteCandidate:
    """A quotation: content offsets (inside the marks) and where its marks are."""

    start: int
    end: int
    open_mark: int
    close_mark: int | None  # None when the paragraph ends first
    para_start: int
    para_end: int
    group: int = 0
    words: int = 0
    attrs: dict = field(default_factory=dict)


def _is_straight_open(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before == "," and after.isupper():
        return True  # `kata dia,"Kami ...` with the space left out
    return (before.isspace() or before in "([—–-:/") and not after.isspace()


def _is_close(text: str, j: int, opener: str) -> bool:
    char = text[j]
    if char in CLOSERS:
        return True
    if (char == "“" and opener in "“„\"”") or (char == "„" and opener == "„") or (char == "«" and opener == "»"):
        # An opening mark typed where the closing one belongs (`“Kami datang,“ kata dia`, `„...“`,
        # `"...,“`, `„...,„`): it closes when it ends a word or punctuation and does not start the
        # next word, or when it stands alone after punctuation before a small word (`desa, “ kata`).
        after = text[j + 1] if j + 1 < len(text) else " "
        if not text[j - 1].isspace():
            return not after.isalnum()
        if after in ",;":
            return True  # `... di desa “, jelasnya`: a mark right before a comma opens nothing
        following = text[j + 2 : j + 3] if after == " " else after
        # `... is ongoing. “` ending its paragraph closes too, and so does one after a sentence's end
        # that no other mark follows in the paragraph (`... tidak tega. “ Tutur Pak Leman.`).
        if text[j - 2 : j - 1] not in ",.?!":
            return False
        return following.islower() or _ends_paragraph(text, j + 1) or (text[j - 2] in ".?!" and _last_mark(text, j))
    if char in "’'" and text[j - 1] in ",.?!" and re.match(r"(?: [a-z]|\s*$)", text[j + 1 : j + 3]):
        return True  # a single mark typed for the double one after punctuation (`“Kami datang,’ kata X`)
    if char == '"':
        # A straight mark closes unless it clearly opens a new quotation.
        return not _is_straight_open(text, j) or opener == '"'
    return False


def run_on_paragraph(text: str, j: int) -> bool:
    """Whether the opening mark at ``j`` starts the next paragraph of a quote printed on the same line.

    A release whose quoted paragraphs were run into one line keeps each paragraph's opening mark
    (`“We built ten clinics. “Each has a doctor,” he said.`): a mark after a sentence's end and a
    space, before a capital, opens the next part of the same quote.
    """
    return text[j] in OPENERS and text[j - 2 : j] in (". ", "? ", "! ") and text[j + 1 : j + 2].isupper()


def _last_mark(text: str, i: int) -> bool:
    """Whether no quotation mark follows ``i`` in its line."""
    end = text.find("\n", i)
    return _INNER_MARKS.search(text, i + 1, end if end >= 0 else len(text)) is None


def _ends_paragraph(text: str, i: int) -> bool:
    """Whether only spaces stand between ``i`` and the end of its line."""
    end = text.find("\n", i)
    return not text[i : end if end >= 0 else len(text)].strip()


def _orphan_closer_opens(text: str, i: int, para_start: int, para_end: int) -> bool:
    """A closing mark that opens a quotation (`,”Kami ...,”`): no quotation is open, a word follows
    it directly, none precedes it, and another closing mark follows in the paragraph. After a
    sentence's end or at the paragraph's start a space may follow it (`” Kami ..., ” kata X`). Marks
    reversed on the page pair too (`”Kami ...,“ kata X`, `»Kami ...,« kata X`)."""
    if text[i] not in "”»" or i + 1 >= para_end:
        return False
    if i > 0 and text[i - 1].isalnum():
        return False
    if not text[i + 1].isalnum() and not (text[i + 1] == " " and _opens_after_space(text, i, para_start, para_end)):
        return False
    return any(text.find(mark, i + 1, para_end) > 0 for mark in '”"“»«')


def _glued_straight_opens(text: str, i: int) -> bool:
    """A straight mark glued to the previous sentence or clause opens a quotation: `... Budi."Kami`
    (a capital after a sentence's end), `kata Budi,"kami ...` (a small letter after a comma) or
    `menegaskan"Pelaku ...` (a capital right after a word in small letters)."""
    if i == 0 or i + 1 >= len(text):
        return False
    before, after = text[i - 1], text[i + 1]
    return (
        (before in ".!?" and after.isupper())
        or (before == "," and after.islower())
        or (before.islower() and after.isupper())
    )


def _opens_after_space(text: str, i: int, para_start: int, para_end: int) -> bool:
    """A mark at ``i`` followed by a space opens a quotation (`" Kita tunggu ...," tegas X`) when it
    starts its paragraph or a sentence (a straight mark also after a comma: `mengatakan, " Kami
    ...`), a capital letter follows the space, and the same mark appears again later in the
    paragraph."""
    before = text[para_start:i].rstrip(" \t\x00")
    ends = (".", "!", "?", ":", ",") if text[i] == '"' else (".", "!", "?", ":")
    if before and not before.endswith(ends):
        return False
    after = text[i + 1 : para_end].lstrip(" ")
    if not after[:1].isupper():
        return False
    return text.find(text[i], i + 1, para_end) > 0


def _nested_double_closed(text: str, i: int, j: int, para_end: int) -> bool:
    """Whether the double closing mark at ``j``, inside a quotation opened with a single mark at
    ``i``, closes a double-quoted quote nested in it and a single mark right after it closes the
    outer one (`‘I told him: “Win or lose.”’ – X`, also with `‘` typed for the closing `’`)."""
    after = j + 1
    return (
        text[after : after + 1] in (SINGLE_OPEN, SINGLE_CLOSE)
        and "“" in text[i + 1 : j]
        and (after + 1 >= para_end or not text[after + 1].isalnum())
    )


def _nested_single_opens(text: str, j: int) -> bool:
    """Whether the single mark at ``j`` opens a quote inside a double-quoted one: `‘` after a space or
    punctuation, or a straight `'` there before a capital (`he told me, 'Stay back, it is not safe,' so ...`; a
    straight one the line breaks of a copied page kept ``quote_marks.mark_view`` from pairing)."""
    if text[j] not in "‘'" or text[j - 1].isalnum():
        return False
    return text[j] == SINGLE_OPEN or text[j + 1 : j + 2].isupper()


def _single_close_after(text: str, j: int, para_end: int) -> bool:
    """Whether a single closing mark that ends a word (not `King’s`) follows ``j`` in the paragraph."""
    m = text.find(SINGLE_CLOSE, j + 1, para_end)
    while m >= 0:
        if m + 1 >= para_end or not text[m + 1].isalnum():
            return True
        m = text.find(SINGLE_CLOSE, m + 1, para_end)
    return False


def paragraphs(text: str) -> list[tuple[int, int]]:
    result = []
    position = 0
    for line in text.split("\n"):
        end = position + len(line)
        if line.strip():
            result.append((position, end))
        position = end + 1
    return result


def _in_ranges(offset: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in ranges)


#: Unmarked paragraphs a quote left open may run through before the paragraph that closes it.
MAX_UNMARKED_RUN = 3


def find_quotations(text: str, skip: list[tuple[int, int]]) -> list[QuoteCandidate]:
    """Every quotation, paired per paragraph, before the scare-quote filter."""
    text = mark_view(text)
    found: list[QuoteCandidate] = []
    group = 0
    open_previous = False
    unmarked_run = 0  # paragraphs in a row carried with no mark at all, after a quote left open
    for para_start, para_end in join_broken_lines(text, paragraphs(text)):
        if _in_ranges(para_start, skip) and _in_ranges(para_end - 1, skip):
            continue  # a furniture line (`SCROLL TO CONTINUE WITH CONTENT`) inside a quote does not end it
        i = para_start
        first_in_para = True
        carrying = open_previous or 0 < unmarked_run <= MAX_UNMARKED_RUN
        carried = continuing_close(text, para_start, para_end) if carrying else None
        if carried is not None and not _in_ranges(para_start, skip):
            end = carried
            while end > para_start and text[end - 1].isspace():
                end -= 1
            words = len(text[para_start:end].split())
            carried_attrs = {"carried": True, "after_comma": text[carried - 1] == ","}
            found.append(QuoteCandidate(para_start, end, para_start, carried, para_start, para_end, group, words, carried_attrs))
            first_in_para = False
            open_previous = False
            i = carried + 1
        elif carrying and not _in_ranges(para_start, skip) and carried_without_marks(text, para_start, para_end):
            words = len(text[para_start:para_end].split())
            lost = QuoteCandidate(para_start, para_end, para_start, None, para_start, para_end, group, words, {"carried": True})
            found.append(lost)
            open_previous = False
            unmarked_run += 1  # the next paragraph may still close the quote (`..., kata X.`)
            continue
        after_run = carrying and not open_previous  # unmarked paragraphs before: a new mark goes on with them
        unmarked_run = 0
        run_on = False  # the quotation before ended at a run-on paragraph's opening mark
        while i < para_end:
            found_mark = _MARKS.search(text, i, para_end)
            if found_mark is None:
                break
            i = found_mark.start()
            char = text[i]
            opener = None
            if (
                char in OPENERS
                or (char == '"' and _is_straight_open(text, i))
                or (char == SINGLE_OPEN and (i == para_start or not text[i - 1].isalnum()) and not ayn_in_name(text, i))
                or _orphan_closer_opens(text, i, para_start, para_end)
                or (char == '"' and text[i + 1 : i + 2] == " " and _opens_after_space(text, i, para_start, para_end))
            ):
                opener = char
            if opener is None and char == '"' and _glued_straight_opens(text, i):
                opener = char
            if opener is None or _in_ranges(i, skip):
                i += 1
                continue
            close = None
            part_break = None
            j = i + 1
            nested = False
            inner = _SINGLE_CLOSE if opener == SINGLE_OPEN else _INNER_MARKS
            while j < para_end:
                mark = inner.search(text, j, para_end)  # no other character can close or nest
                if mark is None:
                    break
                j = mark.start()
                c = text[j]
                if opener == SINGLE_OPEN:
                    if c == "”" and (text[j - 1] in ",.?!" or not _single_close_after(text, j, para_end)):
                        close = j  # a double mark typed for the single one (`‘Kami datang,” kata X`, `‘...support”.`)
                        if _nested_double_closed(text, i, j, para_end):
                            close = j + 1  # `‘I said: “See you.”’`: the double mark closes a quote inside
                        break
                    if c == SINGLE_CLOSE and (j + 1 >= para_end or not text[j + 1].isalnum()):
                        close = j
                        break
                elif c in "‘'" and _nested_single_opens(text, j):
                    nested = True
                elif c in "’'" and nested and (j + 1 >= para_end or not text[j + 1].isalnum()):
                    nested = False  # `..., 'Stay back!' so ...`: not a single mark typed for the double one
                elif c == '"' and opener == '"' and (partner := nested_straight_close(text, j, para_end)) is not None:
                    j = partner  # `"... saya bilang "Kacau kamu" namun ...," tegasnya`: a quote inside
                elif _is_close(text, j, opener) and (c != '"' or j > i + 1):
                    close = j
                    break
                elif opener in OPENERS and run_on_paragraph(text, j):
                    part_break = j
                    break
                j += 1
            start, end = i + 1, close if close is not None else (part_break or para_end)
            if close is not None:
                while close + 1 < para_end and text[close + 1] == PAD:
                    close += 1
            while start < end and (text[start].isspace() or text[start] == opener):
                start += 1  # a mark typed twice (`““Kami ...`)
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                continues = run_on or ((open_previous or after_run) and first_in_para and text[para_start:i].strip() == "")
                if not continues:
                    group += 1
                found.append(QuoteCandidate(start, end, i, close, para_start, para_end, group, len(text[start:end].split())))
                if continues and not open_previous:
                    found[-1].attrs["reopens"] = True  # after unmarked paragraphs: ``drop_doubtful_carried`` decides
                if opener == SINGLE_OPEN:
                    found[-1].attrs["single"] = True
                first_in_para = False
                open_previous = close is None
            run_on = part_break is not None
            i = (close + 1) if close is not None else (part_break or para_end)
        if not found or found[-1].para_start != para_start:
            open_previous = False
    return found


