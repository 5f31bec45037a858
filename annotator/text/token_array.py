"""The tokens of many texts at once, with numpy: the same tokens as :mod:`annotator.text.tokens`.

Agreement labels every token of a corpus (millions of them); the regular expression yields one
match object per token, which is the slow part. Here each code point is classed once (white
space, word character, other) and the token edges follow from comparing neighbours:

- a word is a run of word characters, joined by an inner ``-``, ``.`` or ``&`` between two word
  characters (not a ``.`` between two small letters and a capitalised word: a lost space), or
  by an apostrophe between two word characters unless it is followed by an ``s`` that ends the
  word; an ``œ`` right after ``€`` starts no word (a mis-decoded quotation mark); a hyphen after a
  dateline head, after `se`, before an English participle or between a capitalised word and a
  capital (`Joko-Prabowo`) joins nothing; nor does a full stop after a title that starts a word
  before a capitalised word or another title (`H.Bahrum`, `Ir.H.Joko`), nor one after a
  capitalised word that starts a token before a web host (`Ambon.malukubarunews.com`);
- any other character that is not white space is a token of its own.

That holds while every grapheme cluster is a single code point. A text holding a code point
that joins a cluster (combining marks, joiners, regional indicators, Hangul jamo...) is
tokenized by the regular expression instead. Tests compare both on real and random texts.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import regex

from annotator.text.tokens import GLUED_TITLES, HYPHEN_SUFFIXES, token_boundaries

# Classes are bit sets: 1 a word character, 2 not white space, and marks for the few characters
# that need a closer look (all rare in text, so they are looked at one by one).
WORD, TOKEN = 1, 2
CONNECTOR, APOSTROPHE, EURO, CLUSTER = 4, 8, 16, 32
UNKNOWN = 255
_SPECIAL = CONNECTOR | APOSTROPHE | EURO | CLUSTER
_CLUSTER_RE = regex.compile(
    r"[\p{Grapheme_Cluster_Break=Extend}\p{Grapheme_Cluster_Break=ZWJ}\p{Grapheme_Cluster_Break=SpacingMark}"
    r"\p{Grapheme_Cluster_Break=Prepend}\p{Grapheme_Cluster_Break=Regional_Indicator}\p{Grapheme_Cluster_Break=L}"
    r"\p{Grapheme_Cluster_Break=V}\p{Grapheme_Cluster_Break=T}\p{Grapheme_Cluster_Break=LV}\p{Grapheme_Cluster_Break=LVT}]"
)
_SPACE_RE = regex.compile(r"\s")
_WORD_RE = regex.compile(r"\w")
_MARKS = {**dict.fromkeys("-.&", CONNECTOR), **dict.fromkeys("'’", APOSTROPHE), "€": EURO}
_S, _OE, _DOT, _SLASH = ord("s"), ord("œ"), ord("."), ord("/")


def _class_of(point: int) -> int:
    char = chr(point)
    if _SPACE_RE.match(char):
        return CLUSTER if _CLUSTER_RE.match(char) else 0
    found = TOKEN | (WORD if _WORD_RE.match(char) else 0) | _MARKS.get(char, 0)
    return found | CLUSTER if _CLUSTER_RE.match(char) else found


_table = np.full(0x110000, UNKNOWN, dtype=np.uint8)  # classes of the code points met so far
_table[:128] = [_class_of(point) for point in range(128)]


def _classes(points: np.ndarray) -> np.ndarray:
    classes = _table[points]
    unknown = classes == UNKNOWN
    if unknown.any():
        new = np.sort(points[unknown])
        for point in new[np.append(True, new[1:] != new[:-1])].tolist():
            _table[point] = _class_of(point)
        classes = _table[points]
    return classes


def corpus_tokens(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Token starts and ends of all ``texts``, in one array each, offsets within their own
    text; and where each text's tokens begin (``firsts``, one more entry than texts)."""
    joined = "\n".join(texts)  # white space: no token crosses from one text to the next
    points = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    bases = np.zeros(len(texts) + 1, dtype=np.int64)
    if texts:
        np.cumsum([len(text) + 1 for text in texts], out=bases[1:])
    classes = _classes(points)
    in_word = (classes & WORD).view(bool)
    token = (classes & TOKEN) != 0
    special = np.flatnonzero(classes & _SPECIAL)
    clustered = special[(classes[special] & CLUSTER) > 0]
    if len(clustered):
        slow = np.searchsorted(bases, clustered, side="right") - 1
        slow = np.sort(slow)[np.append(True, np.diff(np.sort(slow)) > 0)].tolist()
    else:
        slow = []
    _join_words(points, classes, in_word, special)
    joined_on = in_word[1:] & in_word[:-1]  # positions i and i + 1 lie in one word
    start_mask = token.copy()
    start_mask[1:] &= ~joined_on
    end_mask = token.copy()
    end_mask[:-1] &= ~joined_on
    starts = np.flatnonzero(start_mask)
    ends = np.flatnonzero(end_mask) + 1
    firsts = np.searchsorted(starts, bases)
    if slow:
        return _with_slow_texts(texts, starts, ends, firsts, bases, slow)
    owner = np.repeat(np.arange(len(texts)), np.diff(firsts))
    return starts - bases[owner], ends - bases[owner], firsts


def _join_words(points: np.ndarray, classes: np.ndarray, in_word: np.ndarray, special: np.ndarray) -> None:
    """Marks in ``in_word`` the connectors and apostrophes inside a word, and unmarks an ``œ``
    after ``€`` (it starts no word)."""
    size = len(points)
    kinds = classes[special]
    euro = special[((kinds & EURO) > 0) & (special + 1 < size)]
    in_word[euro[points[euro + 1] == _OE] + 1] = False
    inner = special[(special > 0) & (special + 1 < size) & ((kinds & (CONNECTOR | APOSTROPHE)) > 0)]
    inner = inner[in_word[inner - 1] & in_word[inner + 1]]
    apostrophe = (classes[inner] & APOSTROPHE) > 0
    after_s = points[inner + 1] == _S
    beyond = np.minimum(inner + 2, size - 1)
    s_ends = after_s & ((inner + 2 >= size) | ~in_word[beyond])
    split = _dateline_hyphens(points, inner) | _affix_hyphens(points, in_word, inner)
    joins = ~(apostrophe & s_ends) & ~_sentence_ends(points, inner) & ~_title_stops(points, in_word, inner) & ~split
    joins &= ~_capital_hyphens(points, in_word, inner, joins)
    joins &= ~_capital_stops(points, in_word, inner, joins)
    in_word[inner[joins]] = True


def _between(values: np.ndarray, low: str, high: str) -> np.ndarray:
    return (values >= ord(low)) & (values <= ord(high))


def _sentence_ends(points: np.ndarray, inner: np.ndarray) -> np.ndarray:
    """Which inner connectors are a full stop that lost its space (`added.Mohd`): two small ASCII
    letters before it, a capital and a small letter after it (``WORD_PATTERN``'s look-around)."""
    size = len(points)
    ok = (points[inner] == _DOT) & (inner >= 2) & (inner + 2 < size)
    at = inner[ok]
    ok[ok] = (
        _between(points[at - 2], "a", "z")
        & _between(points[at - 1], "a", "z")
        & _between(points[at + 1], "A", "Z")
        & _between(points[at + 2], "a", "z")
    )
    return ok


_TITLES = tuple(np.array([ord(c) for c in title], dtype=np.uint32) for title in GLUED_TITLES)


def _matches_at(points: np.ndarray, at: np.ndarray, word: np.ndarray) -> np.ndarray:
    """Whether ``word`` is spelt from each position in ``at`` on (positions past the end: no)."""
    size = len(points)
    ok = at + len(word) <= size
    for offset, point in enumerate(word.tolist()):
        ok &= points[np.minimum(at + offset, size - 1)] == point
    return ok


def _title_stops(points: np.ndarray, in_word: np.ndarray, inner: np.ndarray) -> np.ndarray:
    """Which inner connectors are a full stop after a title that starts a word, before a capital
    and a small letter or before another title and its full stop (`H.Bahrum`, `Ir.H.Joko`;
    ``_TITLE_STOP`` of the tokenizer)."""
    size = len(points)
    ok = (points[inner] == _DOT) & (inner + 2 < size)
    at = inner[ok]
    if not len(at):
        return ok
    titled = np.zeros(len(at), dtype=bool)
    for title in _TITLES:
        start = at - len(title)
        titled |= (start >= 0) & _matches_at(points, np.maximum(start, 0), title) & (
            (start <= 0) | ~in_word[np.maximum(start - 1, 0)]
        )
    after = _between(points[at + 1], "A", "Z") & _between(points[at + 2], "a", "z")
    for title in _TITLES:
        stop = at + 1 + len(title)
        after |= _matches_at(points, at + 1, title) & (stop + 1 < size) & (points[np.minimum(stop, size - 1)] == _DOT) & (
            _between(points[np.minimum(stop + 1, size - 1)], "A", "Z")
        )
    ok[ok] = titled & after
    return ok


_HYPHEN = ord("-")
#: Web-address endings before a dateline hyphen (`BRIEF.ID-Kepala`), as code points.
_ADDRESS_ENDS = tuple(np.array([ord(c) for c in end], dtype=np.uint32) for end in (".id", ".ID", ".com", ".COM"))


def _ends_with(points: np.ndarray, at: np.ndarray, end: np.ndarray) -> np.ndarray:
    """Whether the code points right before each position in ``at`` are ``end``."""
    ok = at >= len(end)
    for back, point in enumerate(end[::-1], start=1):
        ok &= points[np.maximum(at - back, 0)] == point
    return ok


def _dateline_hyphens(points: np.ndarray, inner: np.ndarray) -> np.ndarray:
    """Which inner connectors are a hyphen after a dateline head (`KARAWANG-Dinas`: four ASCII
    capitals or a web address before it, a capital and a small letter after it; ``WORD_PATTERN``'s
    look-around)."""
    size = len(points)
    ok = (points[inner] == _HYPHEN) & (inner + 2 < size)
    at = inner[ok]
    after = _between(points[at + 1], "A", "Z") & _between(points[at + 2], "a", "z")
    capitals = at >= 4
    for back in range(1, 5):
        capitals &= _between(points[np.maximum(at - back, 0)], "A", "Z")
    address = np.zeros(len(at), dtype=bool)
    for end in _ADDRESS_ENDS:
        address |= _ends_with(points, at, end)
    ok[ok] = (after & (capitals | address)) | (capitals & _acronym_opens_sentence(points, at))
    return ok


_BLANKS = (ord(" "), ord("\t"))


def _acronym_opens_sentence(points: np.ndarray, at: np.ndarray) -> np.ndarray:
    """Whether the hyphen at each of ``at`` is followed by an acronym of two or more capitals, then
    spaces or tabs, then a capital and a small letter or a small letter (`JAKARTA-PT Prodia`,
    `JAKARTA-KPK menahan`; ``WORD_PATTERN``'s second dateline branch)."""
    size = len(points)

    def point(index: np.ndarray) -> np.ndarray:
        return np.where(index < size, points[np.minimum(index, size - 1)], 0)

    def capital(index: np.ndarray) -> np.ndarray:
        return (index < size) & _between(point(index), "A", "Z")

    def small(index: np.ndarray) -> np.ndarray:
        return (index < size) & _between(point(index), "a", "z")

    def blank(index: np.ndarray) -> np.ndarray:
        return (index < size) & np.isin(point(index), _BLANKS)

    ok = capital(at + 1) & capital(at + 2)
    k = at + 3
    while (going := ok & capital(k)).any():  # the rest of the acronym
        k = np.where(going, k + 1, k)
    ok &= blank(k)
    while (going := ok & blank(k)).any():  # the blanks after it
        k = np.where(going, k + 1, k)
    return ok & ((capital(k) & small(k + 1)) | small(k))


_SUFFIXES = tuple(np.array([ord(c) for c in word], dtype=np.uint32) for word in HYPHEN_SUFFIXES)
_S_POINT, _E_POINT = ord("s"), ord("e")
_H_POINT, _O_POINT = ord("H"), ord("O")


def _affix_hyphens(points: np.ndarray, in_word: np.ndarray, inner: np.ndarray) -> np.ndarray:
    """Which inner connectors are a hyphen after the prefix `se` or the handout mark `HO` before a
    capital (`se-Jakarta`, `HO-BPBD`) or before an English participle ending the word
    (`Japan-based`; ``WORD_PATTERN``'s look-around)."""
    size = len(points)
    hyphen = points[inner] == _HYPHEN
    at = inner[hyphen]
    before = np.maximum(at - 3, 0)
    two_before, one_before = points[np.maximum(at - 2, 0)], points[at - 1]
    prefix = (
        (at >= 2)
        & (((two_before == _S_POINT) & (one_before == _E_POINT)) | ((two_before == _H_POINT) & (one_before == _O_POINT)))
        & ((at < 3) | ~in_word[before])
        & _between(points[np.minimum(at + 1, size - 1)], "A", "Z")
    )
    suffix = np.zeros(len(at), dtype=bool)
    for word in _SUFFIXES:
        end = at + 1 + len(word)
        fits = end <= size
        for offset, point in enumerate(word, start=1):
            fits &= points[np.minimum(at + offset, size - 1)] == point
        suffix |= fits & ((end >= size) | ~in_word[np.minimum(end, size - 1)])
    found = np.zeros(len(inner), dtype=bool)
    found[hyphen] = prefix | suffix
    return found


def _capital_hyphens(points: np.ndarray, in_word: np.ndarray, inner: np.ndarray, joins: np.ndarray) -> np.ndarray:
    """Which inner connectors are a hyphen after a capitalised ASCII word that starts a token and
    before a capital (`Joko-Prabowo`; ``_CAPITAL_BEFORE_HYPHEN`` of the tokenizer). Such hyphens are
    rare, so each is looked at in turn; a chain (`Tawi-Tawi-Tawi`) depends on the hyphen before."""
    found, candidates, joined = _connectors_after_small_letter(points, inner, joins, _HYPHEN, 1, "A", "Z")
    for number in candidates:
        if _capitalised_token_start(points, in_word, joined, int(inner[number])) is None:
            continue
        found[number] = True
        joined.discard(int(inner[number]))
    return found


def _connectors_after_small_letter(
    points: np.ndarray, inner: np.ndarray, joins: np.ndarray, connector: int, room: int, low: str, high: str
) -> tuple[np.ndarray, list[int], set[int]]:
    """For the rare-connector checks: an all-False result array, the numbers of the inner connectors
    equal to ``connector`` with at least ``room`` characters after them, a small letter before and a
    character from ``low`` to ``high`` after, and the positions of the connectors that join so far."""
    size = len(points)
    found = np.zeros(len(inner), dtype=bool)
    same = (points[inner] == connector) & (inner + room < size)
    at = inner[same]
    candidates = np.flatnonzero(same)[
        _between(points[np.minimum(at + 1, size - 1)], low, high) & _between(points[at - 1], "a", "z")
    ]
    if not len(candidates):
        return found, [], set()
    return found, candidates.tolist(), set(inner[joins].tolist())


def _capitalised_token_start(
    points: np.ndarray, in_word: np.ndarray, joined: set[int], connector: int, *, after: tuple[int, ...] = ()
) -> int | None:
    """Where the capitalised ASCII word (`Ambon`, `Joko`) that ends right before ``connector`` starts,
    if it starts a token: nothing word-like or joined before it, nor one of the characters in
    ``after``; else None."""
    start = connector - 1
    while start > 0 and ord("a") <= points[start] <= ord("z"):
        start -= 1
    if not ord("A") <= points[start] <= ord("Z"):
        return None
    if start > 0 and (in_word[start - 1] or start - 1 in joined or points[start - 1] in after):
        return None
    return start


def _capital_stops(points: np.ndarray, in_word: np.ndarray, inner: np.ndarray, joins: np.ndarray) -> np.ndarray:
    """Which inner connectors are a full stop after a capitalised ASCII word that starts a token (no
    `/` or `.` before it) and before a web host of five letters or more with a domain of its own
    (`Ambon.malukubarunews.com`; ``_CAPITAL_BEFORE_ADDRESS`` of the tokenizer). Rare: each is looked
    at in turn."""
    found, candidates, joined = _connectors_after_small_letter(points, inner, joins, _DOT, 7, "a", "z")
    for number in candidates:
        stop = int(inner[number])
        if _capitalised_token_start(points, in_word, joined, stop, after=(_DOT, _SLASH)) is None:
            continue
        if _host_follows(points, stop + 1):
            found[number] = True
            joined.discard(stop)
    return found


def _host_follows(points: np.ndarray, index: int) -> bool:
    """A small letter, four or more small letters, digits or hyphens, a full stop and a small letter
    from ``index`` on (`malukubarunews.com`)."""
    size = len(points)
    if index >= size or not ord("a") <= points[index] <= ord("z"):
        return False
    k = index + 1
    while k < size and (ord("a") <= points[k] <= ord("z") or ord("0") <= points[k] <= ord("9") or points[k] == _HYPHEN):
        k += 1
    return k - index - 1 >= 4 and k + 1 < size and points[k] == _DOT and ord("a") <= points[k + 1] <= ord("z")


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
