"""Direct quotes and speakers the rules missed or cut wrong on fresh real pages of a fourth round
(regional papers, sport, wire copies; read, never stored here). Every text below is invented to
show one class."""

from __future__ import annotations

import pytest

# --- quotes carried over, short quotes, runs of quote paragraphs ---------------------------------


def test_a_quote_carried_into_the_next_paragraph_without_a_new_opening_mark(label_en):
    text = (
        "Floods hit four villages in Lembah Hijau on Monday.\n\n"
        'He said: "About 900 families were moved to the school halls overnight.\n\n'
        'We still need boats and blankets for the rest." However, Dana Prasetyo added that the roads were open.'
    )
    result = label_en(text)
    first = "About 900 families were moved to the school halls overnight."
    second = "We still need boats and blankets for the rest."
    assert result.quotes() == [first, second]
    # The carried part keeps the attribution of its first part, not the reporter's next sentence.
    assert result.cue_of(second) == "said"
    assert result.speaker_of(second) == "He"


def test_a_paragraph_ending_with_a_comma_and_a_mark_is_not_carried_over(label_id):
    text = (
        "“Kami masih menunggu hasil pemeriksaan dari laboratorium di Jakarta\n\n"
        'Warga diminta tetap tenang, kata dia," ujar Budi Hartono.'
    )
    assert label_id(text).quotes() == ["Kami masih menunggu hasil pemeriksaan dari laboratorium di Jakarta"]


def test_a_paragraph_with_a_speech_verb_is_not_carried_over(label_en):
    text = (
        'The mayor said: "The bridge will open again in March.\n\n'
        'Officials said the repairs would cost more than planned."'
    )
    assert label_en(text).quotes() == ["The bridge will open again in March."]


@pytest.mark.parametrize("quote", ["Sudah yah,", "Tidak,", "Siap, Komandan!"])
def test_a_one_or_two_word_quote_with_its_cue_after_it_is_speech(label_id, quote):
    text = f"Menteri itu lalu berjalan ke mobilnya.\n\" {quote}\" kata Menteri Rina Kusuma."
    result = label_id(text)
    assert result.quotes() == [quote]
    assert result.speaker_of(quote) == "Rina Kusuma"


def test_a_two_word_term_inside_a_sentence_stays_no_quote(label_id):
    text = 'Warga menyebut jalan itu "jalur maut," kata Kepala Desa Budi Hartono.'
    assert label_id(text).quotes() == []


def test_a_run_of_one_sentence_quote_paragraphs_takes_the_cue_that_ends_it(label_id):
    text = (
        "Tim tamu tertinggal dua gol di babak pertama.\n"
        "“Kami kebobolan terlalu cepat di awal laga.”\n"
        "“Itu terjadi lagi.”\n"
        "“Babak kedua kami ubah pola dan akhirnya bisa mencetak satu gol,” kata pelatih Dedi Kurniawan.\n"
    )
    result = label_id(text)
    assert len(result.quotes()) == 3
    for quote in result.quotes():
        assert result.cue_of(quote) == "kata"
        assert result.speaker_of(quote) == "Dedi Kurniawan"


def test_a_quote_paragraph_before_one_introduced_by_a_verb_takes_nothing_from_it(label_id):
    text = (
        "“Kami kebobolan terlalu cepat di awal laga.”\n"
        "Dedi Kurniawan mengatakan, “Babak kedua kami ubah pola.”\n"
    )
    result = label_id(text)
    assert result.speaker_of("Kami kebobolan terlalu cepat di awal laga.") is None


def test_a_second_quote_that_lost_its_opening_mark_after_an_attribution(label_id):
    text = (
        "“Kami sudah kirim bantuan ke semua desa,” kata Kepala BPBD Garut Budi Hartono. "
        "Besok kami tambah dua truk lagi untuk desa yang terisolasi,” ujarnya.\n"
    )
    result = label_id(text)
    second = "Besok kami tambah dua truk lagi untuk desa yang terisolasi,"
    assert result.quotes() == ["Kami sudah kirim bantuan ke semua desa,", second]
    assert result.cue_of(second) == "ujarnya"


def test_a_lost_closing_mark_before_a_cue_followed_by_the_reporters_next_sentence(label_id):
    text = (
        "“Tiga awak yang meninggal yakni pilot, kopilot dan teknisi pesawat, kata Kapolres Garut Budi Hartono. "
        "Budi menjelaskan jenazah sudah dipindahkan ke rumah sakit.\n"
    )
    result = label_id(text)
    quote = "Tiga awak yang meninggal yakni pilot, kopilot dan teknisi pesawat,"
    assert result.quotes() == [quote]
    assert result.speaker_of(quote) == "Budi Hartono"


def test_a_closing_mark_alone_in_a_paragraph_makes_no_quote(label_id):
    text = "Polisi sudah menangkap dua pelaku. Keduanya masih diperiksa,” kata Kapolres Garut.\n"
    assert label_id(text).quotes() == []


@pytest.mark.parametrize(
    "text",
    [
        'Kapolsek Garut AKP Budi Hartono mengatakan, "kami sudah menangkap dua pelaku di rumahnya."',
        'Budi Hartono mengatakan "kami sudah menangkap dua pelaku di rumahnya."',
        'Kata Kapolsek Garut AKP Budi Hartono, "kami sudah menangkap dua pelaku di rumahnya."',
        'Budi Hartono mengatakan, " Kami sudah menangkap dua pelaku di rumahnya."',
        'Budi Hartono menegaskan"Kami sudah menangkap dua pelaku di rumahnya."',
    ],
    ids=["small-letter-after-comma", "small-letter-no-comma", "kata-speaker-comma", "mark-and-space", "glued-to-verb"],
)
def test_a_quote_right_after_its_cue_is_found_however_it_opens(label_id, text):
    result = label_id(text + "\n")
    assert len(result.quotes()) == 1
    quote = result.quotes()[0]
    assert quote.lower().startswith("kami sudah menangkap")
    assert result.speaker_of(quote) == "Budi Hartono"


def test_a_clitic_cue_after_a_quote_opening_with_a_small_letter(label_id):
    text = "Ia menuturkan, “pelaku sudah kami amankan berikut barang buktinya,” ujarnya.\n"
    assert label_id(text).quotes() == ["pelaku sudah kami amankan berikut barang buktinya,"]


def test_a_title_named_a_few_words_after_its_title_word_is_no_quote(label_id):
    text = (
        "Tim pemeriksa fakta menemukan artikel asli dengan judul berbeda, yaitu "
        "“BPBD Garut: 40 rumah masih terendam banjir pada Senin pagi”.\n"
    )
    assert label_id(text).quotes() == []


def test_a_partial_quote_after_words_that_are_no_speaker_stays_out(label_id):
    text = "Warga menyebut para pelaku yang \"sudah lama meresahkan kampung kami\" itu.\n"
    assert label_id(text).quotes() == []


# --- cues after a closing quote -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tail", "cue", "speaker"),
    [
        (" geram Rina Kusuma.", "geram", "Rina Kusuma"),
        (" bantahnya.", "bantahnya", "bantahnya"),
        (" ketus Rina Kusuma.", "ketus", "Rina Kusuma"),
        (" Rina Kusuma merincikan data.", "merincikan", "Rina Kusuma"),
    ],
)
def test_cues_known_only_in_the_slot_after_a_closing_quote(label_id, tail, cue, speaker):
    quote = "Itu tidak benar, tidak ada satu pun warga yang kami tahan,"
    result = label_id("Kabar itu beredar sejak Senin.\n“" + quote + "”" + tail)
    assert result.cue_of(quote) == cue
    assert result.speaker_of(quote) == speaker


@pytest.mark.parametrize(("tail", "cue"), [(" begitu ucap Rina Kusuma.", "ucap"), ("ulasnya.", "ulasnya")])
def test_more_cues_after_a_closing_quote(label_id, tail, cue):
    quote = "Cukup, sesi pertanyaan selesai sampai di sini saja,"
    result = label_id("Konferensi pers berlangsung singkat.\n“" + quote + "”" + tail)
    assert result.cue_of(quote) == cue


def test_was_quoted_as_saying_after_a_quote(label_en):
    quote = "There is an urgency to move every family into proper shelters,"
    result = label_en("“" + quote + "” aid director Justin Morgan was quoted by local media as saying.")
    assert result.cue_of(quote) == "quoted"
    assert result.speaker_of(quote) == "Justin Morgan"


def test_a_dropped_partial_quote_passes_no_attribution_to_the_next_paragraph(label_en):
    text = (
        "The minister said the attacker acted as a “lone wolf”.\n\n"
        "“It was found that he does not mix with other people.”\n"
    )
    result = label_en(text)
    assert result.cue_of("It was found that he does not mix with other people.") is None


def test_a_cue_only_after_a_closing_quote_is_no_cue_in_a_headline(label_id):
    result = label_id("Polisi Bantah Isu Penculikan Anak\n\nPolisi memastikan kabar itu bohong.")
    assert result.texts("CUE") == []
    assert "Isu Penculikan Anak" not in result.texts("PERSON")


def test_an_english_cue_only_after_a_closing_quote(label_en):
    quote = "We will need a bigger boat next time,"
    result = label_en("The crew came back on Sunday.\n“" + quote + "” the captain joked.")
    assert result.cue_of(quote) == "joked"
    assert result.speaker_of(quote) == "the captain"


def test_a_clitic_cue_as_a_sentence_after_the_closing_mark_and_a_full_stop(label_id):
    text = (
        "Pemuda desa menggelar ronda malam sejak pekan lalu.\n"
        "“Ini langkah antisipasi, karena isu pencurian sudah ramai di desa tetangga”. Tambahnya.\n"
    )
    result = label_id(text)
    quote = "Ini langkah antisipasi, karena isu pencurian sudah ramai di desa tetangga"
    assert result.cue_of(quote) == "Tambahnya"
    assert result.speaker_of(quote) == "Tambahnya"


@pytest.mark.parametrize(
    ("opening", "cue", "speaker"),
    [
        ("Begitulah ungkap Rudi Santoso, kepala kampung itu, saat ditemui di rumahnya.", "ungkap", "Rudi Santoso"),
        ("Demikian disampaikan Rudi Santoso di kantornya, Senin.", "disampaikan", "Rudi Santoso"),
    ],
)
def test_a_quote_ending_its_paragraph_takes_the_cue_opening_the_next_one(label_id, opening, cue, speaker):
    quote = "Jalan ini rusak sejak lima tahun lalu dan belum pernah diperbaiki,"
    result = label_id("Warga kampung itu masih menunggu perbaikan.\n\n“" + quote + "”\n\n" + opening + "\n")
    assert result.cue_of(quote) == cue
    assert result.speaker_of(quote) == speaker


def test_a_paragraph_after_a_quote_without_an_opening_word_gives_it_nothing(label_id):
    quote = "Jalan ini rusak sejak lima tahun lalu dan belum pernah diperbaiki,"
    result = label_id("“" + quote + "”\n\nRudi Santoso menunggu perbaikan jalan itu sejak lama.\n")
    assert result.cue_of(quote) is None


# --- speakers --------------------------------------------------------------------------------------


def test_a_name_right_after_the_cue_keeps_its_role_after_the_comma_out(label_id):
    quote = "Kami ultimatum pelatih agar tim tidak kalah lagi di kandang lawan,"
    result = label_id("“" + quote + "” ungkap Hardiman, Asisten Manajer Tim Persikota.")
    assert result.speaker_of(quote) == "Hardiman"


def test_a_rank_chain_before_a_comma_still_leads_to_the_name_after_it(label_id):
    quote = "Kami sudah kirim bantuan ke semua desa,"
    result = label_id("“" + quote + "” kata Kepala Pelaksana BPBD Kabupaten Garut, Satria Budi.")
    assert result.speaker_of(quote) == "Satria Budi"


def test_a_name_after_menurut_and_its_comma_keeps_the_speaker_before_the_next_name(label_id):
    text = "Menurut Rudi Santoso, Agus Salim berhasil menempatkan bola ke sudut gawang yang tak terjangkau.\n"
    result = label_id(text)
    clause = "Agus Salim berhasil menempatkan bola ke sudut gawang yang tak terjangkau"
    assert result.speaker_of(clause) == "Rudi Santoso"


def test_a_title_joined_by_and_runs_on_to_the_name(label_en):
    quote = "The export ban will stay until prices fall,"
    result = label_en("“" + quote + "” said trade and industry minister Dewi Lestari.")
    assert result.speaker_of(quote) == "Dewi Lestari"


def test_a_pronoun_with_the_particle_pun_is_a_pronoun_speaker(label_id):
    text = (
        "“Kasus DBD tahun ini turun tajam,” kata Kepala Dinas Kesehatan Garut Budi Hartono.\n"
        "Iapun menambahkan, “Wilayah dengan kasus tertinggi ada di Kecamatan Sungai Raya.”\n"
    )
    result = label_id(text)
    quote = "Wilayah dengan kasus tertinggi ada di Kecamatan Sungai Raya."
    assert result.speaker_of(quote) == "Iapun"
    assert result.resolved_speaker_of(quote) == "Budi Hartono"


def test_adverbs_between_a_role_subject_and_its_verb_stay_out_of_the_speaker(label_id):
    text = "Kapolres beberapa kali mengakui bahwa grup percakapan itu miliknya.\n"
    result = label_id(text)
    assert "Kapolres" in result.texts("SPEAKER")
    assert "Kapolres beberapa kali" not in result.texts("SPEAKER")


def test_a_quote_after_indirect_speech_continues_it_across_a_read_also_headline(label_id):
    text = (
        "Kepala Dinas Pendidikan Garut Budi Hartono menjelaskan bahwa sekolah itu akan dibangun ulang tahun depan.\n"
        "Baca Juga:\n"
        "Banjir Rendam Tiga Desa di Sungai Raya\n"
        "“Anggarannya sudah kami siapkan dan tinggal menunggu persetujuan dewan.”\n"
    )
    result = label_id(text)
    quote = "Anggarannya sudah kami siapkan dan tinggal menunggu persetujuan dewan."
    assert result.speaker_of(quote) == "Budi Hartono"
    assert result.cue_of(quote) is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("However, the Minister refused to say whether more arrests would follow.", "the Minister"),
        ("Dewi Lestari declined to give the names of the suspects.", "Dewi Lestari"),
        ("She did not give the names of the suspects.", "She"),
    ],
)
def test_the_subject_of_the_sentence_before_an_unattributed_quote_is_its_speaker(label_en, sentence, speaker):
    text = (
        "Trade minister Dewi Lestari said on Monday that two more suspects had been caught.\n\n"
        f"{sentence} “No, we do not know yet who paid them.”\n"
    )
    result = label_en(text)
    quote = "No, we do not know yet who paid them."
    assert result.speaker_of(quote) == speaker
    assert result.cue_of(quote) is None
    assert result.resolved_speaker_of(quote) == "Dewi Lestari"


def test_a_sentence_about_something_else_gives_an_unattributed_quote_no_speaker(label_en):
    text = "The bridge was closed on Monday. “No one may cross it until the inspection is over.”\n"
    assert label_en(text).speaker_of("No one may cross it until the inspection is over.") is None
