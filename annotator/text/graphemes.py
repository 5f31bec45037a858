"""Where a user-perceived character (a grapheme cluster) may not be cut, in code points.

The clusters are Unicode's extended grapheme clusters (UAX #29), found by the ``regex`` module's
``\\X``: a base letter and its combining marks, an emoji with its skin tone, variation selector
or tag characters, a sequence joined by ZERO WIDTH JOINER, a flag (a pair of regional
indicators), a Hangul syllable of conjoining jamo, an Indic conjunct, CR LF. Span edges, snapped
selections and edge steps never fall inside one.

Only the few characters around an offset are segmented, from the nearest certain boundary
before it to the nearest after it: most pairs of characters have a boundary between them
whatever stands around them (two characters below U+0300 other than CR LF, a letter and a
curly quote...), so ``\\X`` is asked once per pair and then only about the characters that can
join.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

_CLUSTER = regex.compile(r"\X")


#: Below U+0300 (Latin letters, digits, punctuation, controls) no character joins another but CR LF.
_PLAIN = "\u0300"
#: Characters that UAX #29 may join to what stands before them depending on more than that one
#: character: an emoji after ZWJ (GB11), a consonant after an Indic linker (GB9c), a flag's
#: second half (GB12, GB13).
try:
    _JOINED_BY_CONTEXT = regex.compile(r"[\p{Extended_Pictographic}\p{InCB=Consonant}\p{Regional_Indicator}]")
except regex.error:  # a regex module older than Unicode 15.1's property: every letter, to be safe
    _JOINED_BY_CONTEXT = regex.compile(r"[\p{Extended_Pictographic}\p{L}\p{Regional_Indicator}]")
_REGIONAL, _REGIONAL_LAST = "\U0001f1e6", "\U0001f1ff"
_LAST_NOT_REGIONAL = regex.compile(r"(?r)[^\U0001f1e6-\U0001f1ff]")
#: Whether a pair of characters certainly has a boundary between them, as found so far.
_PAIRS: dict[str, bool] = {}
_MAX_PAIRS = 100_000


def _pair_breaks(before: str, after: str) -> bool:
    pair = before + after
    known = _PAIRS.get(pair)
    if known is None:
        # \X on the pair alone, unless a rule that looks further back could join them (those
        # rules need a character from U+0300 on before, such as ZWJ, a linker or a flag's half).
        known = len(_CLUSTER.findall(pair)) == 2 and (before < _PLAIN or not _JOINED_BY_CONTEXT.match(after))
        if len(_PAIRS) >= _MAX_PAIRS:
            _PAIRS.clear()
        _PAIRS[pair] = known
    return known


def _certain_break(text: str, offset: int) -> bool:
    """Whether a cluster boundary lies at ``offset`` whatever the characters further away: UAX #29
    joins no two characters below U+0300 but CR LF (GB3; checked against ``\\X`` for every pair);
    other pairs are asked of ``\\X`` once."""
    if offset <= 0 or offset >= len(text):
        return True
    before, after = text[offset - 1], text[offset]
    if before < _PLAIN and after < _PLAIN:
        return not (before == "\r" and after == "\n")
    if _REGIONAL <= before <= _REGIONAL_LAST and _REGIONAL <= after <= _REGIONAL_LAST:
        return _flag_break(text, offset)
    return _pair_breaks(before, after)


def _flag_break(text: str, offset: int) -> bool:
    """Between two regional indicators: flags pair up from the start of their run (GB12, GB13),
    so a boundary lies here after an even number of them. Answered here rather than by ``\\X``,
    whose time grows with the square of a run's length."""
    found = _LAST_NOT_REGIONAL.search(text, 0, offset)
    return (offset - (found.end() if found else 0)) % 2 == 0


#: The last certain boundary before a position, searched backwards: between two plain
#: characters (not CR LF) or after a line feed.
_LAST_PLAIN_BREAK = regex.compile(r"(?r)(?:(?<=[\x00-\u02ff])(?=[\x00-\u02ff])(?<!\r(?=\n))|(?<=\n))")
_NEAR = 32  # characters looked at one by one before the backward search


def _cluster(text: str, offset: int) -> tuple[int, int]:
    """The cluster around ``offset``: ``\\X`` from the nearest certain boundary before it."""
    low = offset - 1
    near = max(0, offset - _NEAR)
    while low > near and not _certain_break(text, low):
        low -= 1
    if not _certain_break(text, low):  # a long run of joining characters (flags, marks)
        found = _LAST_PLAIN_BREAK.search(text, 0, low)
        low = found.start() if found else 0
    # The clusters from ``low`` with the text cut at ``offset``: the last one starts where the
    # cluster around ``offset`` starts (found in C, however many clusters the run holds).
    start = offset - len(_CLUSTER.findall(text, low, offset)[-1])
    end = _CLUSTER.match(text, start).end()
    return (start, end) if end > offset else (offset, offset)


def _maybe_inside(text: str, offset: int) -> bool:
    """False where ``offset`` is certainly a boundary; written out in the callers' hot path."""
    return 0 < offset < len(text) and not _certain_break(text, offset)


def cluster_at(text: str, offset: int) -> tuple[int, int]:
    """The start and end of the cluster that ``offset`` falls inside; ``(offset, offset)`` when it
    falls on a boundary."""
    return _cluster(text, offset) if _maybe_inside(text, offset) else (offset, offset)


# The three below are called for every token edge of a text: the common case (two plain
# characters, not CR LF) is answered before any other call.


def inside_grapheme(text: str, offset: int) -> bool:
    """Whether ``offset`` falls between a character and the marks, joiners or modifiers that belong to it."""
    if 0 < offset < len(text) and text[offset] < _PLAIN and "\r" != text[offset - 1] < _PLAIN:
        return False
    return _maybe_inside(text, offset) and _cluster(text, offset)[0] < offset


def grapheme_floor(text: str, offset: int) -> int:
    """``offset``, or the start of the grapheme it falls inside."""
    if 0 < offset < len(text) and text[offset] < _PLAIN and "\r" != text[offset - 1] < _PLAIN:
        return offset
    return _cluster(text, offset)[0] if _maybe_inside(text, offset) else offset


def grapheme_ceil(text: str, offset: int) -> int:
    """``offset``, or the end of the grapheme it falls inside."""
    if 0 < offset < len(text) and text[offset] < _PLAIN and "\r" != text[offset - 1] < _PLAIN:
        return offset
    return _cluster(text, offset)[1] if _maybe_inside(text, offset) else offset


def first_split(text: str, offsets: Iterable[int]) -> int | None:
    """The first of ``offsets`` that falls inside a grapheme, or None. (No scan of the text: it is
    called for every span of a record; in ASCII only CR LF is one cluster of two.)"""
    if text.isascii():  # a flag of the string, not a scan
        length = len(text)
        return next((offset for offset in offsets if 0 < offset < length and text[offset - 1 : offset + 1] == "\r\n"), None)
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
