"""A cue set off by commas inside the opening of a sentence (`, lanjutnya,`, `, kata dia,`) governs
the whole sentence; a speech verb later in the clause is part of the report, not a second report
with the words before it as speaker (nlp/indirect/inside_cue_first.py); invented sentences."""

from __future__ import annotations

import pytest

LEAD = "Kepala Dinas Sosial Rina Lestari meninjau posko pengungsian di Desa Sukamaju.\n"


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker"),
    [
        (
            "Pemerintah, lanjutnya, akan tetap bersiaga memastikan kebutuhan warga terpenuhi serta dapur umum berjalan.",
            "lanjutnya",
            "lanjutnya",
        ),
        (
            "Petugas, kata dia, terus berjaga memastikan semua warga di bantaran sungai sudah mengungsi.",
            "kata",
            "dia",
        ),
        (
            "Dari hasil pendataan itu, ujar Rina, petugas menyebutkan ada 120 rumah yang terendam air.",
            "ujar",
            "Rina",
        ),
        (
            "Relawan, tambahnya, juga diminta menegaskan kepada warga bahwa air bersih aman diminum.",
            "tambahnya",
            "tambahnya",
        ),
    ],
)
def test_the_inside_cue_takes_the_later_speech_verb_in(label_id, sentence, cue, speaker):
    result = label_id(LEAD + sentence)
    report = sentence[:-1]
    assert result.texts("QUOTE", type="indirect") == [report]
    assert result.cue_of(report) == cue
    assert result.speaker_of(report) == speaker


def test_a_speech_verb_without_an_inside_cue_still_opens_its_own_report(label_id):
    """No cue between commas before the verb: the verb's own report, as before."""
    sentence = "Sementara itu, Kepala Desa Sukamaju Budi Santoso memastikan seluruh warga sudah menerima bantuan beras."
    result = label_id(LEAD + sentence)
    assert result.texts("QUOTE", type="indirect") == ["seluruh warga sudah menerima bantuan beras"]
