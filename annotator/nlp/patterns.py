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
