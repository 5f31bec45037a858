"""Indonesian indirect speech on unseen newsrooms (issue 11, id_indirect10 round): `menurut` in small
letters after the whole family of sentence adverbs and connectives (`Masih menurut X, ...`, `Bahkan
menurut X, ...`, `Padahal menurut X, ...`), while the adverb alone opens no report. Every text is
invented; the members come from the grammar."""

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
