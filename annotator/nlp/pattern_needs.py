"""What every match of a regular expression must contain, read from the pattern itself.

A rule that runs many patterns over the same windows of a text (the dates) can skip a pattern
in a window that lacks one of the pattern's needs: a pattern whose every match holds a month
name cannot match in a window without one, whatever its other parts. The needs are found from
``re``'s own parse of the pattern, conservatively: a part the analysis does not understand
needs nothing, so a pattern it cannot read is run everywhere, as before. Skipping is therefore
a speed-up only; the matches found are the same.

A need is a small pattern of its own (a word alternation such as the month names, a digit), a
necessary condition: every match of the whole pattern contains a match of each need.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from functools import wraps
from itertools import product

# The re module's own parser (Python 3.11+); a pattern it cannot read simply needs nothing.
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import NamedTuple, TypeVar

from annotator.nlp.patterns import word_alternation

#: Give up on a literal set larger than this (a product of optional parts grows fast).
_MAX_STRINGS = 2_000
#: The widest character class read as a set of literal characters (`[0-9]`, `[-–]`).
_MAX_CLASS = 64
#: The largest literal set whose strings are checked against each other (:func:`_literal_need`).
_MAX_MINIMISED = 300
_DIGIT = r"\d"
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))


class _Need:
    """A necessary part: its pattern source, how selective it is (the shortest string it matches)
    and, for a set of literal strings, the strings and whether they match in any case."""

    __slots__ = ("ignore_case", "shortest", "source", "strings")

    def __init__(self, source: str, shortest: int, strings: frozenset[str] | None = None, ignore_case: bool = False) -> None:
        self.source, self.shortest, self.strings, self.ignore_case = source, shortest, strings, ignore_case


def _literal_need(strings: set[str], ignore_case: bool) -> _Need | None:
    if not strings or "" in strings:
        return None
    if len(strings) <= _MAX_MINIMISED:
        # A string holding another of the set adds nothing (`Agustus,` holds `Agustus`): without
        # it the need is the same, and patterns that differ only there share one need.
        shorter = sorted(strings, key=len)
        strings = {string for n, string in enumerate(shorter) if not any(other in string for other in shorter[:n])}
    source = word_alternation(strings)
    return _Need(f"(?i:{source})" if ignore_case else source, min(map(len, strings)), frozenset(strings), ignore_case)


def _class_strings(items: list) -> set[str] | None:
    """The characters of a character class made only of literals and small ranges, else None."""
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars.update(chr(code) for code in range(av[0], av[1] + 1))
        else:
            return None
    return chars if len(chars) <= _MAX_CLASS else None


def _strings(item: tuple) -> set[str] | None:
    """Every string ``item`` matches when that is a small finite set (literals, classes of
    literals, alternations and optional parts of those), else None."""
    op, av = item
    if op is sre.LITERAL:
        return {chr(av)}
    if op is sre.IN:
        return _class_strings(av)
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, items = av
        return None if (add_flags | del_flags) & re.IGNORECASE else _sequence_strings(items)
    if op is sre.BRANCH:
        found: set[str] = set()
        for alternative in av[1]:
            strings = _sequence_strings(alternative)
            if strings is None:
                return None
            found |= strings
        return found if len(found) <= _MAX_STRINGS else None
    if op in _REPEATS and av[0] == 0 and av[1] == 1:
        strings = _sequence_strings(av[2])
        return None if strings is None else strings | {""}
    return None


def _sequence_strings(items: list) -> set[str] | None:
    found = {""}
    for item in items:
        strings = _strings(item)
        if strings is None:
            return None
        found = {a + b for a, b in product(found, strings)}
        if len(found) > _MAX_STRINGS:
            return None
    return found


def _item_needs(item: tuple, ignore_case: bool) -> list[_Need]:
    op, av = item
    if op is sre.IN and av == [(sre.CATEGORY, sre.CATEGORY_DIGIT)]:
        return [_Need(_DIGIT, 1)]
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, items = av
        if add_flags & re.IGNORECASE:
            ignore_case = True
        elif del_flags & re.IGNORECASE:
            ignore_case = False
        return _sequence_needs(items, ignore_case)
    if op in _REPEATS and av[0] >= 1:
        return _sequence_needs(av[2], ignore_case)
    if op is sre.BRANCH:
        best = [_best(_sequence_needs(alternative, ignore_case)) for alternative in av[1]]
        if any(need is None for need in best):
            return []
        found = [need for need in best if need is not None]
        if all(need.strings is not None and need.ignore_case == found[0].ignore_case for need in found):
            literal = _literal_need({string for need in found for string in need.strings or ()}, found[0].ignore_case)
            return [literal] if literal is not None else []
        sources = sorted({need.source for need in found})
        shortest = min(need.shortest for need in found)
        return [_Need(sources[0] if len(sources) == 1 else "(?:" + "|".join(sources) + ")", shortest)]
    return []  # assertions, word edges, back references, anything unknown: no need


def _best(needs: list[_Need]) -> _Need | None:
    return max(needs, key=lambda need: need.shortest, default=None)


def _sequence_needs(items: list, ignore_case: bool) -> list[_Need]:
    """Needs of a sequence: each run of literal parts as one string set (`(` then a digit class
    is no run: only literal parts join), and the needs of the other parts."""
    needs: list[_Need] = []
    run: set[str] = {""}
    for item in [*items, None]:
        strings = None if item is None else _strings(item)
        if strings is not None:
            joined = {a + b for a, b in product(run, strings)}
            if len(joined) <= _MAX_STRINGS:
                run = joined
                continue
        literal = _literal_need(run, ignore_case)
        if literal is not None:
            needs.append(literal)
        run = {""} if strings is None else strings
        if item is not None and strings is None:
            needs.extend(_item_needs(item, ignore_case))
    return needs


_T = TypeVar("_T")


def _by_identity(function: Callable[[re.Pattern[str]], _T]) -> Callable[[re.Pattern[str]], _T]:
    """``functools.cache`` keyed by the pattern object itself: hashing a compiled pattern hashes
    its whole compiled code (microseconds for a word list), on every call."""
    results: dict[int, tuple[re.Pattern[str], _T]] = {}  # the pattern is kept, so its id stays its own

    @wraps(function)
    def cached(pattern: re.Pattern[str]) -> _T:
        known = results.get(id(pattern))
        if known is None or known[0] is not pattern:
            known = results[id(pattern)] = (pattern, function(pattern))
        return known[1]

    return cached


class Need(NamedTuple):
    """A compiled need: ``anywhere`` searches the text itself; ``search`` the text in lower case
    when ``on_lower`` (a case-insensitive set of ASCII words: ``re`` finds lower-case literals
    many times faster than a case-insensitive alternation)."""

    search: re.Pattern[str]
    on_lower: bool
    anywhere: re.Pattern[str]
    #: The few strings ``search`` finds, for :func:`holds`: a substring test for each costs less
    #: than ``re``'s scan for an alternation that opens with common letters (`alias|known|...`).
    literals: tuple[str, ...] | None = None


#: The only characters besides ASCII letters that ``re`` matches case-insensitively to an ASCII
#: letter (`İ`, `ı`, `ſ`, the Kelvin sign; tests/nlp/test_pattern_needs.py checks all of Unicode).
#: A text holding one is searched by ``anywhere``; ``İ`` is also the one character whose lower
#: case is two characters long.
FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"
_FOLDS_TO_ASCII = re.compile(f"[{FOLDS_TO_ASCII}]")


def _compiled(need: _Need) -> Need:
    anywhere = re.compile(need.source)
    if need.ignore_case and need.strings is not None and all(string.isascii() for string in need.strings):
        lowered = {string.lower() for string in need.strings}
        return Need(re.compile(word_alternation(lowered)), True, anywhere, _few(lowered))
    return Need(anywhere, False, anywhere, None if need.ignore_case or need.strings is None else _few(need.strings))


#: At most this many strings are looked for one by one (:attr:`Need.literals`).
_MAX_LITERALS = 8


def _few(strings: frozenset[str] | set[str]) -> tuple[str, ...] | None:
    return tuple(sorted(strings)) if len(strings) <= _MAX_LITERALS else None


@_by_identity
def needs_of(pattern: re.Pattern[str]) -> tuple[Need, ...]:
    """What each match of ``pattern`` must contain a match of (nothing when it cannot tell)."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # a pattern this parser cannot read needs nothing
        return ()
    ignore_case = bool(parsed.state.flags & re.IGNORECASE)
    best = _best(_sequence_needs(list(parsed), ignore_case))
    return () if best is None else _interned((_compiled(best),))


#: Needs by their patterns' sources: patterns with the same needs share one tuple, so that
#: WindowNeeds (keyed by the tuple's id) looks each up once per text (many date patterns need a month).
_INTERNED: dict[tuple[tuple[str, int, bool, str, int], ...], tuple[Need, ...]] = {}


def _interned(needs: tuple[Need, ...]) -> tuple[Need, ...]:
    key = tuple((n.search.pattern, n.search.flags, n.on_lower, n.anywhere.pattern, n.anywhere.flags) for n in needs)
    return _INTERNED.setdefault(key, needs)


_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
#: A head shorter than this occurs too often to be worth a search of its own (`di`, `20`).
_MIN_HEAD = 3


def _head_strings(items: list) -> set[str] | None:
    """The strings one of which every match starts with: the first part after zero-width ones
    (word edges, look-arounds), looked into when it is a group."""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is sre.SUBPATTERN and not (av[1] | av[2]) & re.IGNORECASE:
            return _head_strings(av[-1])
        return _strings((op, av))
    return None


@_by_identity
def head_of(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A search for the places where a match of ``pattern`` can start (its first part is a set
    of words, each at least ``_MIN_HEAD`` long), or None."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        strings = _head_strings(list(sre_parse.parse(pattern.pattern, pattern.flags)))
    except Exception:  # a pattern this parser cannot read has no head
        return None
    if not strings or min(map(len, strings)) < _MIN_HEAD:
        return None
    return re.compile(word_alternation(strings))


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


@_by_identity
def line_anchored(pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` opens with ``^`` in MULTILINE mode and never matches an empty string:
    each of its matches starts at a line's start and holds a character."""
    if not pattern.flags & re.MULTILINE:
        return False
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # a pattern this parser cannot read is searched as it is
        return False
    items = list(parsed)
    return bool(items) and items[0] == (sre.AT, sre.AT_BEGINNING) and parsed.getwidth()[0] > 0


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


class WindowNeeds:
    """The windows of a text that hold each need, each need looked up once for all the patterns."""

    def __init__(self, text: str, windows: list[tuple[int, int]]) -> None:
        self.text = text
        self.windows = windows
        #: By the id of a needs tuple (needs_of keeps each): a tuple of patterns is slow to hash.
        self._held: dict[int, list[tuple[int, int]]] = {id(()): windows}
        #: Where each head's searches in this text found it (several date patterns share a head).
        self._heads: dict[tuple[int, int, int], int] = {}

    def windows_for(self, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
        """The windows that hold every need of ``pattern`` (all of them for a pattern without needs)."""
        needs = needs_of(pattern)
        held = self._held.get(id(needs))
        if held is None:
            text = self.text
            if len(needs) == 1:  # the usual case, without a generator per window
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
