"""Quotation marks across paragraph breaks and nesting: a quote carried into the next paragraph
without a new opening mark (closed there, or with both marks lost), and a straight-quoted quote
nested in a straight-quoted one. Used by :func:`annotator.nlp.quotes.pairing.find_quotations`."""

from __future__ import annotations

import re

#: Every quotation mark :func:`annotator.nlp.quotes.pairing.find_quotations` pairs.
MARKS = re.compile('[“„«‟"‘”»]')


def continuing_close(text: str, para_start: int, para_end: int) -> int | None:
    """The closing mark of a quote carried over from the paragraph before without a new opening mark
    (`He said: "There are ...` / `We don't have ... clears." However, ...`): the paragraph starts with
    a word, and its first mark closes a sentence (after `.`, `?`, `!`, or a comma that its cue must
    follow: see ``drop_doubtful_carried``; a single mark closing a quote inside may stand between)
    before a space or the paragraph's end."""
    if not text[para_start].isalnum():
        return None
    mark = MARKS.search(text, para_start, para_end)
    if mark is None or mark.group() not in '"”»':
        return None
    j = mark.start()
    before = j - 2 if text[j - 1] in "'’" else j - 1  # `locked,'”`: a nested quote closes with it
    if text[before] not in ".?!…," or (j + 1 < para_end and text[j + 1] not in " \t\x00"):
        return None
    return j


def carried_without_marks(text: str, para_start: int, para_end: int) -> bool:
    """A paragraph that goes on with a quote left open before it and lost its closing mark too
    (`“Berdasarkan ... .` / `Bangunan ... rusak, paparnya.`): it starts with a word and holds no mark;
    it stays a quote only where ``close_lost_marks`` finds the cue that ends it."""
    return text[para_start].isalnum() and MARKS.search(text, para_start, para_end) is None


def nested_straight_close(text: str, j: int, para_end: int) -> int | None:
    """Inside a straight-quoted quotation, the closing mark of a straight-quoted quote nested in it
    (`"Saya bilang "Kacau kamu" namun ...," tegasnya`): the mark at ``j`` opens a word after a
    space, and an odd number of straight marks (at least three) from it to the paragraph's end
    leaves one to close the outer quotation."""
    if not (text[j - 1] == " " and text[j + 1 : j + 2].isalnum()):
        return None
    if text.count('"', j, para_end) < 3 or text.count('"', j, para_end) % 2 == 0:
        return None
    partner = text.find('"', j + 1, para_end)
    return partner if not text[partner + 1 : partner + 2].isalnum() else None
