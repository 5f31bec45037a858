"""Hard line breaks inside a quoted sentence (`“The water has flooded my house to a depth of` /
`1 metre.”`): a copied page broke the line, not the paragraph, so quotation marks are paired
across it."""

from __future__ import annotations

import re
from itertools import pairwise

from annotator.nlp.quotes.quote_carry import continuing_close

#: Double opening and closing marks after `quote_marks.mark_view` (straight marks count as either).
_OPENING = "“"
_CLOSING = "”"
_STRAIGHT = '"'
#: A line that ends right after a closing mark with one or two small words (`...,” kata` / `Bunyamin.`):
#: the speech verb is left without the speaker the next line holds.
_CUE_LEFT_OPEN = re.compile(r"[,.!?…]?[”\"][ \t]+[a-z]+(?:[ \t]+[a-z]+)?$")


def _left_open(line: str) -> bool:
    """Whether a line leaves a double quotation open: more opening marks than closing ones, its last
    curly mark an opening one (`...,” says X. “Then the water rose`: it closed a quote carried from the line
    before and opened the next), or an odd number of straight ones."""
    return (
        line.count(_OPENING) > line.count(_CLOSING)
        or line.rfind(_OPENING) > line.rfind(_CLOSING)
        or line.count(_STRAIGHT) % 2 == 1
    )


#: Punctuation a broken line may end with inside a quotation when the next line starts with a small
#: letter (`... mau tulis apa?` / `saya tanya ...,”`): a paragraph never starts that way.
_MID_QUOTE_ENDS = ",;:?!"
#: A sentence's end after which a ``wrapped`` page may go on with the same quotation on its next line.
_SENTENCE_ENDS = "."
#: Lines a ``wrapped`` page may break a quote's last sentence into after a capitalised line.
_MAX_WRAPPED_RUN = 6


def _wrapped_run_end(text: str, start: int, end: int) -> int:
    """The end of the line at ``start`` (ending at ``end``) and of the lines after it that go on with
    its sentence on a wrapped page: each one after one newline, opening with a small letter or a
    digit, after a line ending in a word or in punctuation inside a sentence."""
    for _ in range(_MAX_WRAPPED_RUN):
        nxt = text[end + 1 : end + 2]
        if not (text[end - 1 : end].isalnum() or text[end - 1 : end] in _MID_QUOTE_ENDS):
            break
        if not (nxt.islower() or nxt.isdigit()):
            break
        newline = text.find("\n", end + 1)
        end = len(text) if newline < 0 else newline
    return end


def broken_line(text: str, line: tuple[int, int], following: tuple[int, int], wrapped: bool = False) -> bool:
    """Whether ``following`` goes on with the sentence ``line`` broke: one newline between them, the
    line inside an open quotation, and either the next line starts with a small letter or a digit
    (the line ending in a word or in punctuation inside a sentence), or, on a ``wrapped`` page, the
    line ends in a word with no punctuation and the next one, opening with a capital (`... seperti
    bulan` / `Oktober ...,” kata X`), closes the quotation before any new one opens, on its own line
    or on the lines the page wrapped it into (`... is anyone hurt?` / `Maybe a heater had` / `tipped
    over in the hall,” says X`); there a line may also end a sentence (`..., where` / `the men left.` /
    `Later on, ...,” said X`: a page printing each sentence on its own line, where no mark reopens
    the quote). Elsewhere a capital after such a line opens the quote's next paragraph (`“We left at
    dawn` / `And ...”`)."""
    start, end = line
    next_start, next_end = following
    last = text[end - 1 : end]
    if next_start != end + 1 or not (last.isalnum() or last in _MID_QUOTE_ENDS or (wrapped and last in _SENTENCE_ENDS)):
        return False
    first = text[next_start : next_start + 1]
    if first.islower() or first.isdigit():
        return _left_open(text[start:end])
    if not (wrapped and first.isupper()):
        return False
    if continuing_close(text, next_start, _wrapped_run_end(text, next_start, next_end)) is None:
        return False
    return _left_open(text[start:end])


def _cue_broken(text: str, line: tuple[int, int], following: tuple[int, int]) -> bool:
    """Whether ``line`` ends in the speech verb after a closing mark and the next line, right after
    one newline and opening with a capital, holds its speaker (`,” kata` / `Darto, warga setempat.`)."""
    start, end = line
    next_start = following[0]
    if next_start != end + 1 or not text[next_start : next_start + 1].isupper():
        return False
    return _CUE_LEFT_OPEN.search(text, max(start, end - 40), end) is not None


#: A line that ends in a closing mark right after punctuation (`...,”`): the sentence goes on.
_CLOSED_AFTER_PUNCTUATION = re.compile(r"[,.!?…][”\"]$")


def _cue_on_next_line(text: str, line: tuple[int, int], following: tuple[int, int]) -> bool:
    """Whether ``line`` ends in a closing mark after punctuation and the next line, right after one
    newline and opening with a small letter, holds the quote's cue (`...,”` / `terangnya.`): no
    paragraph opens with a small letter."""
    start, end = line
    next_start = following[0]
    if next_start != end + 1 or not text[next_start : next_start + 1].islower():
        return False
    return _CLOSED_AFTER_PUNCTUATION.search(text, max(start, end - 2), end) is not None


def wraps_lines(text: str, lines: list[tuple[int, int]]) -> bool:
    """Whether the page breaks its lines inside sentences: somewhere a line ending in a word is
    followed, after one newline, by a line starting with a small letter (`petani tidak menjual` /
    `gabah terburu-buru`), which no paragraph does."""
    return any(
        following[0] == end + 1 and text[end - 1].isalnum() and text[following[0]].islower()
        for (_, end), following in pairwise(lines)
    )


def join_broken_lines(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs of ``lines`` with each broken line joined to the line that goes on with it."""
    joined: list[tuple[int, int]] = []
    wrapped = wraps_lines(text, lines)
    for line in lines:
        if joined and (
            broken_line(text, joined[-1], line, wrapped)
            or _cue_broken(text, joined[-1], line)
            or _cue_on_next_line(text, joined[-1], line)
        ):
            joined[-1] = (joined[-1][0], line[1])
        else:
            joined.append(line)
    return joined
