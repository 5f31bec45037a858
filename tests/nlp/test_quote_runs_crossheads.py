"""A crosshead between the paragraphs of one speaker's quote run names no new speaker (quotes_runs1:
fresh pages, never stored here, lost the cue and speaker of the quote paragraphs after a one-line
subheading). Every text below is invented."""

from __future__ import annotations


def test_a_crosshead_between_quote_paragraphs_keeps_the_speaker_en(label_en):
    text = (
        "The council approved the new bus lanes on Tuesday.\n\n"
        '"We listened to residents for a year," said councillor Mara Quinn.\n\n'
        "What comes next\n\n"
        '"The lanes will open in March."\n\n'
        "Work on the first stretch starts next week."
    )
    result = label_en(text)
    assert result.cue_of("The lanes will open in March.") == "said"
    assert result.speaker_of("The lanes will open in March.") == "Mara Quinn"


def test_a_crosshead_between_quote_paragraphs_keeps_the_speaker_id(label_id):
    text = (
        "Dinas Perhubungan Kota Sukamaju menyiapkan posko mudik.\n\n"
        "“Kami sudah menyiapkan tiga posko di sepanjang jalur mudik,” kata Kepala Dinas Arif Wibowo, "
        "Senin (3/3/2025).\n\n"
        "Petugas Siaga 24 Jam\n\n"
        "“Petugas akan berjaga bergantian setiap hari.”\n\n"
        "Arus mudik diperkirakan memuncak pekan depan."
    )
    result = label_id(text)
    assert result.cue_of("Petugas akan berjaga bergantian setiap hari.") == "kata"
    assert result.speaker_of("Petugas akan berjaga bergantian setiap hari.") == "Kepala Dinas Arif Wibowo"


def test_a_reporter_sentence_between_is_no_crosshead(label_en):
    text = (
        "The council approved the new bus lanes on Tuesday.\n\n"
        '"We listened to residents for a year," said councillor Mara Quinn.\n\n'
        "Shop owners on the high street have opposed the plan for months.\n\n"
        '"The lanes will open in March."'
    )
    result = label_en(text)
    assert result.speaker_of("The lanes will open in March.") is None


def test_a_quoted_headline_line_between_is_no_crosshead(label_en):
    text = (
        "The council approved the new bus lanes on Tuesday.\n\n"
        '"We listened to residents for a year," said councillor Mara Quinn.\n\n'
        "Traders: Not on our street\n\n"
        '"The lanes will open in March."'
    )
    result = label_en(text)
    assert result.speaker_of("The lanes will open in March.") is None


def test_a_quote_continuing_reported_speech_carries_over_a_crosshead_en(label_en):
    text = (
        "The council approved the new bus lanes on Tuesday.\n\n"
        "Councillor Mara Quinn said residents had asked for the lanes for years.\n\n"
        '"We listened to them for a year."\n\n'
        "What comes next\n\n"
        '"The lanes will open in March."\n\n'
        "Work starts next week."
    )
    result = label_en(text)
    assert result.speaker_of("We listened to them for a year.") == "Mara Quinn"
    assert result.speaker_of("The lanes will open in March.") == "Mara Quinn"


def test_a_quote_continuing_reported_speech_carries_over_a_crosshead_id(label_id):
    text = (
        "Dinas Perhubungan Kota Sukamaju menyiapkan posko mudik.\n\n"
        "Kepala Dinas Arif Wibowo mengatakan pihaknya sudah menyiapkan tiga posko.\n\n"
        "“Semua petugas sudah siap.”\n\n"
        "Petugas Siaga\n\n"
        "“Mereka berjaga bergantian setiap hari.”\n\n"
        "Arus mudik diperkirakan memuncak pekan depan."
    )
    result = label_id(text)
    assert result.speaker_of("Mereka berjaga bergantian setiap hari.") == "Kepala Dinas Arif Wibowo"


def test_two_lines_between_are_no_crosshead(label_id):
    text = (
        "Dinas Perhubungan Kota Sukamaju menyiapkan posko mudik.\n\n"
        "Kepala Dinas Arif Wibowo mengatakan pihaknya sudah menyiapkan tiga posko.\n\n"
        "“Semua petugas sudah siap.”\n\n"
        "Petugas Siaga\n\n"
        "Pemudik Motor\n\n"
        "“Mereka berjaga bergantian setiap hari.”"
    )
    result = label_id(text)
    assert result.speaker_of("Mereka berjaga bergantian setiap hari.") is None
