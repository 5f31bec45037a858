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

from collections.abc import Callable, Iterable, Iterator
from typing import Any

import regex
import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from annotator.text.tokens import token_spans

_WORD_START = regex.compile(r"\w")
#: ``doc.user_data`` key set on every Doc this tokenizer makes: the rules may use its tokens.
OWN_TOKENS = "annotator_words"


class WordTokenizer:
    """``Doc`` of words and single symbols; a word token is one whose text starts with a word character."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        position = 0
        for start, end, _word in token_spans(text):
            if start > position:
                self._gap(text[position:start], words, spaces)
            words.append(text[start:end])
            spaces.append(False)
            position = end
        if position < len(text):
            self._gap(text[position:], words, spaces)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc.user_data[OWN_TOKENS] = True
        return doc

    @staticmethod
    def _gap(gap: str, words: list[str], spaces: list[bool]) -> None:
        """White space between tokens: one space is the previous token's flag, the rest a token."""
        if spaces and not spaces[-1] and gap.startswith(" "):
            spaces[-1] = True
            gap = gap[1:]
        if gap:
            words.append(gap)
            spaces.append(False)

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


def is_word(text: str) -> bool:
    """Whether a token's text is a word (as opposed to a symbol or white space)."""
    return _WORD_START.match(text) is not None
