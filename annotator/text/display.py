"""Showing user-supplied names (file names, ids) inside one-line messages."""

from __future__ import annotations

import unicodedata


def printable(name: str) -> str:
    """``name`` with control and line-breaking characters escaped (``\\n``, ``\\x00``, ``\\u2028``),
    so that a file called ``a\\nb.jsonl: forged`` cannot forge a second line of a message."""
    if name.isprintable():
        return name
    return "".join(char if _shown(char) else char.encode("unicode_escape").decode("ascii") for char in name)


def _shown(char: str) -> bool:
    return char.isprintable() or unicodedata.category(char) == "Zs"  # no-break and other spaces stay
