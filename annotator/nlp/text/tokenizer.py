"""A spaCy tokenizer built on the project's one tokenizer (:mod:`annotator.text.tokens`).

The pre-labelling pipeline uses it in place of spaCy's own, so the rules, the spans they put on
``doc.spans`` and the window's selection snapping all share the same token edges. It is
registered as ``annotator_words.v1`` for spaCy configs::

    [nlp.tokenizer]
    @tokenizers = "annotator_words.v1"

White space between tokens becomes spaCy's trailing-space flag (one space) or a white-space
token (line breaks, runs of spaces), so ``doc.text`` is the input exactly.
"""

from __future__ import annotations

import functools
import re
import weakref
from collections.abc import Callable, Iterable, Iterator
from itertools import accumulate, compress, count, repeat
from operator import add, itemgetter
from typing import Any, NamedTuple

import regex
import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from annotator.text.tokens import WORD_PATTERN, quick_word_pattern

#: A word token starts with a word character (letters, digits, marks); shared with nlp/text/tokens.py.
WORD_START = regex.compile(r"\w")
#: The text in tokens, each with the one space after it: a run of white space (the part not taken
#: as the previous token's trailing space), or a word or one symbol (a grapheme cluster) and then
#: an optional space. The tokens are exactly those of :data:`annotator.text.tokens.TOKEN_RE`.
#: Each part is (the token, the token again when it is a word or else "", " " or ""): a run of
#: white space takes every space there is, so no space follows it.
_PARTS_RE = regex.compile(rf"(\s+|({WORD_PATTERN})|(?!\s)\X)( ?)")
#: The same with the standard ``re`` module, about twice as fast, for texts made only of
#: characters on which both modules agree (:func:`_plain_characters`): see :func:`_fast_parts`.
_TOKEN, _WORD, _SPACE = itemgetter(0), itemgetter(1), itemgetter(2)
#: ``doc.user_data`` key set on every Doc this tokenizer makes: the rules may use its tokens.
OWN_TOKENS = "annotator_words"
#: ``doc.user_data`` key set (True) on a Doc whose text is made only of :func:`_plain_characters`:
#: such a text holds no combining mark (each would join the letter before it), so the record
#: building does not search it for one (``analysis.align_to_tokens``).
PLAIN_TEXT = "annotator_plain_text"
#: Blocks where most news text lives: Latin, general punctuation, currency and letter-like signs.
_COMMON_BLOCKS = ((0x0000, 0x024F), (0x2000, 0x214F))


@functools.cache
def _plain_characters() -> re.Pattern[str]:
    r"""A search for any character outside the set on which ``re`` and ``regex`` give the same
    tokens: the same ``\w`` and ``\s``, and a grapheme cluster of its own next to a letter (no
    combining mark, joiner or prepended sign). A text without one is tokenized by ``re``."""
    plain: list[int] = []
    for first, last in _COMMON_BLOCKS:
        for code in range(first, last + 1):
            char = chr(code)
            if (re.match(r"\w", char) is None) != (regex.match(r"\w", char) is None):
                continue
            if (re.match(r"\s", char) is None) != (regex.match(r"\s", char) is None):
                continue
            if len(regex.findall(r"\X", f"a{char}a")) == 3:
                plain.append(code)
    return re.compile("[^" + _ranges(plain) + "]")


def _ranges(codes: list[int]) -> str:
    """The code points (ascending) as the ranges of a character class, without its brackets."""
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges)


@functools.cache
def _fast_parts() -> re.Pattern[str]:
    r"""``_PARTS_RE`` for ``re``, on texts of :func:`_plain_characters` only: the word first (it
    never opens with white space), then white space, then one other character. ``\w`` and ``\s``
    are written as the classes of the common blocks' characters they match (a set look-up per
    character instead of Unicode's tests), and the word as :func:`quick_word_pattern` (the same
    words). The same parts as ``(\s+|(WORD_PATTERN)|\S)( ?)`` on such texts."""
    common = [chr(code) for first, last in _COMMON_BLOCKS for code in range(first, last + 1)]
    word = "[" + _ranges([ord(char) for char in common if re.match(r"\w", char)]) + "]"
    space = "[" + _ranges([ord(char) for char in common if re.match(r"\s", char)]) + "]"
    return re.compile(rf"(({quick_word_pattern(word)})|{space}+|\S)( ?)")


class Token(NamedTuple):
    """A word token of the rules: code-point offsets, its text and its number among the words."""

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


#: (text, word tokens, the Doc index of each, how many words come before each Doc token and after the last)
Made = tuple[str, list[Token], list[int], list[int]]


class _MadeDocs:
    """The text each Doc was made from (``Doc.text`` rebuilds it from the tokens on every access),
    its word tokens and their Doc indices, for the Docs this tokenizer made while they live.

    Entries are keyed by the Doc's id with a weak reference to it, which tells a live Doc from a
    dead one of the same id; the entries of dead Docs are dropped now and then. (A
    ``WeakKeyDictionary`` runs a Python callback as each Doc dies, a cost per text.)"""

    def __init__(self, sweep_at: int = 256) -> None:
        self._entries: dict[int, tuple[weakref.ref[Doc], Made]] = {}
        self._least = self._sweep_at = sweep_at

    def add(self, doc: Doc, made: Made) -> None:
        entries = self._entries
        entries[id(doc)] = (weakref.ref(doc), made)
        if len(entries) >= self._sweep_at:
            for key in [key for key, (ref, _made) in entries.items() if ref() is None]:
                del entries[key]
            self._sweep_at = max(self._least, 2 * len(entries))

    def get(self, doc: Doc) -> Made | None:
        entry = self._entries.get(id(doc))
        return entry[1] if entry is not None and entry[0]() is doc else None


_made = _MadeDocs()


def text_of(doc: Doc) -> str:
    """``doc.text``, without rebuilding it when this tokenizer made the Doc."""
    made = _made.get(doc)
    return doc.text if made is None else made[0]


def words_of(doc: Doc) -> list[tuple[int, int, int]] | None:
    """(start, end, Doc index) of the Doc's word tokens when this tokenizer made it, else None."""
    made = _made.get(doc)
    return None if made is None else [(token[0], token[1], index) for token, index in zip(made[1], made[2], strict=True)]


def word_tokens_of(doc: Doc) -> tuple[list[Token], list[int], list[int]] | None:
    """The Doc's word tokens, the Doc index of each and how many words come before each Doc token
    (and after the last), when this tokenizer made it, else None."""
    made = _made.get(doc)
    return None if made is None else (made[1], made[2], made[3])


class WordTokenizer:
    """``Doc`` of words and single symbols; a word token is one whose text starts with a word character."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        #: Each token text's hash in the vocabulary's strings. A Doc made from these numbers skips
        #: hashing every token text again (spaCy's ``Vocab.get``), a third of the cost of a Doc.
        #: Only strings stored outside a memory zone are kept: they stay in the vocabulary.
        self._orths: dict[str, int] = {}

    def __call__(self, text: str) -> Doc:
        plain = _plain_characters().search(text) is None
        parts_re = _fast_parts() if plain else _PARTS_RE
        # One findall: plain strings cost less than a match object per token. A token's one
        # trailing space is its spaCy flag; other white space is a token of its own. The lists
        # below are made by C loops (map, compress, accumulate, zip), no Python step per token.
        parts = parts_re.findall(text)
        words = list(map(_TOKEN, parts))
        spaces = list(map(bool, map(_SPACE, parts)))
        is_word = list(map(bool, map(_WORD, parts)))
        # The word tokens for the rules (:func:`word_tokens_of`), the Doc index of each and the
        # number of words before each Doc token; a token starts after the tokens and trailing
        # spaces before it.
        starts = list(compress(accumulate(map(add, map(len, words), spaces), initial=0), is_word))
        texts = list(compress(words, is_word))
        ends = map(add, starts, map(len, texts))
        # tuple.__new__(Token, ...): a Token without the Python-level __new__ of NamedTuple; zip
        # hands each (start, end, text, number) on without a tuple of its own per token.
        tokens = list(map(tuple.__new__, repeat(Token), zip(starts, ends, texts, count())))
        doc_index = list(compress(count(), is_word))
        words_before = list(accumulate(is_word, initial=0))
        doc = Doc(self.vocab, words=self._orth_ids(words), spaces=spaces)
        doc.user_data[OWN_TOKENS] = True
        if plain:
            doc.user_data[PLAIN_TEXT] = True
        _made.add(doc, (text, tokens, doc_index, words_before))
        return doc

    def _orth_ids(self, words: list[str]) -> list[str] | list[int]:
        """The hashes of ``words`` in the vocabulary's strings (the words themselves in a memory
        zone, whose strings do not outlive it)."""
        orths = self._orths
        try:
            return list(map(orths.__getitem__, words))  # in C: no Python frame per token
        except KeyError:
            if self.vocab.in_memory_zone:
                return words
            store = self.vocab.strings.add
            return [orths[word] if word in orths else orths.setdefault(word, store(word)) for word in words]

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    # Nothing to save: the tokenizer has no settings or data of its own.
    def to_bytes(self, **_kwargs: Any) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_kwargs: Any) -> WordTokenizer:
        return self

    def to_disk(self, _path: Any, **_kwargs: Any) -> None:
        return None

    def from_disk(self, _path: Any, **_kwargs: Any) -> WordTokenizer:
        return self


@spacy.registry.tokenizers("annotator_words.v1")
def create_word_tokenizer() -> Callable[[Any], WordTokenizer]:
    def make(nlp: Any) -> WordTokenizer:
        return WordTokenizer(nlp.vocab)

    return make


@functools.lru_cache(maxsize=8)
def word_tokenizer(lang: str) -> WordTokenizer:
    """The one tokenizer on a vocabulary of ``lang`` (a bare one for a language spaCy lacks), for
    code that needs spaCy Docs outside the pipeline: the token-based exports."""
    try:
        vocab = spacy.blank(lang).vocab
    except (ImportError, KeyError, ValueError):
        vocab = spacy.blank("xx").vocab
    return WordTokenizer(vocab)


def is_word(text: str) -> bool:
    """Whether a token's text is a word (as opposed to a symbol or white space)."""
    return WORD_START.match(text) is not None
