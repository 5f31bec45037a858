"""Regular expressions for long word lists: an alternation factored into a trie (`Sep(?:t(?:ember)?)?`).

Python's ``re`` tries every branch of ``a|b|c...`` at every position; the factored form fails
after one character at most positions and matches the same strings, longest first."""

from __future__ import annotations

import re
from collections.abc import Iterable


def word_alternation(words: Iterable[str]) -> str:
    """A pattern (no group around it) matching exactly the given words; ``(?!)`` for none."""
    trie: dict[str, dict] = {}
    for word in words:
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branch(trie) if trie else "(?!)"


def _branch(node: dict[str, dict]) -> str:
    ends_here = "" in node
    alternatives = [re.escape(char) + _branch(child) for char, child in sorted(node.items()) if char]
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    if ends_here:
        return ("(?:" + body + ")?") if len(alternatives) == 1 and len(body) > 1 else body + "?"
    return body


def whole_word(literal: str) -> re.Pattern[str]:
    """The same matches as ``(?<!\\w)<literal>(?!\\w)``, written with the literal first so that ``re``
    finds it by a fast scan for the literal instead of trying the look-behind at every character."""
    return re.compile(rf"{re.escape(literal)}(?<!\w[\s\S]{{{len(literal)}}})(?!\w)")


def whole_word_spans(literal: str, text: str, start: int = 0, stop: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each match of ``whole_word(literal)`` in ``text`` (``finditer(text, start,
    stop)``: the look-behind sees the text before ``start``, nothing after ``stop`` is seen), found
    by ``str.find`` with no pattern compiled: a literal seen once per text (an acronym the text
    defines) would cost ``re`` a compilation each time, more than the search itself. ``\\w`` is
    ``isalnum`` or ``_`` (``re``'s own test of a word character)."""
    spans: list[tuple[int, int]] = []
    size, find = len(literal), text.find
    stop = len(text) if stop is None else min(stop, len(text))
    position = find(literal, start, stop) if literal else -1
    while position >= 0:
        end = position + size
        before = text[position - 1] if position else " "
        after = text[end] if end < stop else " "
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            spans.append((position, end))
            position = find(literal, end, stop)
        else:
            position = find(literal, position + 1, stop)
    return spans


def bounded_spans(literal: str, text: str) -> list[tuple[int, int]]:
    """(start, end) of each match of ``\\b<literal>\\b`` in ``text``: :func:`whole_word_spans` when
    the literal opens and ends with a word character (the two mean the same there), else the pattern."""
    if literal and _WORD_CHAR.match(literal) and _WORD_CHAR.match(literal[-1]):
        return whole_word_spans(literal, text)
    return [match.span() for match in re.finditer(rf"\b{re.escape(literal)}\b", text)]


def last_word_before(text: str, position: int) -> list[str]:
    """``text[:position].split()[-1:]`` without splitting all the text before ``position``."""
    end = position
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return [text[start:end]] if end > start else []


def bounded_words(words: Iterable[str]) -> str:
    r"""``\b(?:w1|w2|...)`` (the words in the order given, no group around it), written with each
    word's first letter first: ``W(?<!\w[\s\S])ord``. ``re`` then scans the text for those first
    letters instead of trying the boundary at every character. The same matches: before a word
    character, ``\b`` means that no word character comes before it. A word that opens with no
    word character keeps its ``\b``; ``(?!)`` for no words."""
    parts = []
    for word in words:
        if _WORD_CHAR.match(word):
            parts.append(re.escape(word[0]) + r"(?<!\w[\s\S])" + re.escape(word[1:]))
        elif word:
            parts.append(r"\b" + re.escape(word))
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


_WORD_CHAR = re.compile(r"\w")


def phrase_alternation(phrases: Iterable[str]) -> str:
    """A pattern (no group around it) of the given phrases, longest first, each space matching any
    run of white space (`did not`, `did  not`); a table's multi-word entries as written."""
    return "|".join(re.escape(phrase).replace(r"\ ", r"\s+") for phrase in sorted(phrases, key=len, reverse=True))
