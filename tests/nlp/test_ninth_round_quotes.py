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
