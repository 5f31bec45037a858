"""Indonesian indirect speech on unseen newsrooms (issue 11, id_indirect10 round): `menurut` in small
letters after the whole family of sentence adverbs and connectives (`Masih menurut X, ...`, `Bahkan
menurut X, ...`, `Padahal menurut X, ...`), while the adverb alone opens no report; and a connective
with the clitic cue right after it stays out of the report (`Namun, menurutnya, [...]`), as the real
set decided for `Namun, kata X, [...]`. Every text is invented; the members come from the grammar."""

from __future__ import annotations

import pytest

CLAUSE = "kedua pelaku adalah teman satu kos korban"


@pytest.mark.parametrize(
    "opener",
    ["Masih", "Bahkan", "Tapi", "Akan tetapi", "Hanya saja", "Padahal", "Justru", "Apalagi"],
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


REPORT = "menjaga keamanan desa tidak bisa hanya dibebankan kepada polisi"


@pytest.mark.parametrize("connective", ["Namun", "Sementara itu", "Di sisi lain", "Selain itu", "Meski demikian", "Bahkan"])
def test_a_connective_and_the_clitic_cue_after_it_stay_out_of_the_report(label_id, connective):
    text = f"{connective}, menurutnya, {REPORT}."
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == [REPORT], text
    assert result.cue_of(REPORT) == "menurutnya"


def test_a_line_break_after_the_connective_changes_nothing(label_id):
    text = "Namun,\nmenurutnya, menjaga keamanan desa tidak bisa hanya dibebankan\nkepada polisi."
    assert label_id(text).texts("QUOTE", type="indirect") == ["menjaga keamanan desa tidak bisa hanya dibebankan\nkepada polisi"]


@pytest.mark.parametrize(
    ("text", "report"),
    [
        ("Masih banyak warga, katanya, yang belum menerima bantuan.", "Masih banyak warga, katanya, yang belum menerima bantuan"),
        (  # the linking word stays out since the gold_conv round (the guidelines' `Namun`)
            "Sedangkan harga cabai, kata dia, terus naik sejak pekan lalu.",
            "harga cabai, kata dia, terus naik sejak pekan lalu",
        ),
        ("Namun, kata Rudi, pelaku sudah lama diincar petugas.", "pelaku sudah lama diincar petugas"),
        ("Kerja sama itu, menurutnya, perlu diperluas ke desa lain.", "Kerja sama itu, menurutnya, perlu diperluas ke desa lain"),
    ],
)
def test_a_subject_before_the_inner_cue_keeps_what_opens_the_sentence(label_id, text, report):
    assert label_id(text).texts("QUOTE", type="indirect") == [report]
