"""Direct quotes that fresh pages (read in the ninth round, never stored here) showed missed; every
text below is invented to show one class."""

from __future__ import annotations


def test_a_photo_caption_that_quotes_someone_after_a_colon_is_text(label_id):
    text = (
        "Tanggul Sungai Cikaret jebol setelah hujan deras semalaman.\n\n"
        'Foto: Petugas memeriksa tanggul yang jebol. Kata Camat Sukamaju, Rudi Hartono: "Perbaikan dimulai pekan depan."\n\n'
        "Menurut Rudi, anggaran sudah disiapkan."
    )
    result = label_id(text)
    quote = "Perbaikan dimulai pekan depan."
    assert result.quotes() == [quote]
    assert result.cue_of(quote) == "Kata"
    assert result.speaker_of(quote) == "Rudi Hartono"
    assert not any(t.startswith("Foto:") for t in result.texts("FURNITURE"))


def test_a_photo_credit_and_a_short_term_in_marks_stay_furniture(label_id):
    text = (
        '"Kami sudah mengirim perahu karet," ujar Robi Santoso.\n\n'
        "Foto: ANTARA/Budi Wijaya\n"
        'Foto: Dok. "Sukamaju Pos"\n'
        "Editor: Rina Hartono"
    )
    result = label_id(text)
    furniture = result.texts("FURNITURE")
    assert "Foto: ANTARA/Budi Wijaya" in furniture
    assert 'Foto: Dok. "Sukamaju Pos"' in furniture
    assert "Editor: Rina Hartono" in furniture
    assert result.quotes() == ["Kami sudah mengirim perahu karet,"]


def test_a_quote_runs_through_a_paragraph_with_no_marks_to_its_closing_mark(label_id):
    text = (
        "Kepala Desa Sukamaju Slamet Riyadi menceritakan kronologi kejadian.\n\n"
        '"Awalnya hujan turun sejak sore. Sekitar pukul 21.00 air mulai naik.\n\n'
        "Warga panik dan berlarian ke tempat yang lebih tinggi. Kami bunyikan kentongan.\n\n"
        'Untung tidak ada korban jiwa," kata Slamet.\n\n'
        "Bantuan logistik tiba keesokan harinya."
    )
    result = label_id(text)
    middle = "Warga panik dan berlarian ke tempat yang lebih tinggi. Kami bunyikan kentongan."
    assert result.quotes() == [
        "Awalnya hujan turun sejak sore. Sekitar pukul 21.00 air mulai naik.",
        middle,
        "Untung tidak ada korban jiwa,",
    ]
    assert result.cue_of(middle) == "kata"
    assert result.speaker_of(middle) == "Slamet"


def test_a_quote_left_open_before_reporter_paragraphs_takes_none_of_them(label_id):
    text = (
        "Kepala Desa Sukamaju Slamet Riyadi menceritakan kronologi kejadian.\n\n"
        '"Awalnya hujan turun sejak sore. Sekitar pukul 21.00 air mulai naik.\n\n'
        "Slamet mengatakan warga panik dan berlarian ke tempat yang lebih tinggi.\n\n"
        'Untung tidak ada korban jiwa," kata Slamet.'
    )
    result = label_id(text)
    assert "Slamet mengatakan warga panik dan berlarian ke tempat yang lebih tinggi." not in result.quotes()
    assert "Untung tidak ada korban jiwa," in result.quotes()


def test_an_english_quote_runs_through_an_unmarked_paragraph(label_en):
    text = (
        "Reyes said the clean-up would take weeks.\n\n"
        "\u201cThe river rose faster than anyone expected. Within an hour the street was under water.\n\n"
        "The children went first, then the elderly. Nobody was left behind.\n\n"
        "We were lucky this time,\u201d he said."
    )
    result = label_en(text)
    middle = "The children went first, then the elderly. Nobody was left behind."
    assert middle in result.quotes()
    assert result.cue_of(middle) == "said"


def test_a_relative_clause_after_the_speaker_holds_no_cue(label_en, label_id):
    en = label_en("\"We're not leaving,\" Ana Cruz, who asked not to be named in full, told reporters.")
    quote = "We're not leaving,"
    assert en.quotes() == [quote]
    assert en.cue_of(quote) == "told"
    assert en.speaker_of(quote) == "Ana Cruz"
    id_ = label_id('"Kami tidak akan pindah," Siti, yang mengaku sudah 30 tahun tinggal di sana, menegaskan.')
    assert id_.cue_of("Kami tidak akan pindah,") == "menegaskan"
    assert id_.speaker_of("Kami tidak akan pindah,") == "Siti"
