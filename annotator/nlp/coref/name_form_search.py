"""The searches of :func:`annotator.nlp.coref.name_forms._full_name_of` for one name, by
``str.find`` and the characters around each place the name is printed, with no pattern compiled
for the name (a name is asked about in one text, and ``re`` compiled three patterns for it):

- :func:`given_names_before`: the matches of ``finditer(r"((?:[A-Z][a-z]+ ){1,2})NAME\\b")``;
- :func:`names_after`: the matches of ``finditer(r"\\bNAME((?: [A-Z][a-z]+){1,2})\\b")``;
- :func:`longer_word`: the match of ``search(r"\\bNAME[a-z]+\\b")``.

``\\b`` is ``re``'s own test: a word character (``isalnum`` or ``_``) on one side only. A run of
``[a-z]+`` ends only where its letters end (no word edge lies between two small letters, and no
small letter is a space), so each search has one way to match at a place, read off directly."""

from __future__ import annotations

from collections.abc import Iterator
from string import ascii_lowercase, ascii_uppercase

_UPPER = frozenset(ascii_uppercase)
_LOWER = frozenset(ascii_lowercase)


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _edge(text: str, at: int) -> bool:
    """``\\b`` at offset ``at`` of a non-empty text."""
    return (at > 0 and _is_word(text[at - 1])) != (at < len(text) and _is_word(text[at]))


def _places(text: str, name: str) -> Iterator[int]:
    """Every offset where ``name`` is printed (overlapping ones too), in text order."""
    at = text.find(name)
    while at >= 0:
        yield at
        at = text.find(name, at + 1)


def _lower_end(text: str, at: int) -> int:
    """Where the run of small ASCII letters from ``at`` ends."""
    size = len(text)
    while at < size and text[at] in _LOWER:
        at += 1
    return at


def _unit_end(text: str, at: int) -> int:
    """The end of ``[A-Z][a-z]+ `` at ``at`` (after its space), or -1."""
    if at < len(text) and text[at] in _UPPER:
        end = _lower_end(text, at + 1)
        if end > at + 1 and end < len(text) and text[end] == " ":
            return end + 1
    return -1


def _unit_start(text: str, end: int) -> int:
    """The start of the ``[A-Z][a-z]+ `` that ends at ``end``, or -1."""
    if end < 3 or text[end - 1] != " ":
        return -1
    at = end - 1
    while at > 0 and text[at - 1] in _LOWER:
        at -= 1
    return at - 1 if at < end - 1 and at > 0 and text[at - 1] in _UPPER else -1


def given_names_before(text: str, name: str) -> Iterator[tuple[int, int]]:
    """(start, where ``name`` starts) of each match of ``((?:[A-Z][a-z]+ ){1,2})NAME\\b``, as
    ``finditer`` finds them: a match can only start one or two capitalised words before a place
    where the name is printed, and is tried there as ``re`` tries it (two words first)."""
    size = len(name)

    def name_at(at: int) -> bool:
        return text.startswith(name, at) and _edge(text, at + size)

    starts: set[int] = set()
    for at in _places(text, name):
        one = _unit_start(text, at) if name_at(at) else -1
        if one >= 0:
            starts.add(one)
            two = _unit_start(text, one)
            if two >= 0:
                starts.add(two)
    after = 0  # where the last match ended: finditer goes on from there
    for start in sorted(starts):
        if start < after:
            continue
        first = _unit_end(text, start)
        second = _unit_end(text, first) if first >= 0 else -1
        at = second if second >= 0 and name_at(second) else first if first >= 0 and name_at(first) else -1
        if at >= 0:
            yield start, at
            after = at + size


def names_after(text: str, name: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each match of ``\\bNAME((?: [A-Z][a-z]+){1,2})\\b``, as ``finditer`` finds
    them (the group is the text between the name's end and the match's end)."""
    size = len(name)
    after = 0
    for at in _places(text, name):
        if at < after or not _edge(text, at):
            continue
        first = _word_after_space(text, at + size)
        second = _word_after_space(text, first) if first >= 0 else -1
        end = second if second >= 0 and _edge(text, second) else first if first >= 0 and _edge(text, first) else -1
        if end >= 0:
            yield at, end
            after = end


def _word_after_space(text: str, at: int) -> int:
    """The end of `` [A-Z][a-z]+`` at ``at``, or -1."""
    if text[at : at + 1] == " " and text[at + 1 : at + 2] in _UPPER:
        end = _lower_end(text, at + 2)
        if end > at + 2:
            return end
    return -1


def longer_word(text: str, name: str) -> tuple[int, int] | None:
    """(start, end) of the first match of ``\\bNAME[a-z]+\\b``, or None."""
    for at in _places(text, name):
        if _edge(text, at):
            end = _lower_end(text, at + len(name))
            if end > at + len(name) and _edge(text, end):
                return at, end
    return None
