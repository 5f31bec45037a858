"""Promoted headlines printed inside the body: a block of other articles' headlines.

A newsroom's page may carry, between two body paragraphs, the headlines of other stories
(`Storm closes ports in the west` / `Budget: ‘We cannot wait another year’` / ...). Each is a
line of a headline's shape (a capital or an opening mark, some words, no closing full stop), and
their quoted words are no quotes of the article. Body paragraphs end with a full stop; a single
unpunctuated line may be a caption or a quote broken by a hard line break, so only a block of
``MIN_RUN`` such lines after a body paragraph counts. Each line becomes a FURNITURE mention of kind
``promoted``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: Fewest headline-shaped lines in a row that make a block of promoted headlines.
MIN_RUN = 3
#: Words of a headline: fewer is a label or a name line, more a paragraph that lost its full stop.
MIN_WORDS, MAX_WORDS = 5, 25
#: A headline's shape: a capital, digit or opening mark first; a letter, digit or `%` last, or
#: a closing mark right after one (no full stop, colon or comma at the end).
_HEADLINE_SHAPE = re.compile(r"[‘“\"'A-Z0-9].*[A-Za-z0-9%][’”\"']?")
#: A body paragraph's end: a full stop, question or exclamation mark, perhaps inside a closing mark.
_PARAGRAPH_END = re.compile(r"[.!?][’”\"')]?$")
_PARAGRAPH_ENDS = (".", "!", "?", ".”", ".’", '."', ".'", ",", ":", ";")


def text_lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line with words, without its surrounding blanks."""
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        stripped = line.strip()
        if stripped:
            start = match.start() + len(line) - len(line.lstrip())
            yield start, start + len(stripped)


def headline_shaped(line: str, byline_openers: tuple[str, ...]) -> bool:
    """A byline (`By Jane Doe and John Roe`) has a headline's shape but is no headline."""
    return (
        not line.endswith(_PARAGRAPH_ENDS)  # most lines are paragraphs: the cheapest test first
        and MIN_WORDS <= len(line.split()) <= MAX_WORDS
        and _HEADLINE_SHAPE.fullmatch(line) is not None
        and line.split(maxsplit=1)[0] not in byline_openers
    )


def promoted_headlines(
    text: str, taken: list[tuple[int, int]], byline_openers: tuple[str, ...] = ()
) -> list[tuple[int, int]]:
    """(start, end) of each line of a block of promoted headlines in ``text``. A line in ``taken``
    (furniture already found) breaks a block. The page's own headline and first lines never
    count: a block must follow a body paragraph that ends with a full stop."""
    lines = list(text_lines(text))
    found: list[tuple[int, int]] = []
    index = 2  # the headline and the line after it are the page's own
    while index < len(lines):
        end = index
        while end < len(lines) and headline_shaped(text[slice(*lines[end])], byline_openers) and _free(lines[end], taken):
            end += 1
        before = text[slice(*lines[index - 1])]
        if end - index >= MIN_RUN and _PARAGRAPH_END.search(before):
            found.extend(lines[index:end])
        index = max(end, index + 1)
    return found


def _free(line: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    start, end = line
    return not any(s < end and start < e for s, e in taken)
