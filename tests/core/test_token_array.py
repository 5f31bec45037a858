"""The tokens of many texts at once (numpy) are the regular expression's tokens, text by text."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from annotator.text.token_array import corpus_tokens
from annotator.text.tokens import token_boundaries

ROOT = Path(__file__).resolve().parents[2]
PIECES = [*"aAsS'’-.&€œ1_ \n\t“”,é", "\u0301", "\u200d", "😀", "🇮🇩", "가", "€œ", "'s", "’s ", "s'", "K.H.", "Ma'ruf", "a--b"]


def assert_same_tokens(texts: list[str]) -> None:
    starts, ends, firsts = corpus_tokens(texts)
    assert len(firsts) == len(texts) + 1
    for number, text in enumerate(texts):
        expected_starts, expected_ends = token_boundaries(text)
        assert starts[firsts[number] : firsts[number + 1]].tolist() == expected_starts, text
        assert ends[firsts[number] : firsts[number + 1]].tolist() == expected_ends, text


def test_development_and_real_articles() -> None:
    texts = [
        json.loads(line)["text"] for path in sorted((ROOT / "data").rglob("*.jsonl")) for line in path.open(encoding="utf-8")
    ]
    assert len(texts) > 20
    assert_same_tokens(texts)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_texts_with_every_awkward_character(seed: int) -> None:
    rng = random.Random(seed)
    texts = ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 40))) for _ in range(1000)]
    assert_same_tokens(texts)  # some hold combining marks or joiners: those take the regular expression
    assert_same_tokens([text for text in texts if not any(mark in text for mark in ("\u0301", "\u200d", "😀", "🇮", "가"))])


TITLE_PIECES = ["H", "Hj", "Dr", "dr", "KH", "Ir", "K", "x", ".", " ", "Bu", "B", "M.", "-", "é", "\u0301"]


@pytest.mark.parametrize("seed", [4, 5])
def test_random_texts_with_glued_titles(seed: int) -> None:
    rng = random.Random(seed)
    texts = ["".join(rng.choice(TITLE_PIECES) for _ in range(rng.randint(0, 30))) for _ in range(1000)]
    assert_same_tokens(texts)
    assert_same_tokens([text for text in texts if "\u0301" not in text])


def test_no_texts() -> None:
    starts, ends, firsts = corpus_tokens([])
    assert len(starts) == len(ends) == 0 and firsts.tolist() == [0]


def test_a_dateline_glued_to_an_acronym_splits_as_the_regular_expression_does() -> None:
    texts = [
        "JAKARTA-PT Prodia Widyahusada mencatat laba.",
        "JAKARTA-KPK menahan dua tersangka.",
        "PPKM JAWA-BALI DIPERPANJANG",
        "MEDAN-PTPN\t\tmenjual sawit.",
        "ABCD-EF",
        "ABCD-EF Gh",
        "ABCD-E fg",
        "ABC-PT Prodia",
        "KOTA-PT  ",
    ]
    assert_same_tokens(texts)
    starts, ends = token_boundaries(texts[0])
    assert texts[0][starts[2] : ends[2]] == "PT"  # the city, the hyphen, then the acronym on its own
