"""The word lists the tokenizer hands to TokenIndex (made by C loops, speed14) agree with what
TokenIndex works out from a Doc's own tokens, and ``TokenIndex.by_lower`` with the words."""

from __future__ import annotations

import json
import random
from bisect import bisect_left
from pathlib import Path

import pytest

from annotator.nlp.text.tokenizer import word_tokens_of
from annotator.nlp.text.tokens import TokenIndex, make_doc

DATA = Path(__file__).resolve().parents[2] / "data"
#: Pieces that meet every branch of the tokenizer: runs of white space, hyphens between capitals,
#: stops after titles, apostrophes, `€œ`, combining marks, a joiner, Han characters, glued titles.
PIECES = [
    *"ab AB  \n\t-.'’&,:;()“”\"é1 2",
    "\u0301", "\u00a0", "\u3000", "\u200d", "€œ", "郭國", "Prof.", "Tawi-Tawi", "se-Jakarta", "US-led",
    "dr.Budi", "JAKARTA-Kompas", "Tn.", "İ", "K",
]  # fmt: skip


def _texts() -> list[str]:
    rng = random.Random(14)
    texts = ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30))) for _ in range(400)]
    texts += ["", " ", "  a", "a  ", "\n\n", "a - b", "Budi (20) berinisial AB."]
    path = DATA / "dev" / "id.jsonl"
    if path.exists():
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()[:20] if line.strip()]
    return texts


@pytest.mark.parametrize("text", _texts())
def test_tokenizer_lists_agree_with_the_doc(text: str) -> None:
    doc = make_doc(text)
    assert word_tokens_of(doc) is not None
    index = TokenIndex(doc, text)
    assert "".join(token.text_with_ws for token in doc) == text
    for number, (token, at) in enumerate(zip(index.tokens, index.doc_index, strict=True)):
        assert token.index == number
        assert (token.start, token.text) == (doc[at].idx, doc[at].text)
        assert token.end == token.start + len(token.text)
    # words before each Doc token (and after the last): a count, never a flag
    assert index.words_before == [bisect_left(index.doc_index, i) for i in range(len(doc) + 1)]
    assert all(type(count) is int for count in index.words_before)


def test_by_lower_holds_every_word_under_its_lower_case() -> None:
    index = TokenIndex.of_text("Rumah rumah RUMAH dan Dan İstanbul, rumah")
    expected: dict[str, list[int]] = {}
    for number, text in enumerate(index.texts):
        expected.setdefault(text.lower(), []).append(number)
    assert {key: sorted(found) for key, found in index.by_lower.items()} == expected
    assert index.by_text["rumah"] == [1, 6]  # by_text's own lists are left as they were
