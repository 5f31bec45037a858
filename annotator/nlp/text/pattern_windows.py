"""Date windows: each pattern tried only in the windows of a text that hold its needs, and
only where its head (the words every match starts with) occurs (:mod:`annotator.nlp.text.pattern_reading`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from annotator.nlp.text.pattern_reading import NEVER, head_of, needs_of


def finditer_within(pattern: re.Pattern[str], text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, start, end)``, trying the pattern only where its head occurs."""
    return _finditer_after_head(pattern, head_of(pattern), text, start, end)


def _finditer_after_head(
    pattern: re.Pattern[str],
    head: re.Pattern[str] | None,
    text: str,
    start: int,
    end: int,
    heads: dict[tuple[int, int, int], int] | None = None,
) -> Iterator[re.Match[str]]:
    """:func:`finditer_within` with the pattern's ``head`` (its :func:`head_of`) given. ``heads``
    keeps where the head's search from a position found it (-1: nowhere) for other patterns of
    the same head in the same text, which ask the same searches (:class:`WindowNeeds`)."""
    if head is None:
        yield from pattern.finditer(text, start, end)
        return
    position = start
    while True:
        if heads is None:
            found = head.search(text, position, end)
            at = -1 if found is None else found.start()
        else:
            key = (id(head), position, end)  # the head is kept by head_of, so its id stays its own
            at = heads.get(key, -2)
            if at == -2:
                found = head.search(text, position, end)
                at = heads[key] = -1 if found is None else found.start()
        if at < 0:
            return
        match = pattern.match(text, at, end)
        if match is None:
            position = at + 1
        else:
            yield match
            position = match.end() if match.end() > match.start() else match.end() + 1


class WindowNeeds:
    """The windows of a text that hold each need, each need looked up once for all the patterns."""

    def __init__(self, text: str, windows: list[tuple[int, int]]) -> None:
        self.text = text
        self.windows = windows
        #: By the id of a needs tuple (needs_of keeps each): a tuple of patterns is slow to hash.
        self._held: dict[int, list[tuple[int, int]]] = {id(()): windows, id(NEVER): []}
        #: Where each head's searches in this text found it (several date patterns share a head).
        self._heads: dict[tuple[int, int, int], int] = {}

    def windows_for(self, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
        """The windows that hold every need of ``pattern`` (all of them for a pattern without needs)."""
        needs = needs_of(pattern)
        held = self._held.get(id(needs))
        if held is None:
            from annotator.nlp.text.pattern_needs import holds  # that module imports this one

            text = self.text
            if not all(holds((need,), text) for need in needs if need.on_lower or need.literals is not None):
                held = []  # a set of words the whole text lacks: no window holds it (one test, not one per window)
            elif len(needs) == 1:  # the usual case, without a generator per window
                search = needs[0].anywhere.search
                held = [(start, end) for start, end in self.windows if search(text, start, end)]
            else:
                held = [
                    (start, end) for start, end in self.windows if all(need.anywhere.search(text, start, end) for need in needs)
                ]
            self._held[id(needs)] = held
        return held

    def matches(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """The matches of ``pattern`` in the windows that hold its needs, window by window."""
        head, text, heads = head_of(pattern), self.text, self._heads  # looked up once for all the windows
        for start, end in self.windows_for(pattern):
            yield from _finditer_after_head(pattern, head, text, start, end, heads)
