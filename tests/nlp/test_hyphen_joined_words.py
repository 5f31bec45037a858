"""Words joined by a hyphen (issue 11): a dateline glued to the article's first word is split
there, so the city, the outlet and the first word are words (and snapping edges) of their own,
while names, acronyms and reduplications joined by a hyphen stay one word. Invented texts."""

from __future__ import annotations

import pytest

from annotator.text.token_array import corpus_tokens
from annotator.text.tokens import token_boundaries


def words(text: str) -> list[str]:
    starts, ends = token_boundaries(text)
    return [text[start:end] for start, end in zip(starts, ends, strict=True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KARAWANG-Dinas Sosial", ["KARAWANG", "-", "Dinas", "Sosial"]),
        ("SUKAMAJU, TANAH MERAH-Bupati", ["SUKAMAJU", ",", "TANAH", "MERAH", "-", "Bupati"]),
        ("WARTAKITA.ID-Kepala", ["WARTAKITA.ID", "-", "Kepala"]),
        ("beritaku.id-Badan", ["beritaku.id", "-", "Badan"]),
        ("Sukamaju.com-Wali", ["Sukamaju.com", "-", "Wali"]),
        ("se-Jakarta Timur", ["se", "-", "Jakarta", "Timur"]),
        ("Japan-based", ["Japan", "-", "based"]),
        ("US-led", ["US", "-", "led"]),
        # Not a dateline, a prefix or a participle: these stay one word.
        ("se-kota", ["se-kota"]),
        ("Kase-Jakarta", ["Kase-Jakarta"]),
        ("state-run", ["state-run"]),
        ("Japan-basedx", ["Japan-basedx"]),
        ("Amir-Saeed", ["Amir-Saeed"]),
        ("BBC-Indonesia", ["BBC-Indonesia"]),  # three capitals only
        ("KPK-Polri", ["KPK-Polri"]),
        ("COVID-19", ["COVID-19"]),
        ("SUKAMAJU-BARAT", ["SUKAMAJU-BARAT"]),  # capitals after the hyphen
        ("Bangsa-Bangsa", ["Bangsa-Bangsa"]),
        ("anak-anak", ["anak-anak"]),
    ],
)
def test_a_dateline_hyphen_splits_and_other_hyphens_join(text: str, expected: list[str]) -> None:
    assert words(text) == expected


def test_the_array_tokenizer_splits_the_same_hyphens() -> None:
    texts = [
        "KARAWANG-Dinas Sosial",
        "x WARTAKITA.ID-Kepala",
        "beritaku.id-Badan",
        "Amir-Saeed KPK-Polri",
        "ABCD-E F-Gh",
        "se-Jakarta, .se-Jawa, Kase-Jakarta se-kota",
        "Japan-based US-led state-run Japan-basedx x-led",
    ]
    starts, ends, firsts = corpus_tokens(texts)
    for number, text in enumerate(texts):
        first, last = firsts[number], firsts[number + 1]
        edges = list(zip(starts[first:last].tolist(), ends[first:last].tolist(), strict=True))
        assert edges == list(zip(*token_boundaries(text), strict=True))


def test_a_city_glued_to_the_first_word_is_a_dateline(label_id):
    text = (
        "Dinsos Sukamaju Salurkan Bantuan\n"
        "KARAWANG-Dinas Sosial Kabupaten Karawang menyalurkan bantuan kepada korban banjir.\n\n"
        '"Bantuan sudah kami kirim ke tiga kecamatan," kata Kepala Dinas Sosial, Budi Santoso.'
    )
    result = label_id(text)
    assert "KARAWANG-" in result.texts("FURNITURE")
    assert "KARAWANG" in result.texts("GPE")
    assert "Dinas Sosial Kabupaten Karawang" in result.texts("ORG")
    assert result.resolved_speaker_of("Bantuan sudah kami kirim ke tiga kecamatan,") == "Budi Santoso"


def test_a_city_after_the_outlet_glued_to_a_role(label_id):
    text = (
        "HARIANSUKA, TANAH MERAH-Bupati Tanah Merah Rina Hartono meminta warga waspada.\n\n"
        '"Jangan lengah," kata Rina.'
    )
    result = label_id(text)
    assert "HARIANSUKA, TANAH MERAH-" in result.texts("FURNITURE")
    assert "TANAH MERAH" in result.texts("GPE")
    assert "Rina Hartono" in result.texts("PERSON")


def test_a_web_address_glued_to_the_first_word_is_the_outlet(label_id):
    text = "beritaku.id-Badan Penanggulangan Bencana Daerah (BPBD) mencatat tiga desa terendam banjir.\n\nWarga mengungsi."
    result = label_id(text)
    assert "beritaku.id-" in result.texts("FURNITURE")
    assert "beritaku.id" in result.texts("ORG")
    assert "Badan Penanggulangan Bencana Daerah" in result.texts("ORG")
    assert "beritaku" not in result.texts("GPE")


def test_a_place_after_se_and_before_based_is_tagged(label_id, label_en):
    result = label_id("Lomba itu diikuti sekolah se-Jakarta Timur dan desa se-Kecamatan Sukamaju.")
    assert result.texts("GPE") == ["Jakarta Timur", "Kecamatan Sukamaju"]
    result = label_en("The Japan-based news agency said the US-led coalition would stay. The Copenhagen-based firm agreed.")
    assert {"Japan", "US", "Copenhagen"} <= set(result.texts("GPE"))
