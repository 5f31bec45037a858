"""The clitic family of Indonesian cue roots (b17id): a reporting verb's bare root with -nya after a
closing quote is cue and speaker (`“...,” rincinya`), as `ujarnya` is. Every text is invented."""

from __future__ import annotations

import pytest

QUOTE = "Pos penjagaan kami buka sampai malam,"


@pytest.mark.parametrize("cue", ["rincinya", "tampiknya", "sangkalnya", "ulangnya", "nasihatnya", "tolaknya"])
def test_a_root_with_its_clitic_after_a_quote_is_cue_and_speaker(label_id, cue):
    text = f"Kapolsek AKP Dedi Santoso meninjau lokasi. “{QUOTE}” {cue}."
    result = label_id(text)
    assert result.cue_of(QUOTE) == cue
    assert result.resolved_speaker_of(QUOTE) == "Dedi Santoso"


def test_a_root_outside_the_slot_after_a_quote_is_no_cue(label_id):
    text = "Warga menolak rencana itu. Rincinya akan dibahas dalam rapat berikutnya."
    result = label_id(text)
    assert result.texts("CUE") == [] or "Rincinya" not in result.texts("CUE")


def test_pastinya_after_a_quote_stays_no_cue(label_id):
    text = "Kapolsek AKP Dedi Santoso meninjau lokasi. “Kami siaga.” Pastinya, warga diminta tenang."
    result = label_id(text)
    assert "Pastinya" not in result.texts("CUE")
