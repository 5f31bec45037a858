"""Words joined by a hyphen (issue 11): a dateline glued to the article's first word is split
there, so the city, the outlet and the first word are words (and snapping edges) of their own,
while acronyms and small-letter words joined by a hyphen stay one word. A capitalised word before a
hyphen and a capital is a word of its own; the rules join one name back (`Freeport-McMoRan`) and
keep two names two (`Saudi-Qatar`). Invented texts."""

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
        ("state-run", ["state-run"]),
        ("Japan-basedx", ["Japan-basedx"]),
        ("BBC-Indonesia", ["BBC-Indonesia"]),  # three capitals only
        ("KPK-Polri", ["KPK-Polri"]),
        ("COVID-19", ["COVID-19"]),
        ("SUKAMAJU-BARAT", ["SUKAMAJU-BARAT"]),  # capitals after the hyphen
        ("Bangsa-Bangsa", ["Bangsa", "-", "Bangsa"]),  # the rules join a reduplication back
        ("anak-anak", ["anak-anak"]),
        ("Rene\u0301-Prabowo", ["Rene\u0301-Prabowo"]),  # not ASCII before the hyphen: one word
        ("x2Joko-Prabowo", ["x2Joko-Prabowo"]),
        # A capitalised word before a hyphen and a capital is a word of its own (issue 11, round 9).
        ("Joko-Prabowo", ["Joko", "-", "Prabowo"]),
        ("Kase-Jakarta", ["Kase", "-", "Jakarta"]),
        ("Ahmad Luthfi-Taj Yasin", ["Ahmad", "Luthfi", "-", "Taj", "Yasin"]),
        ("Freeport-McMoRan", ["Freeport", "-", "McMoRan"]),
        ("Tawi-Tawi-Tawi", ["Tawi", "-", "Tawi", "-", "Tawi"]),
        ("Sukamaju.com-Wali-Kota", ["Sukamaju.com", "-", "Wali", "-", "Kota"]),
        ("x.Joko-Prabowo", ["x.Joko-Prabowo"]),
        ("added.Mohd-Ali", ["added", ".", "Mohd", "-", "Ali"]),
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
        "Joko-Prabowo Tawi-Tawi-Tawi x2Joko-Prabowo -Luthfi-Taj added.Mohd-Ali O'Brien-Smith",
        "se-Jakarta-Bogor KARAWANG-Dinas-Kesehatan Al-Luthfi-Taj x.Joko-Prabowo Xa-Y Joko-",
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


def test_two_names_joined_by_a_hyphen_are_two_entities(label_id, label_en):
    result = label_id(
        "Partai itu mendukung pasangan Budi Hartono-Sri Lestari di pilkada. "
        "Perselisihan Kamboja-China dibahas di Jakarta."
    )
    assert {"Budi Hartono", "Sri Lestari"} <= set(result.texts("PERSON"))
    assert "Budi Hartono-Sri Lestari" not in result.texts("PERSON")
    result = label_en("They denied any rift in the Cambodia-China relationship, officials in Phnom Penh said.")
    assert {"Cambodia", "China"} <= set(result.texts("GPE"))


def test_one_name_joined_by_a_hyphen_stays_one_entity(label_id, label_en):
    result = label_en(
        "The Tawi-Tawi archipelago lies south of Manila. "
        "Officers of the Counter-Terrorism Unit arrested two men, Lt-Col Ramon Cruz said."
    )
    found = set(result.texts("GPE")) | set(result.texts("LOC"))
    assert "Tawi-Tawi" in found and "Tawi" not in found
    assert "Counter-Terrorism Unit" in result.texts("ORG")
    result = label_id("Acara digelar di Gedung Institut Karate-Do Nasional di Jakarta pada Minggu-Senin lalu.")
    assert "Institut Karate-Do Nasional" in result.texts("ORG")
