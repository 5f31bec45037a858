"""Showing user-supplied names (file names, ids) inside one-line messages."""

from __future__ import annotations

import unicodedata


def printable(name: str) -> str:
    """``name`` with control and line-breaking characters escaped (``\\n``, ``\\x00``, ``\\u2028``),
    so that a file called ``a\\nb.jsonl: forged`` cannot forge a second line of a message."""
    if name.isprintable():
        return name
    escaped = []
    for char in name:
        if char.isprintable() or (char == " ") or unicodedata.category(char) == "Zs":
            escaped.append(char)
        else:
            escaped.append(char.encode("unicode_escape").decode("ascii"))
    return "".join(escaped)
