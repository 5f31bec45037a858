"""What every match of a regular expression must contain, and where a match can start, read
from the pattern itself.

A rule that runs many patterns over the same windows of a text (the dates) can skip a pattern
in a window that lacks one of the pattern's needs: a pattern whose every match holds a month
name cannot match in a window without one, whatever its other parts. The needs are found from
``re``'s own parse of the pattern, conservatively: a part the analysis does not understand
needs nothing, so a pattern it cannot read is run everywhere, as before. Skipping is therefore
a speed-up only; the matches found are the same.

A need is a small pattern of its own (a word alternation such as the month names, a digit), a
necessary condition: every match of the whole pattern contains a match of each need. The texts
are searched with these readings by :mod:`annotator.nlp.text.pattern_needs` (whole texts) and
:mod:`annotator.nlp.text.pattern_windows` (windows of a text).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import wraps
from itertools import product

# The re module's own parser (Python 3.11+); a pattern it cannot read simply needs nothing.
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import NamedTuple, TypeVar

from annotator.nlp.text.patterns import word_alternation

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
    #: Every string ``anywhere`` finds, when it is a case-sensitive set of literal strings (the
    #: dates' windows search all such needs of their patterns at once: ``pattern_windows``).
    strings: frozenset[str] | None = None


def _compiled(need: _Need) -> Need:
    anywhere = re.compile(need.source)
    if need.ignore_case and need.strings is not None and all(string.isascii() for string in need.strings):
        lowered = {string.lower() for string in need.strings}
        return Need(re.compile(word_alternation(lowered)), True, anywhere, _few(lowered))
    if need.ignore_case or need.strings is None:
        return Need(anywhere, False, anywhere)
    return Need(anywhere, False, anywhere, _few(need.strings), need.strings)


#: At most this many strings are looked for one by one (:attr:`Need.literals`).
_MAX_LITERALS = 8


def _few(strings: frozenset[str] | set[str]) -> tuple[str, ...] | None:
    return tuple(sorted(strings)) if len(strings) <= _MAX_LITERALS else None


#: The needs of a pattern that cannot match at all: no text holds them (no literal to look for),
#: so :func:`annotator.nlp.text.pattern_needs.holds` says no at once and no window is searched.
NEVER: tuple[Need, ...] = (Need(re.compile("(?!)"), False, re.compile("(?!)"), ()),)


def _never(items: list) -> bool:
    """Whether a parsed sequence cannot match: a part every match passes is ``(?!)`` (a rule's
    pattern built from a word list that is empty in this language), or a group, a look-ahead,
    a repeat of at least once or a branch of nothing but such parts."""
    for op, av in items:
        if op is sre.ASSERT_NOT and not av[1]:
            return True
        if op is sre.ASSERT and _never(av[1]):
            return True
        if op is sre.SUBPATTERN and _never(av[3]):
            return True
        if op in _REPEATS and av[0] >= 1 and _never(av[2]):
            return True
        if op is sre.BRANCH and all(_never(alternative) for alternative in av[1]):
            return True
    return False


@_by_identity
def needs_of(pattern: re.Pattern[str]) -> tuple[Need, ...]:
    """What each match of ``pattern`` must contain a match of (nothing when it cannot tell)."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # a pattern this parser cannot read needs nothing
        return ()
    if _never(list(parsed)):
        return NEVER
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
