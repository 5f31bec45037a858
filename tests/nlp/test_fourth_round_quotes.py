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
