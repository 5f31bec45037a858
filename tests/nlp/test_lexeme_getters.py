"""The pipeline's faster lexeme getters give exactly spaCy's values (speed22b)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.attrs import IDS

from annotator.nlp.pipeline import build_pipeline
from annotator.nlp.text.lexeme_getters import faster_getters, is_currency, is_punct, word_shape
from annotator.nlp.text.tokens import make_doc

#: Every character of the first blocks (Latin, Greek, Cyrillic, Arabic, punctuation, symbols, CJK
#: punctuation) and some beyond, alone, doubled and around letters; invented words of every shape.
_CHARS = [chr(code) for code in (*range(1, 0x3100), 0x1F600, 0x1D400, 0xFF04, 0xFE69)]
_WORDS = [
    "Budi", "BUDI", "budi", "Bu", "b", "A.", "U.S.", "e-mail", "x2", "2024", "1/2", "+62", "-5", "~3", "±1",
    "3,5", "1.000.000", "www.contoh.id", "https://contoh.id/a", "kita@contoh.id", "’s", "n't", "''", "``",
    "$", "$$", "Rp", "€", "—", "...", "?!", "(", "))", "“", "„", "«»", "İstanbul", "ǅemal", "ſ", "K",
    "aaaaa", "aaaaaaaaaa", "AAAAAb", "11111x", "!!!!!", "!!!!!!!!", "XxXxX", "Ab1Ab1Ab1", "ñandú", "Ärger",
    "http://localhost", "https://x", "contoh.com/", ".com", "a@b", "www.x", "www.", "x.yz:80",
    "lima", "Lima", "SATU", "sebelas", "belasan", "dua-puluh", "dua-5",
    "Twenty", "first", "21st", "3rd", "tenth", "elevens", "IDR", "Rp.", "USD", "rp",
    "Yang", "YANG", "The", "THE", "\u2019s", "--", "\u2014\u2014",
    "a" * 99, "a" * 100, "A" * 150, "Ⅻ", "²", "٣", "५", "𝐀", "日本", "Ｘ", "_", "__init__", "a_b", "\t", " \n ",
]  # fmt: skip
_STRINGS = [*_CHARS, *(c * 2 for c in _CHARS), *(f"a{c}b" for c in _CHARS), *(f"{c}AAAAA1" for c in _CHARS[:400]), *_WORDS]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_faster_getter_gives_spacys_value(lang: str) -> None:
    spacys = spacy.blank(lang).vocab.lex_attr_getters
    records = (Path(__file__).resolve().parents[2] / "data" / "dev" / f"{lang}.jsonl").read_text(encoding="utf-8")
    words = {token.text for line in records.splitlines() if line.strip() for token in make_doc(json.loads(line)["text"])}
    faster = faster_getters(spacys)
    assert list(faster) == list(spacys)  # the same attributes, in the same order
    replaced = [attr for attr in spacys if faster[attr] is not spacys[attr]]
    assert len(replaced) == len(spacys)  # every one
    names = {number: name for name, number in IDS.items()}
    for attr in replaced:
        for text in [*_STRINGS, *sorted(words)]:  # and every token of the invented development set
            assert faster[attr](text) == spacys[attr](text), (names[attr], text)
            assert type(faster[attr](text)) is type(spacys[attr](text)), (names[attr], text)


def test_the_fast_paths_on_invented_words() -> None:
    assert word_shape("Kapolres") == "Xxxxx"
    assert word_shape("KPK2024") == "XXXdddd"
    assert word_shape("Dinas-PUPR") == "Xxxxx-XXXX"
    assert word_shape("Ärger") == "Xxxxx"  # not ASCII: spaCy's loop
    assert is_punct("?!") and not is_punct("a.") and is_punct("")
    assert is_currency("$") and not is_currency("Rp")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_pipeline_docs_have_spacys_lexeme_attributes(lang: str) -> None:
    """A word new to the pipeline's vocabulary gets the attributes spaCy's own getters give."""
    nlp = build_pipeline(lang)
    assert any(getter is not original for getter, original in zip(
        nlp.vocab.lex_attr_getters.values(), spacy.blank(lang).vocab.lex_attr_getters.values(), strict=True
    ))  # fmt: skip
    text = "Zorbanikus QWERTYVAL, 3,25% naik—katanya “Huuuuuuu!!!!!” di www.zorbanikus.id (Rp5.000) £9 ½."
    ours = nlp.make_doc(text)
    plain = spacy.blank(lang).make_doc(text)
    attrs = ["LOWER", "NORM", "PREFIX", "SUFFIX", "SHAPE", "IS_ALPHA", "IS_DIGIT", "IS_LOWER", "IS_UPPER",
             "IS_TITLE", "IS_PUNCT", "IS_SPACE", "IS_STOP", "LIKE_NUM", "LIKE_URL", "LIKE_EMAIL", "IS_ASCII",
             "IS_BRACKET", "IS_QUOTE", "IS_LEFT_PUNCT", "IS_RIGHT_PUNCT", "IS_CURRENCY", "LANG"]  # fmt: skip
    for token in ours:
        lexeme = plain.vocab[token.text]
        for attr in attrs:
            name = attr.lower() + ("_" if attr in ("LOWER", "NORM", "PREFIX", "SUFFIX", "SHAPE", "LANG") else "")
            assert getattr(token, name) == getattr(lexeme, name), (token.text, attr)
