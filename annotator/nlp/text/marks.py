"""The quotation marks that open and close a quote, straight and curly, as sets of single characters.

Any layer asks these when it reads the character next to a word or a gap (`“Blue Hornets”` as a
nickname, a place right after a closing mark, a report verb right after a quote's cue). They are
sets, not strings, so that asking whether an empty slice is a mark says no (`"" in "\\"”"` is true).
`str.strip` and its kin take them as a string: :func:`mark_chars`."""

from __future__ import annotations

#: Marks that open a quote: straight and curly, double and single.
OPENING_MARKS = frozenset("\"“‘'")
#: Marks that close a quote: straight and curly, double and single.
CLOSING_MARKS = frozenset("\"”’'")
#: Marks that close a quote, and the closing guillemet (`»`) some pages set for one.
CLOSING_MARKS_WITH_GUILLEMETS = CLOSING_MARKS | {"»"}
#: Marks that open or close a quote (around a quote, or a nickname inside a name: `‘Jokowi’`).
QUOTATION_MARKS = OPENING_MARKS | CLOSING_MARKS


def mark_chars(marks: frozenset[str], extra: str = "") -> str:
    """``extra`` and the characters of ``marks`` (in a fixed order) as one string, the argument
    `str.strip` and its kin take (`text.strip(mark_chars(OPENING_MARKS, " "))`)."""
    return extra + "".join(sorted(marks))
