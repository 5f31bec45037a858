"""Hard line breaks inside a body's sentences (`Kepala Dinas Pertanian` / `Kabupaten X, Budi ...`):
a copied page broke the line, not the name, so the words on both sides of such a break are joined
like words with a space between them."""

from __future__ import annotations

from itertools import pairwise

from annotator.nlp.quotes.line_breaks import wraps_lines

#: A line shorter than this is a dateline, a credit or a short heading, not a broken body line.
MIN_BODY_LINE = 40


def wrap_breaks(text: str, line_starts: list[int], title_lines: set[int]) -> frozenset[int]:
    """Positions of the newlines that break a body sentence on a page that wraps its lines (one of
    its lines ending in a word goes on with a small letter on the next): each ends a line of
    ``MIN_BODY_LINE`` characters or more, not a headline (``title_lines``), in a letter or digit,
    with the next line right after it."""
    if "\n" not in text:
        return frozenset()
    bounds = [(start, next_start - 1) for start, next_start in pairwise(line_starts)]
    bounds.append((line_starts[-1], len(text)))
    # a final newline (or a blank line) leaves an empty line: no break around it
    numbered = [(number, start, end) for number, (start, end) in enumerate(bounds) if end > start]
    if not wraps_lines(text, [(start, end) for _, start, end in numbered]):
        return frozenset()
    breaks = set()
    for (number, start, end), (_, next_start, _) in pairwise(numbered):
        if (
            end - start >= MIN_BODY_LINE
            and next_start == end + 1
            and text[end - 1].isalnum()
            and text[next_start].isalnum()
            and number not in title_lines
        ):
            breaks.add(end)
    return frozenset(breaks)
