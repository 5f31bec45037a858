"""Where a user-perceived character (a grapheme) may not be cut, in code points.

A base letter and its combining marks, an emoji with its skin tone, variation selector or tag
characters, a sequence joined by ZERO WIDTH JOINER and a flag (a pair of regional indicators)
each form one grapheme. Span edges, snapped selections and edge steps never fall inside one.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

ZWJ = "\u200d"


def _regional_indicator(char: str) -> bool:
    return 0x1F1E6 <= ord(char) <= 0x1F1FF


def _splits_flag(text: str, offset: int) -> bool:
    """Whether ``offset`` falls between the two regional indicators of one flag: indicators pair
    up from the start of their run, so it does after an odd number of them."""
    if not (_regional_indicator(text[offset]) and _regional_indicator(text[offset - 1])):
        return False
    run = 0
    while offset - run > 0 and _regional_indicator(text[offset - run - 1]):
        run += 1
    return run % 2 == 1


def inside_grapheme(text: str, offset: int) -> bool:
    """Whether ``offset`` falls between a character and the marks, joiners or modifiers that belong to it."""
    if not 0 < offset < len(text):
        return False
    char, before = text[offset], text[offset - 1]
    if char < "\u0300":  # below the combining marks nothing joins the character before (most edges)
        return before == ZWJ
    if before == ZWJ or char == ZWJ:
        return True
    if unicodedata.category(char).startswith("M"):
        return True
    if 0x1F3FB <= ord(char) <= 0x1F3FF or 0xE0020 <= ord(char) <= 0xE007F:  # skin tones, flag tags
        return True
    return _splits_flag(text, offset)


def grapheme_floor(text: str, offset: int) -> int:
    """``offset``, or the start of the grapheme it falls inside."""
    while inside_grapheme(text, offset):
        offset -= 1
    return offset


def grapheme_ceil(text: str, offset: int) -> int:
    """``offset``, or the end of the grapheme it falls inside."""
    while inside_grapheme(text, offset):
        offset += 1
    return offset


def first_split(text: str, offsets: Iterable[int]) -> int | None:
    """The first of ``offsets`` that falls inside a grapheme, or None (at once for ASCII text)."""
    if text.isascii():
        return None
    return next((offset for offset in offsets if inside_grapheme(text, offset)), None)


def trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """An unsnapped selection without the white space at its edges and with whole graphemes;
    None when nothing but white space is selected."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return None
    return grapheme_floor(text, start), grapheme_ceil(text, end)
