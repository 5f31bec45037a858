"""Indonesian indirect speech on fresh national and government pages, and the one resolver of
reports read backwards from a cue after them (issue 11, id_indirect5 round). Every text is invented
to show one form."""

from __future__ import annotations

from annotator.nlp.indirect.backward_report import TRAILING_FORMS


def test_demikian_and_a_passive_report_the_sentence_before(label_id):
    text = "Harga cabai di Pasar Sukamaju turun dua ribu rupiah. Demikian diulas oleh Kepala Dinas Perdagangan Rudi Hartono."
    result = label_id(text)
    clause = "Harga cabai di Pasar Sukamaju turun dua ribu rupiah"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "diulas"
    assert result.speaker_of(clause) == "Rudi Hartono"


def test_demikian_sums_up_the_unreported_sentences_of_its_paragraph(label_id):
    text = (
        "Gudang itu terbakar pada Senin dini hari. Api baru padam dua jam kemudian. "
        "Demikian dikatakan Kepala Damkar Bogor Budi Santoso saat ditemui di lokasi."
    )
    result = label_id(text)
    clause = "Gudang itu terbakar pada Senin dini hari. Api baru padam dua jam kemudian"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Budi Santoso"


def test_demikian_stops_at_a_quote_and_at_a_new_paragraph(label_id):
    text = (
        "Rapat itu berlangsung lama.\n"
        "“Kami sepakat,” kata Ani Lestari. Anggaran desa naik sepuluh persen. "
        "Demikian disampaikan Kepala Desa Sukamaju Rudi Hartono."
    )
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == ["Anggaran desa naik sepuluh persen"]


def test_demikian_after_a_new_paragraph_reports_nothing(label_id):
    text = "Anggaran desa naik sepuluh persen.\n\nDemikian disampaikan Kepala Desa Sukamaju Rudi Hartono."
    assert label_id(text).texts("QUOTE", type="indirect") == []


def test_the_backward_forms_stand_in_one_table():
    names = [form.name for form in TRAILING_FORMS]
    assert names == ["made the remark", "this was stated by", "hal itu disampaikan", "demikian diulas oleh"]
    assert [form.english for form in TRAILING_FORMS] == [True, True, False, False]


def test_hal_itu_disampaikan_still_reports_the_sentence_before(label_id):
    text = "Jembatan itu akan selesai akhir tahun. Hal itu disampaikan Kepala Dinas PUPR Bogor Rudi Hartono, Senin."
    result = label_id(text)
    clause = "Jembatan itu akan selesai akhir tahun"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Rudi Hartono"


def test_a_date_between_commas_before_the_verb_is_no_speaker(label_id):
    text = "Kapolres Sukamaju dalam keterangan tertulisnya di Kota Baru, Jumat (13/7), membantah bahwa pos itu sudah diresmikan."
    result = label_id(text)
    clause = "pos itu sudah diresmikan"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Kapolres Sukamaju"


def test_a_date_between_commas_right_after_the_subject_is_no_speaker(label_id):
    text = "Kapolres Sukamaju, Jumat (13/7), membantah bahwa pos itu sudah diresmikan."
    result = label_id(text)
    assert result.speaker_of("pos itu sudah diresmikan") == "Kapolres Sukamaju"


def test_petugas_speaks_with_juga_before_the_verb(label_id):
    text = "Petugas juga menyampaikan bahwa konvoi yang melintas di jalan desa akan segera dibubarkan."
    result = label_id(text)
    clause = "konvoi yang melintas di jalan desa akan segera dibubarkan"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Petugas"


def test_indonesian_abbreviations_end_no_report(label_id):
    for clause in [
        "pelaku ditangkap di Jl. Merpati pada Senin malam",
        "banjir merendam tiga desa di Kec. Sukamaju sejak pagi",
        "acara itu dihadiri Hj. Siti Rahma dan warga",
        "proyek itu ditangani Ir. Budi Santoso sejak awal",
    ]:
        text = f"Kepala dinas mengatakan {clause}."
        assert label_id(text).texts("QUOTE", type="indirect") == [clause], text


def test_menurut_without_a_comma_keeps_its_source_before_a_later_name(label_id):
    text = "Menurut Erwin kegiatan ini berjalan atas dukungan Bupati Sukamaju Rudi Hartono yang bekerja keras."
    result = label_id(text)
    clause = "kegiatan ini berjalan atas dukungan Bupati Sukamaju Rudi Hartono yang bekerja keras"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Erwin"


def test_a_degree_after_a_name_keeps_menurut_over_the_whole_clause(label_id):
    text = "Menurut Erwin kegiatan ini berjalan atas dukungan Bupati Sukamaju Dr. Drs. Rudi Hartono, M.Si yang bekerja keras."
    result = label_id(text)
    clause = "kegiatan ini berjalan atas dukungan Bupati Sukamaju Dr. Drs. Rudi Hartono, M.Si yang bekerja keras"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Erwin"


def test_dilanjutkan_and_dipaparkan_open_a_report_with_their_agent(label_id):
    text = "Dilanjutkan Agung, dari hasil penyelidikan pihaknya telah menahan seorang perempuan yang membantu pelaku."
    result = label_id(text)
    clause = "dari hasil penyelidikan pihaknya telah menahan seorang perempuan yang membantu pelaku"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "Dilanjutkan"
    assert result.speaker_of(clause) == "Agung"
    assert label_id("Dipaparkan Rudi Hartono, jumlah kasus demam berdarah menurun sejak Maret.").texts(
        "QUOTE", type="indirect"
    ) == ["jumlah kasus demam berdarah menurun sejak Maret"]


def test_dilanjutkan_with_no_agent_or_inside_a_sentence_is_no_cue(label_id):
    assert label_id("Dilanjutkan, pembangunan jembatan itu akan selesai tahun depan.").texts("QUOTE", type="indirect") == []
    assert label_id("Pembangunan jembatan itu dilanjutkan tahun depan.").texts("QUOTE", type="indirect") == []
