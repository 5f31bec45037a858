"""Counts in messages: ``plural(1, "document")`` is "1 document", ``plural(2, "document")`` "2 documents",
``plural(12000, "span")`` "12,000 spans"."""

from __future__ import annotations

_IRREGULAR = {"entry": "entries", "was": "were", "is": "are", "this": "these", "it": "they"}


def plural(count: int, word: str, many: str | None = None) -> str:
    """``count`` and ``word``, in the plural unless ``count`` is 1."""
    return f"{count:,} {word if count == 1 else (many or _IRREGULAR.get(word) or word + 's')}"


def noun(count: int, word: str, many: str | None = None) -> str:
    """Only the word, agreeing with ``count`` (e.g. "was" / "were")."""
    return word if count == 1 else (many or _IRREGULAR.get(word) or word + "s")


def snippet(text: str | None, limit: int = 28) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis: what a message quotes of a span."""
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def quoted(text: str | None, limit: int = 40) -> str:
    """``text`` as a message quotes it: “Kota Bogor”, cut to ``limit`` characters."""
    return f"“{snippet(text, limit)}”"


def a_label(label: str) -> str:
    """``label`` with its article as a message reads it: "a PERSON", "an ORG"."""
    return f"{'an' if label[:1].upper() in 'AEIOU' else 'a'} {label}"
