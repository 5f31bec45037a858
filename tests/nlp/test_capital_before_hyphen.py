"""The capital-before-hyphen branch of the word pattern is possessive (speed18): the same tokens as
the backtracking form, in the window's tokenizer (``regex``) and the pipeline's fast one (``re``)."""

from __future__ import annotations

import re

import regex
import spacy

from annotator.nlp.text.tokenizer import WordTokenizer
from annotator.text import tokens as token_module
from annotator.text.tokens import WORD_PATTERN, token_boundaries

#: Invented texts: hyphens between names, after a lone capital, before small letters and digits,
#: names long and short, a hyphen at the end, the prefix `se-` and a participle suffix.
TEXTS = (
    "Pertemuan Budi-Santoso dan Tawi-Tawi di Ambon-Seram, lalu A-B dan Ab-Cd.",
    "Rute Kota-Baru-Lama ditutup; warga se-Kabupaten Maju ikut, juga Selatan-utara dan Barat-2.",
    "The Ruritania-based firm and the Lome-Kara-Dapaong road; Zed- and Xy-",
    "JAKARTA, Kabar.id-Dinas Pasar buka; Ann-Marie O'Neil-Grey said Mon-Fri.",
    "Ngaben-Bali-Lombok Hh-Ii-Jj-Kk aaa-Bbb Abc-def-Ghi Q-",
)


def _greedy(pattern: str) -> str:
    """The pattern with the branch as it was before speed18 (backtracking)."""
    old = r"[A-Z][a-z]+(?=-[A-Z])"
    assert token_module._CAPITAL_BEFORE_HYPHEN.replace("++", "+") == old
    return pattern.replace(token_module._CAPITAL_BEFORE_HYPHEN, old)


def test_branch_is_possessive() -> None:
    assert "[a-z]++(?=-[A-Z])" in WORD_PATTERN


def test_same_words_as_backtracking_in_both_engines() -> None:
    for engine in (re, regex):
        new, old = engine.compile(WORD_PATTERN), engine.compile(_greedy(WORD_PATTERN))
        for text in TEXTS:
            assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)], text


def test_names_still_split_at_the_hyphen() -> None:
    text = "Budi-Santoso dan Tawi-Tawi, Selatan-utara"
    starts, ends = token_boundaries(text)
    assert [text[s:e] for s, e in zip(starts, ends, strict=True)] == [
        "Budi", "-", "Santoso", "dan", "Tawi", "-", "Tawi", ",", "Selatan-utara",
    ]  # fmt: skip
    doc = WordTokenizer(spacy.blank("id").vocab)(text)
    assert [t.text for t in doc] == [text[s:e] for s, e in zip(starts, ends, strict=True)]
