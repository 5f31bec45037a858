"""Indonesian indirect speech (issue 11, id_indirect12 round): a noun phrase and its relative clause
after a verb that takes an object as readily as a clause (`membantah isu yang beredar ...`) is the
verb's object, no report, while a relative clause followed by a predicate of the sentence's own
still makes a report; and a speech verb after a purpose word (`guna memastikan`, `bertujuan
menilai`) reports nothing. Every text is invented."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Kepala dinas itu membantah kabar pemotongan dana yang beredar di grup percakapan warga.",
        "Pelatih tim tamu mengakui keunggulan lawan yang bermain lebih disiplin sepanjang laga.",
        "Kapolres menekankan pengawasan arus mudik dan pengamanan pasar yang juga harus menjadi perhatian.",
        "Polisi kini melanjutkan pemeriksaan terhadap saksi, sopir, dan kernet yang terlibat dalam kecelakaan itu.",
        "Juru bicara perusahaan menepis isu pemutusan kerja yang ramai dibicarakan di media sosial.",
    ],
)
def test_an_object_with_a_relative_clause_is_no_report(label_id, text):
    assert label_id(text).texts("QUOTE", type="indirect") == [], text


@pytest.mark.parametrize(
    ("text", "report"),
    [
        (
            "Kapolsek menyatakan tiga pemuda yang ditangkap semalam akhirnya telah dipulangkan.",
            "tiga pemuda yang ditangkap semalam akhirnya telah dipulangkan",
        ),
        (
            "Bupati memastikan setiap pegawai yang terlibat akan diperiksa inspektorat.",
            "setiap pegawai yang terlibat akan diperiksa inspektorat",
        ),
        (
            "Camat menegaskan bantuan yang disalurkan ke desa itu berasal dari dana provinsi.",
            "bantuan yang disalurkan ke desa itu berasal dari dana provinsi",
        ),
        (
            "Warga membantah tuduhan yang beredar itu sangat tidak berdasar.",
            "tuduhan yang beredar itu sangat tidak berdasar",
        ),
        (
            "Ia mengatakan warga yang mengungsi di balai desa kini mulai pulang.",
            "warga yang mengungsi di balai desa kini mulai pulang",
        ),
    ],
)
def test_a_relative_clause_then_a_predicate_is_still_a_report(label_id, text, report):
    assert report in label_id(text).texts("QUOTE", type="indirect"), text


@pytest.mark.parametrize(
    "text",
    [
        "Dinas kesehatan menggelar rapat setiap pekan guna memastikan stok obat di puskesmas tetap aman.",
        "Rapat koordinasi itu bertujuan menilai kesiapan petugas dan sarana menjelang musim hujan.",
        "Pemerintah desa membuka posko demi memastikan warga yang terdampak mendapat bantuan.",
    ],
)
def test_a_speech_verb_after_a_purpose_word_reports_nothing(label_id, text):
    assert label_id(text).texts("QUOTE", type="indirect") == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Bupati menyampaikan harapannya agar jalan desa itu segera diperbaiki sebelum musim hujan.",
        "Ketua panitia mengungkapkan kekhawatirannya atas cuaca buruk menjelang pembukaan pameran.",
        "Kapolres menegaskan komitmennya untuk tetap netral selama pemilihan kepala daerah.",
        "Warga menyatakan penolakannya terhadap rencana pembangunan tempat pembuangan sampah itu.",
    ],
)
def test_a_possessed_feeling_or_stance_is_the_object_not_a_report(label_id, text):
    assert label_id(text).texts("QUOTE", type="indirect") == [], text


@pytest.mark.parametrize(
    ("text", "report", "cue"),
    [
        (
            "Ia mencontohkan, warga di desa itu kini menanam cabai di pekarangan.",
            "warga di desa itu kini menanam cabai di pekarangan",
            "mencontohkan",
        ),
        (
            "Kuasa hukum korban menuding bahwa penyidik lamban menangani laporan itu.",
            "penyidik lamban menangani laporan itu",
            "menuding",
        ),
        (
            "Sejumlah warga menuduh bahwa kepala desa menyelewengkan dana bantuan.",
            "kepala desa menyelewengkan dana bantuan",
            "menuduh",
        ),
    ],
)
def test_giving_an_example_and_accusing_report_a_clause(label_id, text, report, cue):
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == [report], text
    assert result.cue_of(report) == cue


@pytest.mark.parametrize(
    "text",
    [
        "Ia mencontohkan kasus pencurian ternak di desa tetangga.",
        "Warga menuding kepala desa dalam rapat itu.",
    ],
)
def test_giving_an_example_or_accusing_a_person_reports_nothing(label_id, text):
    assert label_id(text).texts("QUOTE", type="indirect") == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Menanggapi kabar di media sosial itu, Kepala Dinas Sosial secara tegas membantah klaim tersebut.",
        "Terkait lambatnya penyaluran bantuan, pihak kecamatan juga membantah hal tersebut.",
    ],
)
def test_a_demonstrative_object_after_the_verb_closes_no_inverted_report(label_id, text):
    assert label_id(text).texts("QUOTE", type="indirect") == [], text


def test_an_inverted_report_with_only_where_it_was_said_after_the_verb_stays(label_id):
    text = "Jalan desa itu akan diperbaiki tahun depan, Kepala Desa Sukamaju mengatakan kepada wartawan."
    assert label_id(text).texts("QUOTE", type="indirect") == ["Jalan desa itu akan diperbaiki tahun depan"]
