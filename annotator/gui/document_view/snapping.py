"""Token snapping of selections and token steps of span edges, in code points (no Qt)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right


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


def step_edge(tokens: TokenBoundaries | None, start: int, end: int, which: str, direction: int, length: int) -> tuple[int, int]:
    """Move a span's ``which`` edge ("start" or "end") one token (or one character without tokens)
    in ``direction`` (-1 or +1). The span never becomes empty nor leaves the text."""
    if which == "start":
        moved = (tokens.previous_start(start) if direction < 0 else tokens.next_start(start)) if tokens else start + direction
        if moved is None or moved < 0 or moved >= end:
            return start, end
        return moved, end
    moved = (tokens.previous_end(end) if direction < 0 else tokens.next_end(end)) if tokens else end + direction
    if moved is None or moved <= start or moved > length:
        return start, end
    return start, moved
