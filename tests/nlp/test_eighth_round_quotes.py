"""Direct quotes that fresh pages (read in the eighth round, never stored here) and the real dev set
showed missed or mis-attributed; every text below is invented to show one class."""

from __future__ import annotations


def test_a_quote_right_after_a_bare_read_also_line_is_found(label_id):
    text = (
        "Banjir kembali merendam permukiman warga di Kabupaten Sukamaju.\n"
        "Baca Juga\n"
        '"Sedikitnya 900 kepala keluarga terdampak banjir di tiga kecamatan," ujar Robi Santoso, Selasa (12/9/2022).\n'
        "Warga mengungsi ke balai desa."
    )
    result = label_id(text)
    assert "Baca Juga" in result.texts("FURNITURE")
    quote = "Sedikitnya 900 kepala keluarga terdampak banjir di tiga kecamatan,"
    assert result.quotes() == [quote]
    assert result.cue_of(quote) == "ujar"
    assert result.speaker_of(quote) == "Robi Santoso"


def test_a_read_also_line_with_its_link_stays_furniture(label_id):
    text = (
        "Banjir kembali merendam permukiman warga.\n"
        "Baca juga: Jembatan Putus Diterjang Arus Sungai\n"
        '"Kami sudah mengirim perahu karet," ujar Robi Santoso.'
    )
    result = label_id(text)
    assert "Baca juga: Jembatan Putus Diterjang Arus Sungai" in result.texts("FURNITURE")
    assert result.quotes() == ["Kami sudah mengirim perahu karet,"]


def test_more_indonesian_cues_after_a_closing_mark(label_id):
    text = (
        "Bupati Sukamaju Rina Hartono meninjau pasar pada Senin (3/3/2025).\n\n"
        "“Kerjakan tugas ini sekarang!” perintah Rina kepada camat. “Besok kita bahas dalam rapat.”\n\n"
        "“Kami pasti bisa,” yakinnya.\n\n"
        "“Itu tidak benar,” elak Budi Santoso."
    )
    result = label_id(text)
    assert result.cue_of("Kerjakan tugas ini sekarang!") == "perintah"
    assert result.cue_of("Besok kita bahas dalam rapat.") == "perintah"
    assert result.speaker_of("Kerjakan tugas ini sekarang!") == "Rina"
    assert result.cue_of("Kami pasti bisa,") == "yakinnya"
    assert result.cue_of("Itu tidak benar,") == "elak"
    assert result.speaker_of("Itu tidak benar,") == "Budi Santoso"


def test_more_english_cues_after_a_closing_mark(label_en):
    text = (
        "Mayor Jane Holloway opened the new market on Monday.\n\n"
        '"We have no choice," Holloway lamented.\n\n'
        '"This is our home," she vowed.\n\n'
        '"Hurry up!" Holloway yelled.'
    )
    result = label_en(text)
    assert result.cue_of("This is our home,") == "vowed"  # not the previous paragraph's cue
    assert result.quotes() == ["We have no choice,", "This is our home,", "Hurry up!"]
    assert result.cue_of("Hurry up!") == "yelled"
    assert result.speaker_of("Hurry up!") == "Holloway"


def test_an_english_quote_after_rued_or_lamented_and_a_comma(label_en):
    text = (
        "Tom Baker, a shopkeeper near the river, rued, “I am 70 years old. Never before has this street flooded.”\n\n"
        "The council lamented the loss of the old bridge."
    )
    result = label_en(text)
    quote = "I am 70 years old. Never before has this street flooded."
    assert result.quotes() == [quote]
    assert result.cue_of(quote) == "rued"
    assert result.speaker_of(quote) == "Tom Baker"
    assert not result.texts("QUOTE", type="indirect")  # `lamented the loss` reports nothing
