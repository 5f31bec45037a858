"""Direct quotes whose opening mark was lost (tenth round): the speaker's sentences and paragraphs
are told from the reporter's by the speaker's own voice (`kami`, `kan`, `we`). Every text below is
invented to show one class."""

from __future__ import annotations


def test_a_paragraph_of_several_sentences_that_lost_its_opening_mark(label_id):
    text = (
        "Kepala Desa Sukamaju Rudi Hartono mengatakan perbaikan jalan dimulai bulan depan.\n\n"
        'Kami sudah mengajukan anggaran ke kabupaten. Semoga cair sebelum musim hujan," ujarnya.'
    )
    result = label_id(text)
    quote = "Kami sudah mengajukan anggaran ke kabupaten. Semoga cair sebelum musim hujan,"
    assert result.quotes() == [quote]
    assert result.cue_of(quote) == "ujarnya"


def test_the_reporter_sentence_before_a_lost_opening_mark_stays_out(label_id):
    text = (
        "Warga Desa Sukamaju mengeluhkan jalan yang rusak sejak tahun lalu.\n\n"
        'Warga berharap jalan segera diperbaiki. Kami sudah lama menunggu, setiap hujan berlumpur," kata Slamet.'
    )
    result = label_id(text)
    quote = "Kami sudah lama menunggu, setiap hujan berlumpur,"
    assert result.quotes() == [quote]
    assert result.speaker_of(quote) == "Slamet"


def test_sentences_without_the_speakers_voice_before_a_lost_mark_give_no_quote(label_id):
    text = (
        "Pembangunan jalan itu direncanakan sepanjang dua kilometer.\n\n"
        'Pekerjaan dimulai Senin. Anggarannya sekitar Rp 2 miliar," kata Rudi.'
    )
    assert label_id(text).quotes() == []


def test_a_quote_that_lost_its_opening_mark_in_its_first_paragraph(label_id):
    text = (
        "Rudi mengatakan pihaknya masih menunggu keputusan provinsi soal anggaran.\n\n"
        "Kan belum disahkan. Rancangannya baru dibahas minggu depan.\n\n"
        'Jadi kita tunggu saja, mudah-mudahan lancar," ungkapnya.\n\n'
        "Rapat pembahasan digelar di gedung DPRD."
    )
    result = label_id(text)
    first = "Kan belum disahkan. Rancangannya baru dibahas minggu depan."
    assert result.quotes() == [first, "Jadi kita tunggu saja, mudah-mudahan lancar,"]
    assert result.cue_of(first) == "ungkapnya"


def test_a_reporter_paragraph_before_a_lost_opening_mark_stays_out(label_id):
    text = (
        "Rudi mengatakan pihaknya masih menunggu keputusan provinsi soal anggaran.\n\n"
        "Rancangan anggaran itu baru dibahas minggu depan.\n\n"
        'Jadi kita tunggu saja, mudah-mudahan lancar," ungkapnya.'
    )
    assert label_id(text).quotes() == ["Jadi kita tunggu saja, mudah-mudahan lancar,"]


def test_an_unmarked_paragraph_without_an_introduction_stays_out(label_id):
    text = (
        "Rapat pembahasan anggaran digelar di gedung DPRD Sukamaju.\n\n"
        "Kan belum disahkan, kita harus sabar.\n\n"
        'Jadi kita tunggu saja, mudah-mudahan lancar," ungkapnya.'
    )
    assert label_id(text).quotes() == ["Jadi kita tunggu saja, mudah-mudahan lancar,"]


def test_an_english_quote_that_lost_its_opening_mark_in_its_first_paragraph(label_en):
    text = (
        "Mayor Ana Cruz said the council was still waiting for the province to approve the budget.\n\n"
        "We cannot start before the money arrives. The contractors know that.\n\n"
        'It should be a matter of weeks," she said.\n\n'
        "The council meets again on Friday."
    )
    result = label_en(text)
    first = "We cannot start before the money arrives. The contractors know that."
    assert result.quotes() == [first, "It should be a matter of weeks,"]
    assert result.speaker_of(first) == "she"


def test_a_word_in_capitals_is_no_speakers_voice(label_id):
    text = (
        "Spanduk bertuliskan KAMI MENOLAK terpasang di depan kantor desa. "
        'Warga menuntut ganti rugi sejak Januari," kata Budi.'
    )
    assert label_id(text).quotes() == []


def test_a_possessive_in_a_reporters_sentence_is_no_speakers_voice(label_en):
    text = (
        "The quake damaged the wall of the post near the summit.\n\n"
        'The quake moved two of our instruments. However, the equipment still works," he noted.'
    )
    assert label_en(text).quotes() == []


def test_an_opening_mark_typed_as_a_closing_one_after_a_sentence_and_a_space(label_id):
    text = (
        "Warga yang melihat kejadian itu merasa kasihan. “ Melihat kejadian tadi saya tidak tega, "
        "mukanya sudah lebam. “ Tutur Pak Leman.\n\n"
        "“Kami datang. “Besok kami kembali,” kata Budi."
    )
    result = label_id(text)
    quote = "Melihat kejadian tadi saya tidak tega, mukanya sudah lebam."
    assert result.quotes()[0] == quote
    assert result.speaker_of(quote) == "Leman"


def test_a_straight_single_mark_closed_by_a_curly_double_one(label_id):
    text = "'Kami sudah siap sejak kemarin,” kata Budi.\n\nIa menyebut jadwal itu 'tidak masuk akal'."
    result = label_id(text)
    assert result.quotes() == ["Kami sudah siap sejak kemarin,"]
    assert result.speaker_of("Kami sudah siap sejak kemarin,") == "Budi"


def test_a_straight_single_mark_before_an_apostrophe_word_still_pairs(label_en):
    text = "'We don't know yet,” Cruz said. Residents called the plan 'a temporary fix'."
    result = label_en(text)
    assert result.quotes() == ["We don't know yet,"]


def test_a_lost_opening_mark_after_the_subject_and_speech_verb(label_id):
    text = (
        "Kepala Desa Sukamaju Rudi Hartono mengaku kecewa dengan keputusan itu.\n\n"
        'Ia menegaskan, kami tidak mau diatur-atur oleh perusahaan," ujarnya.\n\n'
        'Ia menegaskan, pihaknya tidak mau diatur-atur oleh perusahaan," ujarnya.'
    )
    result = label_id(text)
    quote = "kami tidak mau diatur-atur oleh perusahaan,"
    assert result.quotes() == [quote]
    assert result.cue_of(quote) == "ujarnya"


def test_an_english_lost_opening_mark_after_the_subject_and_speech_verb(label_en):
    text = 'Mayor Ana Cruz was angry.\n\nShe stressed, we will not be pushed around by the company," Cruz said.'
    result = label_en(text)
    quote = "we will not be pushed around by the company,"
    assert result.quotes() == [quote]
    assert result.speaker_of(quote) == "Cruz"


def test_a_lost_opening_mark_after_a_lead_in_behind_an_earlier_quote_or_a_colon(label_id):
    text = (
        '"Kami kecewa," kata Rudi. Ia menegaskan, kami tidak mau diatur-atur," ujarnya.\n\n'
        'Budi menambahkan: Kami akan terus melawan," katanya.'
    )
    result = label_id(text)
    assert result.quotes() == ["Kami kecewa,", "kami tidak mau diatur-atur,", "Kami akan terus melawan,"]
    assert result.cue_of("kami tidak mau diatur-atur,") == "ujarnya"


def test_a_short_quote_that_opens_its_paragraph_without_punctuation_before_its_cue(label_id):
    text = (
        'Ditanya soal pemain cedera, pelatih Budi Santoso hanya menggeleng.\n\n'
        '"Tidak ada" ujar Budi singkat.\n\n'
        'Ia menyebut timnya "siap tempur" menjelang laga.'
    )
    result = label_id(text)
    assert result.quotes() == ["Tidak ada"]
    assert result.speaker_of("Tidak ada") == "Budi"


def test_a_lost_opening_mark_with_the_closing_one_after_a_space(label_id):
    text = 'Rudi kecewa dengan keputusan itu.\n\nKami sudah siap sejak pagi, ” kata Budi.'
    result = label_id(text)
    assert result.quotes() == ["Kami sudah siap sejak pagi,"]
    assert result.speaker_of("Kami sudah siap sejak pagi,") == "Budi"


def test_a_lost_opening_mark_and_no_punctuation_before_the_closing_one(label_id):
    text = (
        "Rudi kecewa dengan keputusan itu.\n\n"
        'Warga juga kecewa. Kami tidak mau diatur-atur oleh perusahaan" ujar Budi.\n\n'
        'Pembangunan jalan itu sepanjang dua kilometer" kata Rudi.'
    )
    result = label_id(text)
    assert result.quotes() == ["Kami tidak mau diatur-atur oleh perusahaan"]
    assert result.speaker_of("Kami tidak mau diatur-atur oleh perusahaan") == "Budi"
