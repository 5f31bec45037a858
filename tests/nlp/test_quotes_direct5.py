"""Direct quotes, quotes_direct5 round (issue 11): the words a banner, a placard or a mural carries
are no quote, also when a cue earlier in the sentence reports it (`Ia menambahkan, warga membawa
spanduk bertuliskan “...”`); a cue or a shout after the sign word keeps the quotation speech.
Invented examples only."""

from __future__ import annotations


def test_banner_words_after_an_earlier_cue_are_no_quote(label_id):
    text = (
        "Ia menambahkan, para pedagang juga membentangkan spanduk bertuliskan “Pasar Rakyat Bukan Milik "
        "Pengembang, Pak Wali Kota!” di depan balai kota.\n"
    )
    assert label_id(text).quotes() == []


def test_a_list_of_poster_sentences_is_no_quote(label_id):
    text = (
        "Mereka membawa poster berisi kalimat protes, di antaranya “Harga beras naik terus, gaji kami tetap "
        "saja sejak lama” dan “Kami cuma minta keadilan buat petani kecil”.\n"
    )
    assert label_id(text).quotes() == []


def test_placards_reading_after_added_that_are_no_quote(label_en):
    text = (
        'She added that the nurses carried placards reading "Twelve hours a shift, no water and no pay rise '
        'for three years".\n'
    )
    assert label_en(text).quotes() == []


def test_a_banner_reading_in_an_aside_is_no_quote(label_en):
    text = (
        'The nurses carried banners, one of them reading "Twelve hours a shift and no pay rise for three long '
        'years", outside the hospital.\n'
    )
    assert label_en(text).quotes() == []


def test_a_shout_after_the_banner_stays_a_quote(label_id):
    text = "Massa yang membawa spanduk meneriakkan “Turunkan harga beras sekarang juga, Pak Bupati!” di depan gerbang.\n"
    assert label_id(text).quotes() == ["Turunkan harga beras sekarang juga, Pak Bupati!"]


def test_a_cue_after_the_placard_keeps_the_quote(label_en):
    text = 'Holding a placard above his head, "We will not leave until the mayor comes out," shouted Tom Baker.\n'
    result = label_en(text)
    assert result.cue_of("We will not leave until the mayor comes out,") == "shouted"
    assert result.speaker_of("We will not leave until the mayor comes out,") == "Tom Baker"


def test_a_banner_in_the_sentence_before_leaves_the_quote(label_id):
    text = (
        "Warga membentangkan spanduk di depan gerbang. “Kami sudah menunggu jawaban bupati sejak pagi tadi,” "
        "kata Rudi Hartono.\n"
    )
    result = label_id(text)
    assert result.speaker_of("Kami sudah menunggu jawaban bupati sejak pagi tadi,") == "Rudi Hartono"


def test_a_speaker_who_carried_a_banner_keeps_the_quote(label_en):
    text = 'Tom Baker, who carried a banner, said: "We have waited for an answer since this morning."\n'
    assert label_en(text).cue_of("We have waited for an answer since this morning.") == "said"
