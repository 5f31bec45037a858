"""The tokenizer's two paths (``re`` for texts of common characters, ``regex`` for the rest) give
the tokens of the project's one tokenizer (annotator.text.tokens) and keep the text exactly."""

from __future__ import annotations

import random

import pytest
import regex

from annotator.nlp.text.tokenizer import _plain_characters, word_tokenizer, words_of
from annotator.text.tokens import token_spans

WHITE = regex.compile(r"\s+")  # white space as the tokenizer's regex sees it (spaCy's is_space is str.isspace)
#: Letters, marks, joiners, emoji, white space of every kind and the symbols the word pattern treats apart.
ALPHABET = [
    *"ab cXY.-&'’€œ\n\t\r\u00a0\u2028\x1c_1²\u0301\u200d👍🏽🇮🇩é“”–—(),s",
    "\r\n",
    "  ",
    "가",
    "\u1100\u1161",
    "\u0600",
]
PLAIN = [*"ab cXY.-&'’€œ\n\t\r\u00a0_1é“”–—(),s", "\r\n", "  "]


def _random_texts(alphabet: list[str], count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(count)]


@pytest.mark.parametrize(("alphabet", "seed"), [(ALPHABET, 1), (PLAIN, 2)])
def test_both_paths_give_the_one_tokenizer_s_tokens(alphabet: list[str], seed: int) -> None:
    tokenizer = word_tokenizer("id")
    texts = [*_random_texts(alphabet, 3000, seed), "Jakarta's Reuters' s", "Rene\u0301.  “Ya,”\tkata", " a\n\n b ", ""]
    plain = 0
    for text in texts:
        doc = tokenizer(text)
        assert doc.text == text
        edges = [(token.idx, token.idx + len(token.text)) for token in doc if not WHITE.fullmatch(token.text)]
        assert edges == [(start, end) for start, end, _word in token_spans(text)], repr(text)
        assert [(start, end) for start, end, _i in words_of(doc) or []] == [
            (start, end) for start, end, word in token_spans(text) if word
        ], repr(text)
        # one space after a token is its flag; other white space is a token of its own
        for token in doc:
            after = text[token.idx + len(token.text) : token.idx + len(token.text) + 1]
            assert token.whitespace_ == (" " if after == " " and not WHITE.fullmatch(token.text) else ""), repr(text)
        plain += _plain_characters().search(text) is None
    assert plain > (len(texts) // 2 if alphabet is PLAIN else 100)  # both paths were taken


def test_a_combining_mark_or_a_joiner_sends_the_text_to_the_regex_path() -> None:
    assert _plain_characters().search("Menteri “Rina” – Rp 5.000, 12°C, café") is None
    for char in ("\u0301", "\u200d", "👍", "\u1100"):
        assert _plain_characters().search(f"kata {char}") is not None


def test_docs_made_inside_and_after_a_memory_zone_keep_their_words() -> None:
    """The tokenizer keeps each word's string hash for the next Doc; a word first seen inside a
    spaCy memory zone, whose strings go when it closes, must not be kept."""
    from spacy.vocab import Vocab

    from annotator.nlp.text.tokenizer import WordTokenizer

    vocab = Vocab()
    tokenizer = WordTokenizer(vocab)
    assert [t.text for t in tokenizer("Kata lama.")] == ["Kata", "lama", "."]
    with vocab.memory_zone():
        doc = tokenizer("Kata zonaxyz baru.")
        assert [t.text for t in doc] == ["Kata", "zonaxyz", "baru", "."]
    for _ in range(2):
        doc = tokenizer("Kata zonaxyz baru lagi.")
        assert doc.text == "Kata zonaxyz baru lagi."
        assert [t.text for t in doc] == ["Kata", "zonaxyz", "baru", "lagi", "."]
        assert [t.lex.orth_ for t in doc] == ["Kata", "zonaxyz", "baru", "lagi", "."]


#: Pieces that reach every branch of the word pattern: capitals before a hyphen or a web address,
#: dateline hyphens, `se-`, `-based`, glued titles, joined parts, `€œ`, other white space.
PIECES = [
    *"aXé_1/-.&'’€œ \n\t\u00a0\u2028\u00aa\u00b2\u00bd",
    "Joko", "Tawi", "JAKARTA", "KPK", "Ambon", "malukubarunews", "com", "id", "ID", "COM", "Prof", "Dr",
    "H", "se", "Jakarta", "based", "led", "s", "Pt", "ab", "  ", "Rp5.000", ".kabar.c", "/Ambon",
]  # fmt: skip


def test_the_fast_parts_are_the_word_pattern_s_on_plain_texts() -> None:
    """``_fast_parts`` (classes for ``\\w`` and ``\\s``, the quick word pattern, the word tried
    first) gives what the word pattern itself gives with ``re`` on every plain text."""
    import re

    from annotator.nlp.text.tokenizer import _COMMON_BLOCKS, _fast_parts
    from annotator.text.tokens import WORD_PATTERN

    plain_pattern = _plain_characters()
    fast = _fast_parts()
    reference = re.compile(rf"(\s+|({WORD_PATTERN})|\S)( ?)")
    rng = random.Random(3)
    texts = ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 14))) for _ in range(20_000)]
    texts += ["Joko-Prabowo", "Ambon.malukubarunews.com", "/Ambon.malukubarunews.com", "KARAWANG-Dinas", "se-Jakarta"]
    texts += ["Prof.Dr.Budi", "US-led", "€œKata", "Jakarta's Reuters' s", "Menteri’s", "x&y", "H.Ahmad"]
    checked = 0
    for text in texts:
        if plain_pattern.search(text) is not None:
            continue
        checked += 1
        assert fast.findall(text) == reference.findall(text), repr(text)
    assert checked > 10_000
    for first, last in _COMMON_BLOCKS:  # the classes: every plain character alone and in a word
        for code in range(first, last + 1):
            char = chr(code)
            if plain_pattern.search(char) is None:
                for text in (char, f"a{char}b", f"{char}{char} x"):
                    assert fast.findall(text) == reference.findall(text), repr(text)
