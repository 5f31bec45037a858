"""Indonesian indirect speech on unseen newsrooms (issue 11, id_indirect8 round): a clause reported
without `bahwa` or a comma after a verb that usually takes a noun phrase, told by its verbal
predicate. Every text is invented to show one form."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "clause", "cue"),
    [
        (
            "Kepala dinas itu membenarkan pasien di RSUD Sukamaju membludak sejak pekan lalu.",
            "pasien di RSUD Sukamaju membludak sejak pekan lalu",
            "membenarkan",
        ),
        (
            "BPBD melaporkan banjir dan longsor melanda dua kecamatan pada Selasa malam.",
            "banjir dan longsor melanda dua kecamatan pada Selasa malam",
            "melaporkan",
        ),
        ("Pelatih itu menyebutkan tim tamu malam itu sangat beruntung.", "tim tamu malam itu sangat beruntung", "menyebutkan"),
        ("Petani itu menyebutkan hasil panen tahun ini menurun drastis.", "hasil panen tahun ini menurun drastis", "menyebutkan"),
        ("Warga itu melaporkan pesawat kecil itu menabrak tebing.", "pesawat kecil itu menabrak tebing", "melaporkan"),
    ],
)
def test_a_subject_and_a_verbal_predicate_after_an_object_verb(label_id, text, clause, cue):
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == [clause], text
    assert result.cue_of(clause) == cue


@pytest.mark.parametrize(
    "text",
    [
        "Kapolres membenarkan kejadian itu.",
        "Polisi melaporkan kasus pencurian itu ke kejaksaan negeri.",
        "Budi menyampaikan terima kasih kepada warga yang telah membantu.",
        "Budi menyebutkan seorang pria berusia 40 tahun di lokasi itu.",
        "Budi menyampaikan laporan kegiatan melalui aplikasi daring.",
        "Budi memaparkan program kerja dinas meliputi tiga bidang.",
        "Budi membeberkan modus pelaku berinisial AS dalam kasus itu.",
        "Budi menyampaikan rasa bangga atas prestasi para atlet.",
        "Budi menyampaikan keluhan warga di pasar tradisional itu.",
        "Budi menyampaikan pesan Bupati kepada para peserta upacara.",
        "Ia membantah, adanya kabar yang menyebutkan petugas memukul warga di lokasi.",
    ],
)
def test_a_noun_phrase_object_stays_no_report(label_id, text):
    assert label_id(text).texts("QUOTE", type="indirect") == [], text
