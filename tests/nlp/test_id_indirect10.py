"""Indonesian indirect speech on unseen newsrooms (issue 11, id_indirect10 round): `menurut` after
the whole family of sentence adverbs and connectives (`Masih menurut X, ...`, `Bahkan menurut X,
...`), and a sentence that opens with its speaker's role and a comma before the name, or with an
aside of addressee or occasion before the verb, which is no report closed by the verb (`Kepala
Dinas Kesehatan Kota Bogor, Siti Aminah mengatakan ...`). Every text is invented."""

from __future__ import annotations

import pytest

CLAUSE = "kedua pelaku adalah teman satu kos korban"


@pytest.mark.parametrize(
    "opener",
    ["Masih", "Bahkan", "Tapi", "Akan tetapi", "Hanya saja", "Padahal", "Justru", "Apalagi", "Dan", "Jadi", "Karena"],
)
def test_menurut_after_a_sentence_adverb_opens_a_report(label_id, opener):
    text = f"{opener} menurut Kapolsek Sukamaju, {CLAUSE}."
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == [CLAUSE], text
    assert result.cue_of(CLAUSE) == "menurut"
    assert result.speaker_of(CLAUSE) == "Kapolsek Sukamaju"


def test_masih_menurut_with_a_name_resolves_to_the_name(label_id):
    text = "Kapolsek Sukamaju AKP Rudi Hartono mengatakan pelaku sudah ditahan. Masih menurut Rudi, " + CLAUSE + "."
    result = label_id(text)
    assert CLAUSE in result.texts("QUOTE", type="indirect")
    assert result.speaker_of(CLAUSE) == "Rudi"


@pytest.mark.parametrize(
    "text",
    [
        "Masih banyak warga yang belum menerima bantuan dari pemerintah desa.",
        "Bahkan warga sempat mengungsi ke balai desa karena air terus naik.",
        "Jadi warga diminta tetap waspada selama musim hujan.",
    ],
)
def test_the_adverb_alone_makes_no_report(label_id, text):
    assert label_id(text).texts("QUOTE", type="indirect") == []


@pytest.mark.parametrize(
    ("text", "report", "speaker"),
    [
        (
            "Kepala Dinas Kesehatan Kota Bogor, Siti Aminah mengatakan kasus DBD meningkat tajam.",
            "kasus DBD meningkat tajam",
            "Siti Aminah",
        ),
        (
            "Kepala Dinas Kesehatan Kota Bogor, dr Siti Aminah mengatakan kasus DBD meningkat tajam.",
            "kasus DBD meningkat tajam",
            "Siti Aminah",
        ),
        (
            "Ketua Komisi III DPRD Kabupaten Bogor, Ahmad Yani menyebut ratusan rumah terendam banjir.",
            "ratusan rumah terendam banjir",
            "Ahmad Yani",
        ),
        (
            "Kepala BPBD Kabupaten Bogor, Ahmad Yani, kepada wartawan mengatakan sebanyak 200 rumah terendam.",
            "sebanyak 200 rumah terendam",
            "Ahmad Yani",
        ),
        (
            "Kepala BPBD Kabupaten Bogor, Ahmad Yani, saat meninjau lokasi menjelaskan 200 rumah terendam banjir.",
            "200 rumah terendam banjir",
            "Ahmad Yani",
        ),
        (
            "Kapolres Bogor, AKBP Rudi Hartono, di kantornya mengatakan ketiga pelaku warga setempat.",
            "ketiga pelaku warga setempat",
            "Rudi Hartono",
        ),
    ],
)
def test_a_role_and_comma_before_the_name_is_no_report(label_id, text, report, speaker):
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == [report], text
    assert result.speaker_of(report) == speaker


@pytest.mark.parametrize(
    ("text", "report"),
    [
        ("Pelaku sudah lama diincar petugas, ia menambahkan.", "Pelaku sudah lama diincar petugas"),
        ("Pasokan beras dari Bulog masih aman, kata Kepala Dinas Perdagangan.", "Pasokan beras dari Bulog masih aman"),
    ],
)
def test_a_report_closed_by_its_speaker_and_verb_still_reads_backward(label_id, text, report):
    assert label_id(text).texts("QUOTE", type="indirect") == [report]
