"""Indirect speech as regional papers write it: `jika` used as `bahwa` after a speech verb, and a
connective before a cue that opens the sentence, and more cues after a closing quote. Every text is
invented to show one form."""

from __future__ import annotations

import pytest


def test_jika_after_a_speech_verb_opens_the_clause_like_bahwa(label_id):
    text = (
        "Harga cabai rawit di Pasar Lembah Hijau naik lagi pekan ini.\n\n"
        "Kepala Dinas Perdagangan Sri Wahyuni mengatakan, jika pasokan cabai dari petani "
        "berkurang karena hujan deras sepanjang bulan."
    )
    result = label_id(text)
    clause = "pasokan cabai dari petani berkurang karena hujan deras sepanjang bulan"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Sri Wahyuni"


def test_a_connective_before_an_opening_cue_keeps_the_report(label_id):
    text = (
        "Harga cabai rawit di pasar induk naik dua kali lipat pekan ini.\n\n"
        "Kepala Dinas Perdagangan Sri Wahyuni belum bisa memastikan kapan harga turun.\n\n"
        "Namun kata dia, selama pasokan dari petani lancar maka stok cabai masih bisa dikatakan aman."
    )
    result = label_id(text)
    clause = "selama pasokan dari petani lancar maka stok cabai masih bisa dikatakan aman"
    assert clause in result.texts("QUOTE", type="indirect")
    assert result.cue_of(clause) == "kata"


@pytest.mark.parametrize("cue", ["singkat", "tutup", "kelakar", "imbau"])
def test_more_cues_after_a_closing_quote(label_id, cue):
    quote = "Di sana saya ambilnya sudah mahal sekali, pak,"
    text = "Harga cabai rawit naik lagi.\n\n“" + quote + "” " + cue + " Munaroh kepada petugas."
    result = label_id(text)
    assert result.quotes() == [quote]
    assert result.cue_of(quote) == cue
    assert result.speaker_of(quote) == "Munaroh"
