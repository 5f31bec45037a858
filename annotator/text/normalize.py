"""Normalise text once, at import: newlines to ``\\n``, NUL characters removed and, if asked,
Unicode NFC. (PostgreSQL cannot store NUL in text; removing it keeps both backends alike.)

When the text changes length, :class:`OffsetMap` carries offsets given against the original
text (spans from another tool) over to the normalised text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass


@dataclass(frozen=True)
class OffsetMap:
    """Maps code-point offsets of the original text to offsets of the normalised text.

    ``removed`` holds, sorted, the original offsets of characters that normalisation dropped
    (the ``\\r`` of each ``\\r\\n``, and every NUL).
    """

    removed: tuple[int, ...] = ()

    def __call__(self, offset: int) -> int:
        return offset - bisect_right(self.removed, offset - 1)

    @property
    def is_identity(self) -> bool:
        return not self.removed


def normalize_newlines(text: str) -> tuple[str, OffsetMap]:
    """CRLF and lone CR become a newline and NULs go; returns the new text and the offset map."""
    if "\r" not in text and "\x00" not in text:
        return text, OffsetMap()
    removed = [match.start() for match in _DROPPED.finditer(text)]
    kept = _DROPPED.sub("", text)
    return kept.replace("\r", "\n"), OffsetMap(tuple(removed))


_DROPPED = re.compile("\r(?=\n)|\x00")


def normalize_text(text: str, *, nfc: bool = False) -> tuple[str, OffsetMap]:
    """Normalise newlines, and apply NFC when ``nfc`` is set.

    NFC can merge characters, so offsets given against the original text cannot be carried
    over; callers refuse imported spans when NFC changed the text.
    """
    normalized, offsets = normalize_newlines(text)
    if nfc:
        normalized = unicodedata.normalize("NFC", normalized)
    return normalized, offsets
