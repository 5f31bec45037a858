"""Whole-text searches that skip a text lacking what every match of the pattern must contain.

The needs themselves are read from each pattern by :mod:`annotator.nlp.text.pattern_reading`; the
windowed searches of the dates are :mod:`annotator.nlp.text.pattern_windows`. Both are re-exported
here, where the rules have always imported them from.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator

from annotator.nlp.text.pattern_reading import Need, head_of, line_anchored, needs_of
from annotator.nlp.text.pattern_windows import WindowNeeds, finditer_within

__all__ = [
    "FOLDS_TO_ASCII",
    "Need",
    "WindowNeeds",
    "finditer",
    "finditer_within",
    "head_of",
    "holds",
    "line_anchored",
    "needs_of",
]


#: The only characters besides ASCII letters that ``re`` matches case-insensitively to an ASCII
#: letter (`İ`, `ı`, `ſ`, the Kelvin sign; tests/nlp/test_pattern_needs.py checks all of Unicode).
#: A text holding one is searched by ``anywhere``; ``İ`` is also the one character whose lower
#: case is two characters long.
FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"
_FOLDS_TO_ASCII = re.compile(f"[{FOLDS_TO_ASCII}]")


class _TextNeeds:
    """The text last asked about, its lower-cased form and each need's answer in it: the rules
    ask :func:`holds` about one text many times, often with the same needs (one is shared by
    several patterns), before they go on to the next text."""

    def __init__(self) -> None:
        self.text: str | None = None
        self.lowered: str | None = None
        self.found: dict[int, tuple[Need, bool]] = {}  # by the id of the Need, kept with it

    def of(self, text: str) -> _TextNeeds:
        if self.text is not text:  # the text is kept here, so its id cannot be another's
            self.text, self.lowered = text, None
            self.found = {}
        return self


class _PerThread(threading.local):
    def __init__(self) -> None:
        self.last = _TextNeeds()


_PER_THREAD = _PerThread()  # a thread of its own (the window's workers) never sees another's text


def holds(needs: tuple[Need, ...], text: str) -> bool:
    """Whether ``text`` holds every need (so a pattern with these needs may match in it)."""
    known = _PER_THREAD.last.of(text)
    for need in needs:
        answer = known.found.get(id(need))
        if answer is not None and answer[0] is need:
            found = answer[1]
        else:
            if need.on_lower:
                if known.lowered is None:
                    # _FOLDS_TO_ASCII.search(text), as four substring tests: a text in Latin-1 is
                    # known to hold none of them at once, another is searched by memchr-like loops
                    known.lowered = "" if any(char in text for char in FOLDS_TO_ASCII) else text.lower()
                lowered = known.lowered
                if not lowered:
                    found = need.anywhere.search(text) is not None
                elif need.literals is not None:
                    found = any(literal in lowered for literal in need.literals)
                else:
                    found = need.search.search(lowered) is not None
            elif need.literals is not None:
                found = any(literal in text for literal in need.literals)
            else:
                found = need.search.search(text) is not None
            known.found[id(need)] = (need, found)
        if not found:
            return False
    return True


def finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, or nothing at once when the text lacks a need of the pattern."""
    if not holds(needs_of(pattern), text):
        return iter(())
    return _finditer_at_line_starts(pattern, text) if line_anchored(pattern) else pattern.finditer(text)


def _finditer_at_line_starts(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a :func:`line_anchored` pattern, tried at each line's start
    only: ``re`` has no first character to scan for and would try ``^`` at every character."""
    match_at, find = pattern.match, text.find
    position = 0
    while True:
        match = match_at(text, position)
        if match is not None:
            yield match
            position = match.end()  # past the match: the next one starts at a later line start
            if text[position - 1] == "\n":
                continue  # the match took the line break: a line starts right here
        newline = find("\n", position)
        if newline < 0:
            return
        position = newline + 1
