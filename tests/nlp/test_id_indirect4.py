"""Indonesian indirect speech on fresh regional pages (issue 11, id_indirect4 round).
Every text is invented to show one form."""

from __future__ import annotations


def test_a_place_ending_a_bodys_name_at_the_end_of_the_text_does_not_crash(label_id):
    # A `Baca juga:` headline ends the page with a body whose name ends in a known place.
    result = label_id("Baca juga:\n- OJK Kediri Cabut Izin Usaha PT BPR Sinar Makmur Batu")
    assert "OJK Kediri" in result.texts("ORG")


def test_an_occasion_of_speaking_and_its_comma_stay_out_of_the_report(label_id):
    text = "Kepala Dinas Kesehatan Rudi Hartono mengatakan dalam keterangan tertulisnya, kasus demam berdarah menurun."
    result = label_id(text)
    clause = "kasus demam berdarah menurun"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Rudi Hartono"


def test_a_press_contact_after_the_verb_stays_out_of_the_report(label_id):
    text = "Kapolsek Sukamaju Iptu Budi Santoso menjelaskan saat dikonfirmasi, pelaku sudah ditahan di Mapolsek."
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == ["pelaku sudah ditahan di Mapolsek"]


def test_a_verb_that_takes_an_object_reports_after_an_occasion_and_a_comma(label_id):
    text = "Wakil Ketua DPRD Ani Lestari menyampaikan dalam paparannya, harga beras cenderung stabil pekan ini."
    result = label_id(text)
    clause = "harga beras cenderung stabil pekan ini"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "menyampaikan"
    assert result.speaker_of(clause) == "Ani Lestari"


def test_saat_ini_after_the_verb_stays_in_the_report(label_id):
    text = "Rudi Hartono mengatakan saat ini, harga cabai di pasar induk masih tinggi."
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == ["saat ini, harga cabai di pasar induk masih tinggi"]


def test_a_date_before_the_verb_is_no_speaker(label_id):
    text = "Camat Sukamaju Rudi Hartono ketika ditemui di kantornya, Senin (12/5/2025) mengatakan jalan itu rusak berat."
    result = label_id(text)
    clause = "jalan itu rusak berat"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Rudi Hartono"


def test_ada_after_a_verb_that_takes_an_object_opens_a_report(label_id):
    text = "Rudi Hartono menyebutkan ada 40 rumah warga yang terendam banjir di desa itu."
    result = label_id(text)
    clause = "ada 40 rumah warga yang terendam banjir di desa itu"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "menyebutkan"


def test_a_role_inside_the_report_with_no_comma_before_the_predicate(label_id):
    text = "Draf anggaran tersebut, kata Sekda akan diserahkan ke Bupati Sukamaju, Hermus Indah, sebelum dibahas DPRD."
    result = label_id(text)
    clause = text[:-1]
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "kata"
    assert result.speaker_of(clause) == "Sekda"


def test_a_two_word_role_inside_the_report_before_an_auxiliary(label_id):
    text = "Program itu, lanjut Wakil Bupati telah menurunkan angka stunting di enam kecamatan."
    result = label_id(text)
    clause = text[:-1]
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Wakil Bupati"


def test_a_closing_role_with_no_predicate_after_it_stays_a_closing_cue(label_id):
    text = "Jalan itu sudah rusak sejak tahun lalu, kata Kepala Desa Sukamaju."
    result = label_id(text)
    clause = "Jalan itu sudah rusak sejak tahun lalu"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Kepala Desa Sukamaju"


def test_the_head_an_officer_accompanies_is_the_speaker(label_id):
    text = "Kapolres AKBP Budi Santoso didampingi Kasat Reskrim AKP Rudi Hartono mengatakan, pelaku sudah ditahan di Mapolres."
    result = label_id(text)
    clause = "pelaku sudah ditahan di Mapolres"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Budi Santoso"


def test_the_head_an_officer_accompanies_between_commas_is_the_speaker(label_id):
    text = "Kapolres AKBP Budi Santoso, yang didampingi Kasat Reskrim AKP Rudi Hartono, mengatakan pelaku sudah ditahan di sel."
    result = label_id(text)
    assert result.speaker_of("pelaku sudah ditahan di sel") == "Budi Santoso"


def test_a_remark_glued_to_the_report_by_a_comma_ends_it(label_id):
    text = "Dia mengatakan bahwa dirinya tidak hadir dalam rapat itu, Hal ini disampaikannya saat bertemu wartawan di kantornya."
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == ["dirinya tidak hadir dalam rapat itu"]


def test_hal_in_another_sense_stays_in_the_report(label_id):
    text = "Rudi mengatakan bahwa warga sudah dievakuasi, hal itu dilakukan agar tidak ada korban jiwa."
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == ["warga sudah dievakuasi, hal itu dilakukan agar tidak ada korban jiwa"]


def test_a_three_word_report_set_off_by_a_comma(label_id):
    result = label_id("Kapolsek Sukamaju Iptu Budi Santoso mengatakan, pelaku sudah diamankan.")
    assert result.texts("QUOTE", type="indirect") == ["pelaku sudah diamankan"]


def test_a_three_word_object_with_no_comma_is_no_report(label_id):
    result = label_id("Kapolsek Sukamaju Iptu Budi Santoso mengatakan hal tersebut kemarin.")
    assert result.texts("QUOTE", type="indirect") == []


def test_a_cue_opening_the_sentence_is_no_part_of_the_name(label_id):
    text = "Banjir merendam puluhan rumah warga. Lanjut Teofilo, personel BPBD sudah melakukan penanganan darurat di lokasi."
    result = label_id(text)
    assert "Teofilo" in result.texts("PERSON")
    assert "Lanjut Teofilo" not in result.texts("PERSON")
    assert result.speaker_of("personel BPBD sudah melakukan penanganan darurat di lokasi") == "Teofilo"


def test_a_longer_name_after_an_opening_cue(label_id):
    result = label_id("Imbuh Rudi Hartono, personel BPBD sudah melakukan penanganan darurat di lokasi.")
    assert result.texts("PERSON") == ["Rudi Hartono"]


def test_pemda_and_its_place_is_no_person(label_id):
    text = "Pemda Sukamaju, lanjut Wakil Bupati telah menjalankan delapan program penurunan stunting."
    result = label_id(text)
    assert "Pemda Sukamaju" not in result.texts("PERSON")
    assert result.speaker_of(text[:-1]) == "Wakil Bupati"


def test_a_passive_cue_inside_the_report_after_a_comma(label_id):
    text = "Pemain sayap itu tidak diturunkan saat laga ini, disampaikan Pelatih Joko Santoso karena kondisinya kembali turun."
    result = label_id(text)
    clause = text[:-1]
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "disampaikan"
    assert result.speaker_of(clause) == "Joko Santoso"


def test_a_passive_cue_inside_the_report_with_a_comma_after_the_speaker(label_id):
    text = "Hasil pembahasan nota pengantar itu dikatakan Rudi, sudah diteruskan ke masing-masing fraksi."
    result = label_id(text)
    clause = text[:-1]
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Rudi"


def test_a_passive_of_handing_over_is_no_report(label_id):
    for text in (
        "Bantuan sembako itu, disampaikan Bupati Sukamaju kepada warga korban banjir.",
        "Hal ini diketahui dari ekspos akhir tahun yang disampaikan Kapolres Budi Santoso, Senin (21/12/2020).",
    ):
        assert label_id(text).texts("QUOTE", type="indirect") == []


def test_a_passive_cue_its_speaker_a_date_and_bahwa(label_id):
    text = "Kondisi ini disampaikan Rudi Hartono, Rabu (30/8/2023) bahwa harga beras medium kini naik Rp500 per kilogram."
    result = label_id(text)
    clause = "harga beras medium kini naik Rp500 per kilogram"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "disampaikan"
    assert result.speaker_of(clause) == "Rudi Hartono"
