"""The tokens of many texts at once, with numpy: the same tokens as :mod:`annotator.text.tokens`.

Agreement labels every token of a corpus (millions of them); the regular expression yields one
match object per token, which is the slow part. Here each code point is classed once (white
space, word character, other) and the token edges follow from comparing neighbours:

- a word is a run of word characters, joined by an inner ``-``, ``.`` or ``&`` between two word
  characters, or by an apostrophe between two word characters unless it is followed by an ``s``
  that ends the word; an ``œ`` right after ``€`` starts no word (a mis-decoded quotation mark);
- any other character that is not white space is a token of its own.

That holds while every grapheme cluster is a single code point. A text holding a code point
that joins a cluster (combining marks, joiners, regional indicators, Hangul jamo...) is
tokenized by the regular expression instead. Tests compare both on real and random texts.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import regex

from annotator.text.tokens import token_boundaries

SPACE, WORD, OTHER, CLUSTER = 0, 1, 2, 3
UNKNOWN = 4
_CLUSTER_RE = regex.compile(
    r"[\p{Grapheme_Cluster_Break=Extend}\p{Grapheme_Cluster_Break=ZWJ}\p{Grapheme_Cluster_Break=SpacingMark}"
    r"\p{Grapheme_Cluster_Break=Prepend}\p{Grapheme_Cluster_Break=Regional_Indicator}\p{Grapheme_Cluster_Break=L}"
    r"\p{Grapheme_Cluster_Break=V}\p{Grapheme_Cluster_Break=T}\p{Grapheme_Cluster_Break=LV}\p{Grapheme_Cluster_Break=LVT}]"
)
_SPACE_RE = regex.compile(r"\s")
_WORD_RE = regex.compile(r"\w")
_CONNECTORS = [ord(c) for c in "-.&"]
_APOSTROPHES = [ord(c) for c in "'’"]
_S, _OE, _EURO = ord("s"), ord("œ"), ord("€")

_table = np.full(0x110000, UNKNOWN, dtype=np.int8)  # classes of the code points met so far


def _class_of(point: int) -> int:
    char = chr(point)
    if _CLUSTER_RE.match(char):
        return CLUSTER
    if _SPACE_RE.match(char):
        return SPACE
    return WORD if _WORD_RE.match(char) else OTHER


def _classes(points: np.ndarray) -> np.ndarray:
    classes = _table[points]
    unknown = classes == UNKNOWN
    if unknown.any():
        for point in np.unique(points[unknown]).tolist():
            _table[point] = _class_of(point)
        classes = _table[points]
    return classes


def _shifted(values: np.ndarray, by: int) -> np.ndarray:
    """values[i - by] (by > 0) or values[i + |by|] (by < 0), False past either end."""
    out = np.zeros_like(values)
    if by > 0:
        out[by:] = values[:-by]
    else:
        out[:by] = values[-by:]
    return out


def _any_of(points: np.ndarray, wanted: list[int]) -> np.ndarray:
    found = points == wanted[0]
    for point in wanted[1:]:
        found |= points == point
    return found


def corpus_tokens(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Token starts and ends of all ``texts``, in one array each, offsets within their own
    text; and where each text's tokens begin (``firsts``, one more entry than texts)."""
    joined = "\n".join(texts)  # white space: no token crosses from one text to the next
    points = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    bases = np.zeros(len(texts) + 1, dtype=np.int64)
    if texts:
        np.cumsum([len(text) + 1 for text in texts], out=bases[1:])
    classes = _classes(points)
    word = classes == WORD
    euro_oe = (points == _OE) & (_shifted(points == _EURO, 1))
    word &= ~euro_oe
    before, after = _shifted(word, 1), _shifted(word, -1)
    joined_connector = _any_of(points, _CONNECTORS) & before & after
    s_ending = _shifted(points == _S, -1) & ~_shifted(word, -2)
    joined_apostrophe = _any_of(points, _APOSTROPHES) & before & after & ~s_ending
    in_word = word | joined_connector | joined_apostrophe
    single = ~in_word & (classes != SPACE)
    starts = np.flatnonzero((in_word & ~_shifted(in_word, 1)) | single)
    ends = np.flatnonzero((in_word & ~_shifted(in_word, -1)) | single) + 1
    firsts = np.searchsorted(starts, bases)
    clustered = np.flatnonzero(classes == CLUSTER)
    if len(clustered):
        slow = np.unique(np.searchsorted(bases, clustered, side="right") - 1).tolist()
        return _with_slow_texts(texts, starts, ends, firsts, bases, slow)
    owner = np.repeat(np.arange(len(texts)), np.diff(firsts))
    return starts - bases[owner], ends - bases[owner], firsts


def _with_slow_texts(
    texts: Sequence[str], starts: np.ndarray, ends: np.ndarray, firsts: np.ndarray, bases: np.ndarray, slow: list[int]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Tokens of the texts in ``slow`` from the regular expression, the others from the arrays."""
    slow_set = set(slow)
    parts_start: list[np.ndarray] = []
    parts_end: list[np.ndarray] = []
    counts = np.zeros(len(texts), dtype=np.int64)
    for number, text in enumerate(texts):
        if number in slow_set:
            text_starts, text_ends = token_boundaries(text)
            parts_start.append(np.asarray(text_starts, dtype=np.int64))
            parts_end.append(np.asarray(text_ends, dtype=np.int64))
        else:
            first, last = firsts[number], firsts[number + 1]
            parts_start.append(starts[first:last] - bases[number])
            parts_end.append(ends[first:last] - bases[number])
        counts[number] = len(parts_start[-1])
    new_firsts = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum(counts, out=new_firsts[1:])
    empty = np.zeros(0, dtype=np.int64)
    return (
        np.concatenate(parts_start) if parts_start else empty,
        np.concatenate(parts_end) if parts_end else empty,
        new_firsts,
    )
