"""Token snapping of selections and token steps of span edges, in code points (no Qt).

A base letter and its combining marks are never split: token boundaries from spaCy are moved off
the inside of a grapheme, and the full stop that spaCy leaves on a token ending in a combining
mark (``René.`` with a decomposed é) becomes a token of its own, so that a name can be selected
without it.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right

from annotator.text.graphemes import grapheme_ceil, grapheme_floor, inside_grapheme

__all__ = ["TokenBoundaries", "grapheme_ceil", "grapheme_floor", "inside_grapheme", "refine_tokens", "step_edge"]


def _is_punctuation(char: str) -> bool:
    return unicodedata.category(char).startswith("P")


def refine_tokens(text: str, starts: list[int], ends: list[int]) -> tuple[list[int], list[int]]:
    """Token boundaries fit for snapping in ``text``: whole graphemes, trailing punctuation after a
    combining mark split off (one token per punctuation character)."""
    if text.isascii():
        return list(starts), list(ends)
    new_starts: list[int] = []
    new_ends: list[int] = []
    for start, end in zip(starts, ends, strict=True):
        start, end = grapheme_floor(text, start), grapheme_ceil(text, end)
        if new_ends and start < new_ends[-1]:
            start = new_ends[-1]  # moving off a grapheme made it meet the previous token
        if end <= start:
            continue
        stem = end
        while stem > start and _is_punctuation(text[stem - 1]):
            stem -= 1
        if start < stem < end and unicodedata.category(text[stem - 1]).startswith("M"):
            new_starts.append(start)
            new_ends.append(stem)
            for position in range(stem, end):
                new_starts.append(position)
                new_ends.append(position + 1)
        else:
            new_starts.append(start)
            new_ends.append(end)
    return new_starts, new_ends


class TokenBoundaries:
    """Sorted token starts and ends of one document; empty when no tokenisation is known."""

    def __init__(self, starts: list[int] | None = None, ends: list[int] | None = None) -> None:
        pairs = sorted(zip(starts or [], ends or [], strict=True))
        self.starts = [start for start, _ in pairs]
        self.ends = [end for _, end in pairs]

    def __bool__(self) -> bool:
        return bool(self.starts)

    def snap(self, start: int, end: int) -> tuple[int, int] | None:
        """Expand a selection to the whole tokens it touches; None when it touches no token
        (for example only whitespace) or is empty."""
        if end <= start:
            return None
        # Tokens do not overlap (spaCy's never do), so starts and ends are sorted alike: the tokens
        # overlapping [start, end) are those from the first ending after start to the last starting before end.
        first = bisect_right(self.ends, start)
        last = bisect_left(self.starts, end) - 1
        if first > last:
            return None
        return self.starts[first], self.ends[last]

    def token_at(self, offset: int) -> tuple[int, int] | None:
        index = bisect_right(self.starts, offset) - 1
        if index >= 0 and offset < self.ends[index]:
            return self.starts[index], self.ends[index]
        return None

    def previous_start(self, offset: int) -> int | None:
        index = bisect_left(self.starts, offset) - 1
        return self.starts[index] if index >= 0 else None

    def next_start(self, offset: int) -> int | None:
        index = bisect_right(self.starts, offset)
        return self.starts[index] if index < len(self.starts) else None

    def previous_end(self, offset: int) -> int | None:
        index = bisect_left(self.ends, offset) - 1
        return self.ends[index] if index >= 0 else None

    def next_end(self, offset: int) -> int | None:
        index = bisect_right(self.ends, offset)
        return self.ends[index] if index < len(self.ends) else None


def _step_grapheme(text: str | None, offset: int, direction: int) -> int:
    moved = offset + direction
    if text is None:
        return moved
    return grapheme_floor(text, moved) if direction < 0 else grapheme_ceil(text, moved)


def step_edge(
    tokens: TokenBoundaries | None, start: int, end: int, which: str, direction: int, length: int, text: str | None = None
) -> tuple[int, int]:
    """Move a span's ``which`` edge ("start" or "end") one token (or, without tokens, one character
    with its marks when ``text`` is given) in ``direction`` (-1 or +1). The span never becomes empty
    nor leaves the text, nor (``text`` given) grows over a line break into the next paragraph."""
    if which == "start":
        if tokens:
            moved = tokens.previous_start(start) if direction < 0 else tokens.next_start(start)
        else:
            moved = _step_grapheme(text, start, direction)
        if moved is None or moved < 0 or moved >= end or (text is not None and "\n" in text[moved:start]):
            return start, end
        return moved, end
    if tokens:
        moved = tokens.previous_end(end) if direction < 0 else tokens.next_end(end)
    else:
        moved = _step_grapheme(text, end, direction)
    if moved is None or moved <= start or moved > length or (text is not None and "\n" in text[end:moved]):
        return start, end
    return start, moved
