"""Indonesian entities of round id_ents14: a body's or a person's name cut by a hard line break on a
page that wraps its lines inside sentences (`Kepala Dinas Pertanian` / `Kabupaten X, ...`), and
title-case words in a short quoted phrase (an event's or a post's name, a slogan) read as a person;
invented sentences."""

from __future__ import annotations

WRAPPED_OFFICE = (
    "Harga gabah di tingkat petani belum juga naik pada musim panen tahun ini. Kepala Dinas Pertanian\n"
    "Kabupaten Sukadana, Budi Santoso, mengatakan harga gabah di kalangan petani\n"
    "memang masih rendah karena panen bersamaan."
)


def test_a_body_cut_by_a_wrapped_line_is_one_organisation(label_id):
    labelled = label_id(WRAPPED_OFFICE)
    assert "Dinas Pertanian\nKabupaten Sukadana" in labelled.texts("ORG")
    assert "Kabupaten Sukadana" not in labelled.texts("GPE")
    assert "Budi Santoso" in labelled.texts("PERSON")


def test_a_place_cut_after_its_type_is_one_place(label_id):
    labelled = label_id(
        "Musim panen tahun ini membuat para petani di Kabupaten\n"
        "Sukadana mengeluh karena harga gabah di tingkat petani\n"
        "terus turun."
    )
    assert "Kabupaten\nSukadana" in labelled.texts("GPE")


def test_a_person_cut_by_a_wrapped_line_is_one_person(label_id):
    labelled = label_id(
        "Warga diminta tetap tenang, ujar Kapolres Sukadana AKBP Rudi\nHartono Wibisono kepada wartawan di halaman\nkantornya."
    )
    assert "Rudi\nHartono Wibisono" in labelled.texts("PERSON")


def test_a_body_line_with_a_sentence_end_is_no_headline(label_id):
    labelled = label_id(
        "Bentrokan antara dua kelompok warga di\n"
        "Distrik Walemo belum berakhir. Kapolres Sukadana, AKBP Rudi\n"
        "Hartono Wibisono, membenarkan bahwa sejumlah rumah warga dibakar dan\n"
        "kebun mereka dirusak."
    )
    assert "Rudi\nHartono Wibisono" in labelled.texts("PERSON")
    assert "Hartono Wibisono" not in labelled.texts("PERSON")


def test_guard_a_headline_line_is_not_joined_to_the_body(label_id):
    labelled = label_id(
        "Para petani mengeluhkan harga gabah yang turun di\n"
        "tingkat penggilingan desa.\n"
        "Baca Juga: Panen Raya Padi Nusantara, Bupati Sukadana Turun Langsung ke Sawah\n"
        "Kepala Dinas Pertanian Kabupaten Sukadana, Budi Santoso, mengatakan harga masih rendah."
    )
    assert not any("Sawah" in text for text in labelled.texts("ORG") + labelled.texts("GPE"))
    assert "Dinas Pertanian Kabupaten Sukadana" in labelled.texts("ORG")


def test_guard_a_page_without_wrapped_lines_keeps_its_lines_apart(label_id):
    labelled = label_id(
        "Polisi menangkap dua pelaku pencurian di Desa Sukamaju\n"
        "Kapolres Sukadana AKBP Rudi Hartono mengatakan pelaku sudah ditahan."
    )
    assert "Desa Sukamaju" in labelled.texts("GPE")
    assert not any("Kapolres" in text or "\n" in text for text in labelled.texts("GPE"))


def test_an_event_name_in_quotation_marks_is_no_person(label_id):
    labelled = label_id(
        'Hal itu disampaikan Rudi Hartono dalam konferensi pers "Update Tanggap Darurat Sukadana" di kantor BPBD.'
    )
    assert not any("Tanggap" in text for text in labelled.texts("PERSON"))
    assert "Rudi Hartono" in labelled.texts("PERSON")


def test_a_post_named_in_quotation_marks_is_no_person(label_id):
    labelled = label_id(
        "Sejak erupsi pertama, relawan membuka posko “Wanasari Peduli” di halaman balai desa. "
        "Posko itu melayani ratusan pengungsi setiap hari."
    )
    assert not any("Peduli" in text for text in labelled.texts("PERSON"))


def test_guard_a_name_the_page_writes_outside_the_title_stays(label_id):
    labelled = label_id(
        'Video berjudul "Pesan Pak Hendra untuk Warga Sukadana" diunggah kemarin. Hendra Kusuma mengatakan video itu asli.'
    )
    assert "Hendra" in labelled.texts("PERSON")


def test_guard_a_name_in_speech_stays(label_id):
    labelled = label_id('"Saya sudah bertemu Hendra Kusuma kemarin," kata Budi Santoso di Jakarta.')
    assert "Hendra Kusuma" in labelled.texts("PERSON")


def test_a_misspelt_provincial_government_gives_the_province(label_id):
    labelled = label_id("Kepala OPD Pemrov Jatim diminta hadir dalam rapat itu, kata Budi Santoso.")
    assert "Pemrov Jatim" not in labelled.texts("PERSON")
    assert "Jatim" in labelled.texts("GPE")
    labelled = label_id("Bantuan dari Pemprop Jabar sudah diterima warga, kata Budi Santoso.")
    assert "Pemprop Jabar" not in labelled.texts("PERSON")
    assert "Jabar" in labelled.texts("GPE")


def test_a_drug_unit_head_in_three_words_is_a_title(label_id):
    labelled = label_id("Kasat Res Narkoba AKP Budi Santoso mengatakan pelaku ditangkap di rumahnya.")
    assert "Res Narkoba" not in labelled.texts("GPE")
    assert "Budi Santoso" in labelled.texts("PERSON")


def test_a_fused_regional_police_title_is_not_tagged(label_id):
    labelled = label_id("Kapoldasu Irjen Pol Agung Setya meninjau lokasi banjir. Kapoldasu mengatakan warga harus tenang.")
    assert "Kapoldasu" not in labelled.texts("PERSON")
    assert "Agung Setya" in labelled.texts("PERSON")


def test_senior_officers_before_a_unit_leave_the_unit_alone(label_id):
    labelled = label_id("Apel pagi itu diikuti PJU Polda Sumut, kata Budi Santoso.")
    assert "Polda Sumut" in labelled.texts("ORG")
    assert "PJU Polda Sumut" not in labelled.texts("ORG")


def test_a_name_opened_by_a_place_word_after_a_comma_is_one_person(label_id):
    labelled = label_id(
        "Kepala Dinas Pendidikan, Wara Sundari Renny Pramana, mengatakan sekolah sudah siap. "
        "Menurut Wara Sundari Renny Pramana, guru sudah dilatih."
    )
    assert labelled.texts("PERSON").count("Wara Sundari Renny Pramana") == 2
    assert "Wara" not in labelled.texts("GPE")


def test_guard_a_role_seat_before_a_name_stays_a_place(label_id):
    labelled = label_id("Bupati Sleman Kustini Sri Purnomo meninjau lokasi banjir.")
    assert "Sleman" in labelled.texts("GPE")
    assert "Kustini Sri Purnomo" in labelled.texts("PERSON")


def test_guard_a_resident_place_before_a_name_stays_a_place(label_id):
    labelled = label_id("Salah satu korban, warga Bantul Suparno Adi, mengalami luka ringan.")
    assert "Bantul" in labelled.texts("GPE")
    assert "Suparno Adi" in labelled.texts("PERSON")
