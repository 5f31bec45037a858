"""Indonesian indirect speech whose cue or speaker no comma sets off (issue 11, id_indirect3 round).
Every text is invented to show one form."""

from __future__ import annotations


def test_menurut_and_a_name_with_no_comma_before_the_report(label_id):
    text = "Menurut Kepala Dinas Kesehatan Rudi Hartono kasus demam berdarah menurun dibanding tahun lalu."
    result = label_id(text)
    clause = "kasus demam berdarah menurun dibanding tahun lalu"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "Menurut"
    assert result.speaker_of(clause) == "Rudi Hartono"


def test_menurut_and_a_pronoun_with_no_comma(label_id):
    text = "Menurut dia jumlah pengunjung pasar itu terus bertambah menjelang hari raya."
    result = label_id(text)
    clause = "jumlah pengunjung pasar itu terus bertambah menjelang hari raya"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "dia"


def test_menurut_a_role_its_comma_then_a_name_running_into_the_report(label_id):
    text = "Menurut Direktur PT Sinar Jaya, Budi Santoso tantangan terbesar tahun ini adalah harga bahan baku."
    result = label_id(text)
    clause = "tantangan terbesar tahun ini adalah harga bahan baku"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Budi Santoso"


def test_a_name_after_a_name_and_its_comma_stays_the_reports_subject(label_id):
    text = "Menurut Rudi Santoso, Agus Salim berhasil menempatkan bola ke sudut gawang."
    result = label_id(text)
    clause = "Agus Salim berhasil menempatkan bola ke sudut gawang"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Rudi Santoso"


def test_a_description_after_the_name_is_no_report(label_id):
    text = "Menurut Budi Santoso selaku ketua panitia, acara itu akan digelar di lapangan desa."
    result = label_id(text)
    assert "selaku ketua panitia, acara itu akan digelar di lapangan desa" not in result.texts("QUOTE", type="indirect")


def test_a_clitic_cue_after_an_opening_phrase_and_no_comma_after_it(label_id):
    text = "Untuk awal tahun ini, sambungnya memang belum ada penambahan anggaran dari pemerintah pusat."
    result = label_id(text)
    clause = text[:-1]
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "sambungnya"
    assert result.speaker_of(clause) == "sambungnya"


def test_a_clitic_cue_after_an_occasion_reports_what_follows(label_id):
    text = "Dalam pertemuan itu, tambahnya pemerintah akan menambah kuota pupuk bersubsidi."
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == ["pemerintah akan menambah kuota pupuk bersubsidi"]


def test_a_connective_before_a_clitic_cue_is_no_part_of_a_report(label_id):
    text = "Sementara itu, lanjutnya pihak sekolah akan menambah jumlah ruang kelas."
    result = label_id(text)
    assert not any(q.startswith("Sementara itu") for q in result.texts("QUOTE", type="indirect"))


def test_a_second_clitic_cue_closing_a_report_stays_out_of_it(label_id):
    text = "Ia mengatakan pasokan cabai dari daerah penghasil mulai berkurang sejak awal bulan ujarnya."
    result = label_id(text)
    clause = "pasokan cabai dari daerah penghasil mulai berkurang sejak awal bulan"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "mengatakan"


def test_a_second_cue_after_a_comma_closing_a_report_stays_out_of_it(label_id):
    text = "Menurut dia, harga beras di pasar itu masih stabil hingga akhir pekan ini, katanya (ant)."
    result = label_id(text)
    clause = "harga beras di pasar itu masih stabil hingga akhir pekan ini"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "dia"


def test_kata_dia_closing_a_report_stays_out_of_it(label_id):
    text = "Budi mengatakan, harga beras di pasar itu masih stabil hingga akhir pekan ini kata dia."
    assert label_id(text).texts("QUOTE", type="indirect") == ["harga beras di pasar itu masih stabil hingga akhir pekan ini"]


def test_an_agency_credit_in_small_letters_stays_out_of_the_report(label_id):
    text = "Ia mengatakan pihaknya sudah menyalurkan bantuan kepada warga terdampak (ant)."
    assert label_id(text).texts("QUOTE", type="indirect") == ["pihaknya sudah menyalurkan bantuan kepada warga terdampak"]


def test_an_agency_credit_with_initials_after_the_full_stop_stays_out(label_id):
    text = "Ia mengatakan pihaknya sudah menyalurkan bantuan kepada warga terdampak.(ant/dwi)"
    assert label_id(text).texts("QUOTE", type="indirect") == ["pihaknya sudah menyalurkan bantuan kepada warga terdampak"]


def test_a_short_form_in_brackets_closing_the_report_is_kept(label_id):
    text = "Ia mengatakan polisi menyita sebilah senjata tajam (sajam)."
    assert label_id(text).texts("QUOTE", type="indirect") == ["polisi menyita sebilah senjata tajam (sajam)"]


def test_a_passive_cue_in_small_letters_after_a_connective(label_id):
    text = "Lebih jauh disampaikan Budi, bahwa usulan pembangunan jembatan itu sudah diajukan sejak tahun lalu."
    result = label_id(text)
    clause = "usulan pembangunan jembatan itu sudah diajukan sejak tahun lalu"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "disampaikan"
    assert result.speaker_of(clause) == "Budi"


def test_an_addressee_and_its_comma_stay_out_of_the_report(label_id):
    text = "Ketua RT itu mengatakan kepada wartawan, warga sudah menerima bantuan beras dari pemerintah."
    assert label_id(text).texts("QUOTE", type="indirect") == ["warga sudah menerima bantuan beras dari pemerintah"]


def test_a_directive_after_an_addressee_is_no_report(label_id):
    text = "Ketua RT itu menegaskan kepada seluruh warga yang hadir, agar menjaga kebersihan lingkungan masing-masing."
    assert label_id(text).texts("QUOTE", type="indirect") == []


def test_an_opening_clitic_cue_followed_by_a_date_only_is_no_report(label_id):
    text = "Hal itu disampaikan kepala dinas saat rapat di kantornya. Sebutnya senin 12 mei 2025."
    assert label_id(text).texts("QUOTE", type="indirect") == []


def test_an_opening_clitic_cue_before_a_date_and_a_clause_still_reports(label_id):
    text = "Dijelaskannya, pada Senin tim akan turun ke lokasi banjir."
    assert label_id(text).texts("QUOTE", type="indirect") == ["pada Senin tim akan turun ke lokasi banjir"]


def test_an_adverbial_clitic_closing_a_report_stays_in_it(label_id):
    text = "Ia mengatakan pendaftaran dibuka hingga akhir bulan depan untuk informasi lebih jelasnya."
    clause = "pendaftaran dibuka hingga akhir bulan depan untuk informasi lebih jelasnya"
    assert label_id(text).texts("QUOTE", type="indirect") == [clause]


def test_a_second_verb_after_an_object_and_dan_reports_the_clause(label_id):
    text = "Kapolsek membenarkan kejadian itu dan memastikan proses hukum terhadap pelaku sedang berjalan."
    result = label_id(text)
    clause = "proses hukum terhadap pelaku sedang berjalan"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "memastikan"
    assert result.speaker_of(clause) == "Kapolsek"


def test_a_negated_predicate_after_a_verb_of_direct_only_is_a_report(label_id):
    text = "Kapolsek pun meluruskan tidak menangkap wartawan itu, tapi hanya menyita barang bukti."
    result = label_id(text)
    clause = "tidak menangkap wartawan itu, tapi hanya menyita barang bukti"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "meluruskan"


def test_a_directive_verb_opening_the_report_is_no_report(label_id):
    text = "Ketua fraksi itu mengatakan, meminta agar bupati segera memanggil para kepala dinas untuk rapat."
    assert label_id(text).texts("QUOTE", type="indirect") == []


def test_menurut_after_a_comma_inside_a_sentence_reports_to_its_end(label_id):
    text = "Warga sudah tiga kali mengadu ke kantor desa, menurut Budi masalah itu belum juga selesai."
    result = label_id(text)
    clause = "masalah itu belum juga selesai"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "menurut"
    assert result.speaker_of(clause) == "Budi"
