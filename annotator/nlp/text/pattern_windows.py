"""Date windows: each pattern tried only in the windows of a text that hold its needs, and
only where its head (the words every match starts with) occurs (:mod:`annotator.nlp.text.pattern_reading`)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from annotator.nlp.text.pattern_reading import NEVER, Need, head_of, needs_of
from annotator.nlp.text.patterns import word_alternation


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


class LiteralScan:
    """One search for the strings of every literal need of some patterns (:attr:`Need.strings`):
    the windows that hold each need, found by one pass over each window instead of one per need.

    ``search`` is :func:`word_alternation` of all the strings, a trie that ``re`` walks to the
    longest string at a place (the children of a node start with different characters and an
    ending is tried after going on). A need's string found at a place is a prefix of that longest
    one, so ``marks`` of the longest string name every need found there; searching again from the
    next character visits every place where some string starts."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        needs: dict[int, Need] = {}
        for pattern in patterns:
            for need in needs_of(pattern):
                if need.strings is not None:
                    needs.setdefault(id(need), need)
        self.needs = list(needs.values())
        strings = {string for need in self.needs for string in need.strings or ()}
        self.search = re.compile(word_alternation(strings)).search
        #: Each string -> the numbers (in ``needs``) of the needs that have a prefix of it.
        self.marks = {
            string: tuple(n for n, need in enumerate(self.needs) if any(map(string.startswith, need.strings or ())))
            for string in strings
        }

    def held(self, text: str, windows: list[tuple[int, int]]) -> dict[int, list[tuple[int, int]]]:
        """By the id of each need: the windows holding one of its strings (``need.anywhere.search(text,
        start, end)`` finds something), in window order."""
        found: list[list[tuple[int, int]]] = [[] for _ in self.needs]
        search, marks = self.search, self.marks
        for window in windows:
            start, end = window
            numbers: set[int] = set()
            match = search(text, start, end)
            while match is not None:
                numbers.update(marks[match.group()])
                match = search(text, match.start() + 1, end)
            for number in numbers:
                found[number].append(window)
        return {id(need): held for need, held in zip(self.needs, found, strict=True)}


#: By the id of a list of patterns (kept with it): its :class:`LiteralScan`.
_SCANS: dict[int, tuple[Sequence[re.Pattern[str]], LiteralScan]] = {}


def literal_scan(patterns: Sequence[re.Pattern[str]]) -> LiteralScan:
    """The :class:`LiteralScan` of ``patterns`` (a list kept by its owner, such as the dates')."""
    known = _SCANS.get(id(patterns))
    if known is None or known[0] is not patterns:
        known = _SCANS[id(patterns)] = (patterns, LiteralScan(patterns))
    return known[1]


class WindowNeeds:
    """The windows of a text that hold each need, each need looked up once for all the patterns.
    Given the patterns that will be asked about (a list that stays the same, such as the dates'),
    their literal needs are all looked up at the first question, by one :class:`LiteralScan`."""

    def __init__(self, text: str, windows: list[tuple[int, int]], patterns: Sequence[re.Pattern[str]] = ()) -> None:
        self.text = text
        self.windows = windows
        #: By the id of a needs tuple (needs_of keeps each): a tuple of patterns is slow to hash.
        self._held: dict[int, list[tuple[int, int]]] = {id(()): windows, id(NEVER): []}
        #: Where each head's searches in this text found it (several date patterns share a head).
        self._heads: dict[tuple[int, int, int], int] = {}
        self._patterns = patterns
        #: By the id of a literal need of ``patterns``: its windows (made at the first question).
        self._literal: dict[int, list[tuple[int, int]]] | None = None

    def windows_for(self, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
        """The windows that hold every need of ``pattern`` (all of them for a pattern without needs)."""
        needs = needs_of(pattern)
        held = self._held.get(id(needs))
        if held is None and len(needs) == 1 and needs[0].strings is not None and self._patterns:
            if self._literal is None:
                self._literal = literal_scan(self._patterns).held(self.text, self.windows)
            held = self._literal.get(id(needs[0]))
            if held is not None:
                self._held[id(needs)] = held
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
