"""Code points (our offsets) versus UTF-16 code units (Qt's offsets).

Characters outside the Basic Multilingual Plane (most emoji) take two UTF-16 units and one
code point. The GUI converts at the widget edge with :class:`Utf16Index`; nothing else should.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Index:
    """Converts offsets of one text between code points and UTF-16 units in O(log n)."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        # Code-point positions of astral characters (each adds one extra UTF-16 unit).
        self._astral = [match.start() for match in ASTRAL.finditer(text)]
        # UTF-16 position of each astral character's first unit.
        self._astral_utf16 = [position + count for count, position in enumerate(self._astral)]

    @property
    def utf16_length(self) -> int:
        return self.length + len(self._astral)

    def to_utf16(self, offset: int) -> int:
        """UTF-16 offset of code-point ``offset``."""
        return offset + bisect_left(self._astral, offset)

    def to_code_point(self, utf16_offset: int) -> int:
        """Code-point offset of UTF-16 ``utf16_offset``; an offset inside a surrogate pair rounds down."""
        return utf16_offset - bisect_right(self._astral_utf16, utf16_offset - 1)


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2
