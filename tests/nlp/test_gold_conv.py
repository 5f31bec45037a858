"""One convention for documents as speakers, and linking words outside inner-cue reports (gold_conv
round). The guidelines make a document with a speech cue its speaker (`Menurut keterangan saksi`,
`according to the verdict`), resolved to no one, and keep a data source with a data verb out of
speech (`Data BPS menunjukkan ...`, `Menurut data BPS`). A linking word before a subject and an
inner cue stays out of the report, a time phrase stays in. Every text is invented."""

from __future__ import annotations

import pytest

REPORT_ID = "kebakaran bermula dari korsleting listrik di dapur"
REPORT_EN = "the fire started in the kitchen of the warehouse"


@pytest.mark.parametrize(
    "source",
    ["keterangan saksi", "laporan BPBD", "dokumen yang diperoleh wartawan", "informasi yang beredar", "situs resmi desa itu"],
)
def test_a_document_after_menurut_is_the_speaker(label_id, source):
    text = f"Api baru padam pada sore hari. Menurut {source}, {REPORT_ID}."
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == [REPORT_ID], text
    assert result.cue_of(REPORT_ID) == "Menurut"
    assert result.speaker_of(REPORT_ID) == source
    assert result.resolved_speaker_of(REPORT_ID) == source  # a document resolves to itself


@pytest.mark.parametrize("source", ["data BPS", "catatan Perludem", "hasil survei itu", "perkiraan BMKG"])
def test_data_after_menurut_are_no_speech(label_id, source):
    text = f"Harga naik lagi. Menurut {source}, inflasi naik dua persen pada Maret."
    assert label_id(text).texts("QUOTE", type="indirect") == [], text


def test_a_data_source_with_a_data_verb_is_no_speech(label_id, label_en):
    assert label_id("Data BPS menunjukkan inflasi naik dua persen pada Maret.").texts("QUOTE", type="indirect") == []
    assert label_en("Figures from the agency show inflation rose.").texts("QUOTE", type="indirect") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"The hearing was adjourned. According to the verdict, {REPORT_EN}.", "the verdict"),
        (f"The hearing was adjourned. According to the charge sheet, {REPORT_EN}.", "the charge sheet"),
        (f"The hearing was adjourned. According to court documents, {REPORT_EN}.", "court documents"),
    ],
)
def test_an_english_document_is_the_speaker_and_resolves_to_itself(label_en, text, speaker):
    result = label_en(text)
    assert result.texts("QUOTE", type="indirect") == [REPORT_EN], text
    assert result.speaker_of(REPORT_EN) == speaker
    assert result.resolved_speaker_of(REPORT_EN) == speaker


def test_a_document_after_a_named_person_resolves_to_no_one(label_en):
    text = f"Judge Alan Marsh read the ruling on Monday. The verdict stated that {REPORT_EN}."
    result = label_en(text)
    assert result.speaker_of(REPORT_EN) == "The verdict"
    assert result.resolved_speaker_of(REPORT_EN) == "The verdict"


@pytest.mark.parametrize("link", ["Sedangkan", "Sementara", "Padahal", "Akan tetapi", "Oleh karena itu"])
def test_a_linking_word_before_the_subject_stays_out_of_an_inner_cue_report(label_id, link):
    report = "harga beras di pasar induk, kata dia, masih stabil sejak awal bulan"
    text = f"Pasokan cabai berkurang. {link} {report}."
    assert label_id(text).texts("QUOTE", type="indirect") == [report], text


def test_an_english_linking_word_stays_out_too(label_en):
    report = "the plan, he said, was dropped after the vote"
    assert label_en(f"The council met twice. However, {report}.").texts("QUOTE", type="indirect") == [report]


@pytest.mark.parametrize(
    "report",
    [
        "Sementara waktu jalan desa itu, kata dia, ditutup untuk kendaraan berat",
        "Sementara ini harga beras, kata dia, masih stabil sejak awal bulan",
        "Masih banyak warga, kata dia, yang belum menerima bantuan",
    ],
)
def test_a_time_phrase_or_a_predicate_stays_in(label_id, report):
    text = f"Pasokan beras berkurang. {report}."
    assert label_id(text).texts("QUOTE", type="indirect") == [report], text


def test_a_report_before_bahwa_speaks_and_data_do_not(label_id):
    report = "inflasi bulan ini menurun dibanding bulan lalu"
    result = label_id(f"Menurut laporan BPS bahwa {report}.")
    assert result.texts("QUOTE", type="indirect") == [report]
    assert result.cue_of(report) == "Menurut"
    assert label_id(f"Menurut data BPS bahwa {report}.").texts("QUOTE", type="indirect") == []


def test_people_of_the_ruling_party_are_no_document(label_en):
    report = "the vote would be held next month"
    result = label_en(f"The Liberal Party won the vote. Ruling party officials said {report}.")
    assert result.speaker_of(report) == "Ruling party officials"
    assert result.resolved_speaker_of(report) == "Liberal Party"  # `ruling` is no document noun
