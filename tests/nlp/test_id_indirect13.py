"""Indonesian reports cut short by a company's dotted form or by a compound read as a closing cue
(issue 11, id_indirect13 round). Every text is invented to show one form."""

from __future__ import annotations


def test_the_dotted_company_form_opens_a_name_not_a_sentence(label_id):
    text = "Kepala desa kepada wartawan, mengatakan bahwa PT. Karya Abadi sudah sepakat membayar sewa lahan warga."
    result = label_id(text)
    clause = "PT. Karya Abadi sudah sepakat membayar sewa lahan warga"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "mengatakan"


def test_the_dotted_company_form_after_a_verb_with_no_bahwa(label_id):
    text = "Camat itu mengatakan PT. Sinar Laut belum memperbaiki jalan desa yang rusak."
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == ["PT. Sinar Laut belum memperbaiki jalan desa yang rusak"]


def test_a_sentence_may_still_end_after_a_plain_word_before_a_capital(label_id):
    text = "Budi mengatakan harga pupuk naik lagi. Petani di desa itu mengeluh."
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == ["harga pupuk naik lagi"]


def test_tanggung_jawabnya_closing_a_report_is_no_cue(label_id):
    text = "Pelatih tim tamu mengakui kekalahan di kandang lawan, menjadi salah satu tanggung jawabnya."
    result = label_id(text)
    clause = "kekalahan di kandang lawan, menjadi salah satu tanggung jawabnya"
    assert result.texts("QUOTE", type="indirect") == [clause]


def test_tanggung_jawabnya_after_a_plain_report(label_id):
    text = "Kepala sekolah mengatakan keselamatan murid adalah tanggung jawabnya."
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == ["keselamatan murid adalah tanggung jawabnya"]


def test_a_closing_jawabnya_after_a_comma_still_ends_the_report(label_id):
    text = "Ia mengatakan harga beras di pasar masih stabil, jawabnya."
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == ["harga beras di pasar masih stabil"]


def test_kemudian_before_a_subject_and_an_inner_cue_stays_out(label_id):
    text = "Kemudian jembatan itu, kata Budi, ditutup sementara karena retak di beberapa bagian."
    result = label_id(text)
    clause = "jembatan itu, kata Budi, ditutup sementara karena retak di beberapa bagian"
    assert result.texts("QUOTE", type="indirect") == [clause]


def test_kemudian_inside_a_report_stays_in(label_id):
    text = "Budi mengatakan pelaku kemudian melarikan diri ke arah hutan di belakang desa."
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == ["pelaku kemudian melarikan diri ke arah hutan di belakang desa"]
