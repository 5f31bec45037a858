"""A crosshead between the paragraphs of one speaker's quote run (`“...,” said X.` / `What comes
next` / `“...”`): a short line of its own, capitalised, with no quotation mark and no punctuation
closing a sentence, heads the next part of the story; it names no new speaker, so the quote
paragraph after it continues the run as it would across a `Baca juga:` line."""

from __future__ import annotations

from collections.abc import Sequence

from annotator.nlp.quotes.quote_speech import MAX_CROSSHEAD_WORDS

#: Marks a crosshead never holds: quotation marks, and a colon (a label before its text).
_NOT_IN_CROSSHEAD = frozenset('"“”‘’«»„:')


def is_crosshead_line(line: str) -> bool:
    """Whether a line reads as a crosshead: one to ``MAX_CROSSHEAD_WORDS`` words, opening with a
    capital or a digit and ending on a letter or a digit, with no quotation mark or colon."""
    words = line.split()
    if not words or len(words) > MAX_CROSSHEAD_WORDS:
        return False
    stripped = line.strip()
    if not (stripped[0].isupper() or stripped[0].isdigit()) or not stripped[-1].isalnum():
        return False
    return not any(char in _NOT_IN_CROSSHEAD for char in stripped)


def crosshead_in_gap(text: str, start: int, end: int, furniture: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of the one line between two offsets that is no furniture and no white space, when it
    reads as a crosshead (a line of its own, after a blank line or a line break); else None.
    ``quote_sharing.only_crosshead_between`` checks the rest of the gap as furniture with it."""
    position = start
    lines: list[tuple[int, int]] = []
    for line in text[start:end].split("\n"):
        line_start, position = position, position + len(line) + 1
        if line.strip(" \t\x00") and not any(s <= line_start < e for s, e in furniture):
            lines.append((line_start, line_start + len(line)))
    if len(lines) != 1 or not is_crosshead_line(text[lines[0][0] : lines[0][1]].strip(" \t\x00")):
        return None
    return lines[0]
