"""A light word tokenizer with offsets, and a matcher of known phrases against the text.

The rules work on the raw text so that every offset is exact; spaCy's tokenizer runs in the
pipeline for users who want ``Doc`` objects, but the rules do not depend on its choices.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from typing import NamedTuple

# Words: letters/digits joined by hyphens, apostrophes or inner dots (`Amir-Saeed`, `Kompas.id`, `K.H`).
WORD_RE = re.compile(r"\w+(?:[-.&]\w+|['’](?!s\b)\w+)*", re.UNICODE)
SENTENCE_END = ".!?\n"


class Token(NamedTuple):
    start: int
    end: int
    text: str
    index: int

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_upper(self) -> bool:
        return self.text.isupper() and len(self.text) > 1

    @property
    def lower(self) -> str:
        return self.text.lower()


def tokenize(text: str) -> list[Token]:
    return [Token(m.start(), m.end(), m.group(), i) for i, m in enumerate(WORD_RE.finditer(text))]


class TokenIndex:
    """Tokens of one text with look-ups by offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = tokenize(text)
        self.starts = [token.start for token in self.tokens]
        self.ends = [token.end for token in self.tokens]
        self.by_start = {token.start: token for token in self.tokens}
        self.by_end = {token.end: token for token in self.tokens}

    def __len__(self) -> int:
        return len(self.tokens)

    def first_at_or_after(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset`` (len when none)."""
        return bisect_left(self.starts, offset)

    def last_ending_at_or_before(self, offset: int) -> int:
        """Index of the last token ending at or before ``offset`` (-1 when none)."""
        return bisect_left(self.ends, offset + 1) - 1

    def gap(self, left: int, right: int) -> str:
        """The text between token ``left`` and token ``right`` (the text's edge for a missing one)."""
        start = self.tokens[left].end if 0 <= left < len(self.tokens) else 0
        end = self.tokens[right].start if 0 <= right < len(self.tokens) else len(self.text)
        return self.text[start:end]

    def sentence_initial(self, index: int) -> bool:
        """Whether the token opens a sentence, a paragraph or a quotation."""
        position = self.tokens[index].start - 1
        text = self.text
        while position >= 0 and text[position] in " \t":
            position -= 1
        if position < 0:
            return True
        char = text[position]
        if char in "\n“\"‘'(:[" or char in "–—":
            return True
        if char in ".!?":
            # `Prof.` and initials do not end a sentence.
            previous = self.last_ending_at_or_before(position)
            if previous >= 0 and self.tokens[previous].end == position:
                word = self.tokens[previous].text
                if len(word) == 1 and word.isupper():
                    return False
            return True
        return False


class PhraseMatcher:
    """Exact, case-sensitive look-up of known phrases that begin and end on token edges."""

    def __init__(self, phrases: Iterable[tuple[str, str]]) -> None:
        self._by_first: dict[str, list[tuple[str, str]]] = {}
        for phrase, value in phrases:
            first = WORD_RE.match(phrase)
            if not first:
                continue
            key = first.group()
            self._by_first.setdefault(key, []).append((phrase, value))
        for entries in self._by_first.values():
            entries.sort(key=lambda entry: -len(entry[0]))

    def match(self, tokens: TokenIndex, index: int) -> tuple[int, str] | None:
        """Longest phrase starting at token ``index``: (index of the token after it, value)."""
        token = tokens.tokens[index]
        entries = self._by_first.get(token.text)
        if not entries:
            return None
        text = tokens.text
        for phrase, value in entries:
            end = token.start + len(phrase)
            if text.startswith(phrase, token.start) and end in tokens.by_end:
                next_index = tokens.by_end[end].index + 1
                # A phrase that ends in "." (`Prof.`) ends on a token edge plus the dot.
                return next_index, value
            if phrase.endswith(".") and text.startswith(phrase, token.start) and end - 1 in tokens.by_end:
                return tokens.by_end[end - 1].index + 1, value
        return None

    def phrase_end(self, tokens: TokenIndex, index: int) -> int | None:
        """Character offset where the longest phrase at ``index`` ends, dot included."""
        token = tokens.tokens[index]
        for phrase, _value in self._by_first.get(token.text, ()):
            end = token.start + len(phrase)
            if tokens.text.startswith(phrase, token.start) and (end in tokens.by_end or phrase.endswith(".")):
                return end
        return None
