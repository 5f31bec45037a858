"""Indonesian direct-quote speakers in the forms of national newsrooms (id_speakers5 round); every
text below is invented to show one class."""

from __future__ import annotations

QUOTE = "Kami sudah menyiapkan semua langkah untuk menangani masalah ini,"
LEAD = "Rapat kerja itu berlangsung di Jakarta pada Senin pagi bersama sejumlah pejabat lain.\n\n"


def _said(tail: str) -> str:
    return f"{LEAD}“{QUOTE}” {tail}"


def test_a_council_member_after_a_faction_tag_speaks(label_id):
    result = label_id(_said("kata anggota Komisi VII DPR dari Fraksi Partai Golkar Rudi Hartono di Kompleks Parlemen."))
    assert result.speaker_of(QUOTE) == "Rudi Hartono"


def test_a_one_word_name_after_a_faction_tag_is_tagged_and_speaks(label_id):
    result = label_id(_said("ujar Wakil Ketua Komisi VII DPR dari Fraksi PKS Sukardiman di Senayan."))
    assert result.speaker_of(QUOTE) == "Sukardiman"
    assert "Sukardiman" in result.texts("PERSON")


def test_a_unit_written_with_dan_before_the_name(label_id):
    result = label_id(_said("ujar Direktur Jenderal Pengawasan dan Pengendalian Mutu Kemendag dr Hendra Wijaya Saputra."))
    assert result.speaker_of(QUOTE) == "Hendra Wijaya Saputra"


def test_a_unit_with_its_bracketed_acronym_before_a_one_word_name(label_id):
    result = label_id(_said("kata Kepala Pusat Pemantauan dan Mitigasi Banjir (PPMB) Sutarjo di Bandung."))
    assert result.speaker_of(QUOTE) == "Sutarjo"


def test_a_name_after_an_acronym_the_text_never_tags(label_id):
    result = label_id(_said("ujar Direktur Eksekutif Kepala Departemen Komunikasi BK Rendra Kusuma dalam keterangan tertulis."))
    assert result.speaker_of(QUOTE) == "Rendra Kusuma"
    assert "Rendra Kusuma" in result.texts("PERSON")


def test_an_outlet_credit_after_the_speaker_ends_the_phrase(label_id):
    text = (
        "Wali Kota Sukamaju Darto Wiryono meninjau saluran air di Jalan Melati, Rabu.\n\n"
        f"“{QUOTE}” kata Wali Kota Darto dikutip Kantor Berita Suarakita di sela kegiatan."
    )
    result = label_id(text)
    assert result.speaker_of(QUOTE) == "Darto"
    assert result.resolved_speaker_of(QUOTE) == "Darto Wiryono"
    assert "Kantor Berita Suarakita" not in result.texts("SPEAKER")


def test_a_role_without_a_name_keeps_its_place_and_its_tail(label_id):
    result = label_id(_said("kata Kepala Dinas Kesehatan dan Kebersihan Kota Sukamaju di Balai Kota."))
    assert "Sukamaju" not in result.texts("PERSON")
    assert result.speaker_of(QUOTE) != "Sukamaju"


def test_a_quote_whose_own_stop_ends_the_sentence_takes_the_attribution_after_it(label_id):
    text = (
        "Menteri Perdagangan Rina Hartono meninjau Pasar Induk Sukamaju, Senin.\n\n"
        "“Stok beras kita cukup untuk enam bulan ke depan dan harga kami jaga tetap stabil.” "
        "Hal itu disampaikan Rina di sela kunjungannya."
    )
    result = label_id(text)
    quote = "Stok beras kita cukup untuk enam bulan ke depan dan harga kami jaga tetap stabil."
    assert result.speaker_of(quote) == "Rina"
    assert result.resolved_speaker_of(quote) == "Rina Hartono"


def test_an_utterance_opener_and_a_passive_cue_after_a_quote(label_id):
    text = (
        "Bupati Sukamaju Darto Wiryono membuka rapat, Senin.\n\n"
        "“Kami tidak akan menaikkan pajak daerah tahun ini karena warga masih kesulitan.”\n\n"
        "Ucapan itu dilontarkan Darto di depan para kepala desa."
    )
    result = label_id(text)
    assert result.speaker_of("Kami tidak akan menaikkan pajak daerah tahun ini karena warga masih kesulitan.") == "Darto"


def test_a_capitalised_sentence_after_a_quote_without_an_opener_gives_no_speaker(label_id):
    text = (
        "“Stok beras kita cukup untuk enam bulan ke depan dan harga kami jaga tetap stabil.” "
        "Harga beras di Pasar Induk Sukamaju turun dua persen pekan ini."
    )
    result = label_id(text)
    assert result.speaker_of("Stok beras kita cukup untuk enam bulan ke depan dan harga kami jaga tetap stabil.") is None


def test_a_lawyer_named_by_his_client_speaks_as_the_description(label_id):
    result = label_id(_said("kata kuasa hukum Darto Wiryono itu kepada wartawan."))
    assert result.speaker_of(QUOTE) == "kuasa hukum Darto Wiryono itu"


def test_a_daughter_named_by_her_titled_father_speaks_as_the_description(label_id):
    result = label_id(_said("ujar putri sulung mantan Bupati Sukamaju Darto Wiryono itu."))
    assert result.speaker_of(QUOTE) == "putri sulung mantan Bupati Sukamaju Darto Wiryono itu"


def test_a_description_listing_universities_keeps_the_whole_list(label_id):
    result = label_id(_said("tegas alumni Universitas Sukamaju, University of Westland, dan Northfield College ini."))
    assert result.speaker_of(QUOTE) == "alumni Universitas Sukamaju, University of Westland, dan Northfield College ini"


def test_a_name_followed_by_an_occasion_is_no_description(label_id):
    result = label_id(_said("kata pengacara Darto Wiryono di Jakarta, Senin. Sidang itu ditunda."))
    assert result.speaker_of(QUOTE) != "pengacara Darto Wiryono di Jakarta, Senin. Sidang itu"
    assert "itu" not in (result.speaker_of(QUOTE) or "")


def test_a_description_naming_a_university_resolves_to_the_person_not_an_organisation(label_id):
    text = (
        "Darto Wiryono menggelar konferensi pers, Rabu. Darto menyebut polisi lalai.\n\n"
        f"“{QUOTE}” tegas alumni Universitas Sukamaju dan Westland College ini."
    )
    result = label_id(text)
    assert result.speaker_of(QUOTE) == "alumni Universitas Sukamaju dan Westland College ini"
    assert result.resolved_speaker_of(QUOTE) == "Darto Wiryono"


def test_a_managing_director_is_a_role_not_a_name(label_id):
    text = "Mantan Direktur Pengelola Bank Sukamaju itu hadir, Rabu."
    assert "Pengelola" not in label_id(text).texts("PERSON")


def test_a_description_naming_its_person_resolves_to_that_person(label_id):
    text = (
        "Darto Wiryono hadir dalam rapat di Jakarta, Senin. Darto mengatakan rapat berjalan lancar.\n\n"
        f"“{QUOTE}” ujar politikus yang akrab disapa Pak Rahmat Hidayat itu."
    )
    result = label_id(text)
    assert result.speaker_of(QUOTE) == "politikus yang akrab disapa Pak Rahmat Hidayat itu"
    assert result.resolved_speaker_of(QUOTE) == "Rahmat Hidayat"


def test_a_politician_called_by_the_first_syllables_of_his_names(label_id):
    text = (
        "Menteri Perdagangan Darmawan Hasibuan meninjau pasar, Senin.\n\n"
        f"“{QUOTE}” kata Darhas di sela kunjungan."
    )
    result = label_id(text)
    assert result.speaker_of(QUOTE) == "Darhas"
    assert result.resolved_speaker_of(QUOTE) == "Darmawan Hasibuan"


def test_a_politician_called_by_his_initials(label_id):
    text = (
        "Ekonom senior Rahmat Sudirman mengkritik kebijakan utang, Jumat.\n\n"
        f"“{QUOTE}” kata RS kepada wartawan.\n\n“Utang kita terus naik setiap tahun tanpa hasil yang jelas,” ujar RS lagi."
    )
    result = label_id(text)
    assert result.resolved_speaker_of(QUOTE) == "Rahmat Sudirman"


def test_a_name_is_no_blend_of_an_unrelated_pair(label_id):
    from annotator.nlp.coref.name_blends import is_blend_of

    assert not is_blend_of("Budi", "Bunga Diana")
    assert not is_blend_of("Budi", "Budi Santoso")
    assert is_blend_of("Jokowi", "Joko Widodo")


def test_a_glued_preposition_after_the_name_ends_the_speaker(label_id):
    text = (
        "Menteri Investasi Darmawan Hasibuan menggelar konferensi pers, Senin.\n\n"
        f"“{QUOTE}”, Ungkap Darmawan diakhir Konferensi Persnya."
    )
    result = label_id(text)
    assert result.speaker_of(QUOTE) == "Darmawan"
    assert result.resolved_speaker_of(QUOTE) == "Darmawan Hasibuan"
