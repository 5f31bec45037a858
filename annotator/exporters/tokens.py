"""Tokens for the token-based formats (spaCy, Prodigy, CoNLL, Hugging Face).

The project's one tokenizer (the pre-labeller's and the window's) gives the tokens; a token that a span starts or ends
inside is split there, so that every span covers whole tokens and converts without loss. The
spans of the corpus never split a base letter from its combining marks, so neither do the
split tokens.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import Any, NamedTuple


class Token(NamedTuple):
    start: int
    end: int
    space: bool  # followed by one space that belongs to no token (spaCy's ``whitespace_``)
    is_space: bool  # the token is whitespace itself (a newline, a second space)


class TokenIndex:
    """Tokens of one text, with look-ups from character offsets to token indexes. ``doc`` is the
    tokenizer's spaCy Doc when no token had to be split (it then has exactly these tokens)."""

    def __init__(self, tokens: list[Token], doc: Any = None) -> None:
        self.tokens = tokens
        self.doc = doc
        self.starts = [token.start for token in tokens]
        self.ends = [token.end for token in tokens]

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """First and last (inclusive) token of characters start..end, when they are token edges."""
        first = bisect_left(self.starts, start)
        last = bisect_right(self.ends, end) - 1
        if first >= len(self.starts) or self.starts[first] != start or last < 0 or self.ends[last] != end or last < first:
            return None
        return first, last


def tokenize(text: str, lang: str, boundaries: Iterable[int] = ()) -> TokenIndex:
    """Tokens of ``text``, split at every offset of ``boundaries`` that falls inside a token."""
    from annotator.nlp.text.tokenizer import word_tokenizer  # spaCy: imported on first use, it is slow to import

    doc = word_tokenizer(lang)(text)
    columns = doc.to_array(["IDX", "LENGTH", "SPACY", "IS_SPACE"]).tolist() if len(doc) else []
    cuts = sorted(set(boundaries))
    tokens: list[Token] = []
    split = False
    for start, length, spacy_, is_space in columns:
        end = start + length
        inner = cuts[bisect_right(cuts, start) : bisect_left(cuts, end)] if cuts else ()
        if not inner:
            tokens.append(Token(start, end, bool(spacy_), bool(is_space)))
            continue
        split = True
        edges = [start, *inner, end]
        for index in range(len(edges) - 1):
            last = index == len(edges) - 2
            tokens.append(Token(edges[index], edges[index + 1], last and bool(spacy_), bool(is_space)))
    return TokenIndex(tokens, None if split else doc)


def span_boundaries(record: dict[str, Any]) -> list[int]:
    return [offset for span in record["spans"] for offset in (span["start"], span["end"])]


def record_lang(record: dict[str, Any], default: str) -> str:
    return (record.get("meta") or {}).get("lang") or default
