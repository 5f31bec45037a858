"""Odd input never breaks the pre-labeller: every result is a valid record of the news scheme."""

from __future__ import annotations

import pytest

from tests.nlp.helpers import run

ARTICLE = (
    "Banjir Rendam Enam Kecamatan di Medan\n\n"
    "MEDAN, KOMPAS.com - Hujan deras mengguyur Medan sejak Jumat (11/10/2024) malam.\n\n"
    "“Debit sungai naik sangat cepat,” kata Kepala BPBD Kota Medan Hendra Sitompul. “Kami siaga.”\n\n"
    "Menurut dia, tim gabungan telah mengerahkan 14 perahu karet untuk evakuasi warga.\n\n"
    "Baca juga: Wali Kota Janji Normalisasi Sungai Deli\n\nEditor: Yohanes Simbolon"
)

ODD = [
    "",
    " ",
    "“",
    '"a" "b"',
    '‘’“”""',
    ARTICLE.upper(),
    ARTICLE.replace("”", ""),
    ARTICLE.replace(". ", ". 😀 "),
    ARTICLE[: len(ARTICLE) // 2],
    "\n\n".join(reversed(ARTICLE.split("\n\n"))),
    "Kata",
    "ujarnya",
    "A B C D E F G H I J K",
]


@pytest.mark.parametrize("text", ODD)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_odd_text_gives_a_valid_record(text, lang):
    result = run(text, lang)
    keys = [(s.start, s.end, s.label) for s in result.spans]
    assert len(keys) == len(set(keys))


def test_offsets_are_code_points_after_astral_characters():
    text = "😀😀 “Kami siap membantu semua warga,” kata Rina Hartono."
    result = run(text, "id")
    span = next(s for s in result.spans if s.label == "SPEAKER")
    assert text[span.start : span.end] == "Rina Hartono"
    assert span.start == text.index("Rina Hartono")
