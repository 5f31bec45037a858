"""Direct quotes, quotes_direct7 round (issue 11): a quote that lost its opening mark and is closed
by a straight mark right after punctuation, with its cue right after that mark (`... Rina
Hartono,"Ucapnya`, `... tahun ini, "ujar Budi.`), is a quote; pairing no longer reads that mark as
the opening of a quotation. Guards: a straight mark after a comma that opens a real quotation
(`mengatakan,"Kami ...`) still opens it. Invented examples only."""

from __future__ import annotations

_LEAD = "Rapat itu digelar di aula kantor bupati, Senin (3/2).\n"
_BODY = (
    "Rapat ini dihadiri oleh kepala dinas dan para camat. Budi Santoso menjelaskan bahwa jalan desa "
    "akan diperbaiki tahun ini. Rapat yang dipimpin langsung oleh Sekda Rina Hartono"
)
_TAIL = "\nPembangunan jalan itu sudah lama ditunggu warga.\n"
_QUOTE = "Rapat yang dipimpin langsung oleh Sekda Rina Hartono,"


def test_a_straight_mark_glued_to_a_capitalised_cue_closes_a_quote(label_id):
    result = label_id(_LEAD + _BODY + ',"Ucapnya' + _TAIL)
    assert _QUOTE in result.quotes()
    assert result.cue_of(_QUOTE) == "Ucapnya"


def test_a_straight_mark_after_a_comma_and_space_closes_a_quote(label_id):
    result = label_id(_LEAD + _BODY + ', "ucapnya.' + _TAIL)
    assert _QUOTE in result.quotes()
    assert result.speaker_of(_QUOTE) == "ucapnya"


def test_a_straight_mark_before_said_and_a_name_still_closes_a_quote(label_en):
    text = (
        "The council met on Monday to discuss the old bridge over the river.\n\n"
        "Residents asked when it would open again. We will reopen the old bridge before the rains come,"
        '" said Mayor Ann Lee.\n\nWork starts next week.\n'
    )
    result = label_en(text)
    quote = "We will reopen the old bridge before the rains come,"
    assert quote in result.quotes()
    assert result.speaker_of(quote) == "Ann Lee"


def test_a_straight_mark_after_a_comma_that_opens_a_quote_still_opens_it(label_id):
    text = (
        "Warga berkumpul di balai desa, Senin (3/2).\n"
        'Kepala desa Budi Santoso mengatakan,"Kami akan memperbaiki jalan itu bulan depan."\n'
        "Pembangunan jalan itu sudah lama ditunggu warga.\n"
    )
    result = label_id(text)
    assert "Kami akan memperbaiki jalan itu bulan depan." in result.quotes()


def test_an_unclosed_quote_whose_first_word_is_a_verb_still_opens(label_id):
    text = (
        "Warga berkumpul di balai desa, Senin (3/2).\n"
        'Kepala desa Budi Santoso mengatakan,"Kami menegaskan jalan itu diperbaiki bulan depan.\n'
        "Pembangunan jalan itu sudah lama ditunggu warga.\n"
    )
    result = label_id(text)
    assert "Kami menegaskan jalan itu diperbaiki bulan depan." in result.quotes()


def test_a_straight_mark_after_a_comma_with_no_cue_after_it_is_no_quote(label_id):
    text = (
        "Warga berkumpul di balai desa, Senin (3/2).\n"
        'Jalan desa rusak sejak banjir tahun lalu, "sebagian warga memilih jalan memutar.\n'
        "Pembangunan jalan itu sudah lama ditunggu warga.\n"
    )
    result = label_id(text)
    assert "Jalan desa rusak sejak banjir tahun lalu," not in result.quotes()


# A quote paragraph of several sentences that lost its opening mark, in no sentence in the speaker's
# own voice, right after the reporter's paragraph that introduces the speaker with a speech verb.
_INTRO = (
    "Persita Muda menang 1-0 atas tamunya di Stadion Benteng, Minggu (9/3).\n\n"
    "Pelatih Persita Muda, Agus Salim, mengatakan meskipun timnya menguasai bola, para pemain masih "
    "harus memperbaiki penyelesaian akhir.\n\n"
)
_RUN = (
    "Tembakan ke gawang mencapai 14 kali. Namun hanya satu yang berbuah gol. Itu menunjukkan masalah "
    "di lini depan,” kata Agus.\n\n"
    "Pertandingan berikutnya digelar pekan depan.\n"
)
_RUN_QUOTE = (
    "Tembakan ke gawang mencapai 14 kali. Namun hanya satu yang berbuah gol. Itu menunjukkan masalah di lini depan,"
)


def test_a_paragraph_that_lost_its_opening_mark_after_an_introducing_paragraph_is_a_quote(label_id):
    result = label_id(_INTRO + _RUN)
    assert _RUN_QUOTE in result.quotes()
    assert result.speaker_of(_RUN_QUOTE) == "Agus"


def test_the_same_paragraph_after_a_paragraph_with_no_speech_verb_is_no_quote(label_id):
    intro = "Persita Muda menang 1-0 atas tamunya di Stadion Benteng, Minggu (9/3).\n\n"
    result = label_id(intro + _RUN)
    assert _RUN_QUOTE not in result.quotes()


def test_the_same_paragraph_after_a_quote_paragraph_is_no_quote(label_id):
    intro = (
        "Persita Muda menang 1-0 atas tamunya di Stadion Benteng, Minggu (9/3).\n\n"
        "“Kami bersyukur atas hasil ini,” kata pelatih Persita Muda, Agus Salim.\n\n"
    )
    result = label_id(intro + _RUN)
    assert _RUN_QUOTE not in result.quotes()
