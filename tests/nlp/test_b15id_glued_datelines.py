"""A dateline glued by a hyphen to an acronym that opens the article (issue 11, the `b15id`
round): `JAKARTA-PT Sumber Makmur Tbk ...` is the dateline `JAKARTA-` with its GPE and the body
after it, as `KARAWANG-Dinas ...` already was; capitals joined by a hyphen inside a headline in
capitals stay one word. Every text is invented."""

from __future__ import annotations

import pytest

from annotator.text.tokens import token_spans


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("JAKARTA-PT Sumber Makmur Tbk mencatat laba bersih Rp20 miliar.", "PT Sumber Makmur Tbk"),
        ("JAKARTA-KPK menahan dua tersangka suap proyek jalan.", "KPK"),
        ("BANDUNG-DPRD Jawa Barat menggelar rapat paripurna.", "DPRD Jawa Barat"),
    ],
)
def test_a_dateline_glued_to_an_acronym(label_id, text, body):
    result = label_id(text)
    city = text.split("-", 1)[0]
    assert f"{city}-" in result.texts("FURNITURE")
    assert city in result.texts("GPE")
    assert body in result.texts("ORG")


def test_capitals_joined_inside_a_headline_stay_one_word():
    text = "PPKM JAWA-BALI DIPERPANJANG"
    words = [text[start:end] for start, end, _word in token_spans(text)]
    assert "JAWA-BALI" in words
