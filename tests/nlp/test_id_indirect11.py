"""Indonesian indirect speech, bounds (issue 11, id_indirect11 round): an adverbial phrase or clause
before an inner `menurut X` / `menurutnya` stays inside the item with the cue and speaker
(`[Begitu jembatan selesai, menurutnya, warga ...]`), while a bare connective stays out; a longer
subject before an inner `menurut X` still makes the whole clause the item; and a reported conditional
right after the cue's comma keeps its `jika`/`kalau` (`menambahkan, [jika ..., maka ...]`), while
`jika` straight after the verb, or with no consequent after a comma, stays a complementiser outside
the item. Every text is invented."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("Begitu jembatan selesai dibangun, menurutnya, warga bisa lebih cepat ke pasar.", "menurutnya", "menurutnya"),
        ("Selain menambah armada, menurutnya, dinas juga akan membuka posko di tiap kecamatan.", "menurutnya", "menurutnya"),
        ("Setelah pemeriksaan selesai, menurut Kapolsek, kedua pelaku akan dibawa ke kejaksaan.", "menurut", "Kapolsek"),
        ("Jika hujan terus turun, menurut Budi, sungai itu bisa meluap.", "menurut", "Budi"),
        ("Untuk tahun ini, menurut dia, anggaran desa naik menjadi Rp1 miliar.", "menurut", "dia"),
    ],
)
def test_an_adverbial_before_an_inner_menurut_stays_in_the_item(label_id, text, cue, speaker):
    clause = text.rstrip(".")
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == [clause], text
    assert result.cue_of(clause) == cue
    assert result.speaker_of(clause) == speaker


@pytest.mark.parametrize(
    ("text", "report"),
    [
        ("Namun, menurut Kapolsek, kedua pelaku akan dibawa ke kejaksaan.", "kedua pelaku akan dibawa ke kejaksaan"),
        ("Sementara itu, menurutnya, warga sudah kembali ke rumah masing-masing.", "warga sudah kembali ke rumah masing-masing"),
        ("Di sisi lain, menurut Budi, harga cabai masih tinggi di pasar.", "harga cabai masih tinggi di pasar"),
    ],
)
def test_a_bare_connective_before_the_inner_cue_stays_out(label_id, text, report):
    assert label_id(text).texts("QUOTE", type="indirect") == [report], text


def test_an_apposition_after_the_speaker_is_no_clause_going_on(label_id):
    text = "Selama ini, menurut Budi, Kepala Desa Sukamaju, warga belum pernah menerima bantuan."
    assert text.rstrip(".") not in label_id(text).texts("QUOTE", type="indirect")


def test_a_six_word_subject_before_an_inner_menurut_makes_the_whole_clause(label_id):
    text = "Jumlah pengunjung hingga akhir Oktober ini, menurut Rina, merupakan yang tertinggi sejak 2015."
    clause = text.rstrip(".")
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Rina"


@pytest.mark.parametrize(
    ("text", "report"),
    [
        (
            "Ia menambahkan, jika jembatan itu sudah selesai, maka warga bisa lebih cepat ke pasar.",
            "jika jembatan itu sudah selesai, maka warga bisa lebih cepat ke pasar",
        ),
        ("Menurut Budi, jika hujan terus turun, sungai itu bisa meluap.", "jika hujan terus turun, sungai itu bisa meluap"),
        (
            "Ia menjelaskan, kalau hujan turun terus, jalan desa bisa terputus.",
            "kalau hujan turun terus, jalan desa bisa terputus",
        ),
    ],
)
def test_a_reported_conditional_after_the_cue_comma_keeps_jika(label_id, text, report):
    assert label_id(text).texts("QUOTE", type="indirect") == [report], text


@pytest.mark.parametrize(
    ("text", "report"),
    [
        ("Ia mengatakan jika pelaku sudah ditahan di Mapolsek.", "pelaku sudah ditahan di Mapolsek"),
        ("Ia mengatakan, jika pelaku sudah ditahan di Mapolsek Sukamaju.", "pelaku sudah ditahan di Mapolsek Sukamaju"),
        (
            "Ia mengatakan, jika pelaku yang ditahan, yakni AS dan BR, sudah mengakui perbuatannya.",
            "pelaku yang ditahan, yakni AS dan BR, sudah mengakui perbuatannya",
        ),
        (
            "Ia mengatakan, jika pelaku, yakni AS dan BR, sudah mengakui perbuatannya.",
            "pelaku, yakni AS dan BR, sudah mengakui perbuatannya",
        ),
    ],
)
def test_jika_as_a_complementiser_stays_out(label_id, text, report):
    assert label_id(text).texts("QUOTE", type="indirect") == [report], text
