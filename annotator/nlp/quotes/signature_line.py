"""Where a signature opens: a dash after a quote on the quote's own line (`‘...’ – Coach X on the
ban.`), or a dash opening the next paragraph (`– Ada Okoro, the governor of ...`,
``next_line_dash``), or the next paragraph itself (``next_line_start``: a name line with no dash)."""

from __future__ import annotations

from annotator.nlp.text.marks import QUOTATION_MARKS, mark_chars

#: Dashes that open a signature (a hyphen too: some pages type one for the dash).
DASHES = "–—―-"
#: What may stand around a quote on its line (before the dash of a signature, or to the paragraph's
#: edges): its marks, white space, a stop.
AROUND_QUOTE = mark_chars(QUOTATION_MARKS, " \t\x00.")


def signature_dash(text: str, start: int, end: int) -> int | None:
    """The offset of the dash that opens the rest of ``text[start:end]`` after the quote's closing
    mark (marks, spaces and a stop before it allowed) and is followed by a space and a capitalised
    word (a name, a title, a country: `– and then ...` signs nothing), or None."""
    position = start
    while position < end and text[position] in AROUND_QUOTE:
        position += 1
    if position >= end or text[position] not in DASHES:
        return None
    after = text[position + 1 : end]
    if after[:1] not in (" ", "\t") or not after.lstrip(" \t")[:1].isupper():
        return None
    return position


def next_line_start(text: str, after: int) -> int:
    """The offset of the first paragraph's first character after ``after`` (blank lines between
    allowed), or the text's length."""
    start = after
    while start < len(text) and text[start] in "\n \t\x00":
        start += 1
    return start


def next_line_dash(text: str, after: int) -> int | None:
    """The offset of the dash opening the first paragraph after ``after`` (blank lines between
    allowed) when a space or a tab follows it (`– Ada Okoro, ...`), or None."""
    start = next_line_start(text, after)
    if start >= len(text) or text[start] not in DASHES or text[start + 1 : start + 2] not in (" ", "\t"):
        return None
    return start
