"""A connective of consequence before a cue opening the sentence (`Olehnya, lanjut bupati, ...`,
`Karenanya, kata dia, ...`) links the sentence to the one before and stays out of the report, as
`Namun` and `Oleh karena itu` do (speech_words.toml `speaker_connectives`; one-word connectives
in nlp/indirect/indirect_forms.py ``_after_connective``); invented sentences."""

from __future__ import annotations

import pytest

LEAD = "Bupati Sukamaju Budi Santoso meninjau posko banjir di Desa Sukamaju.\n"
REPORT = "semua warga harus berpikir bersama soal masa depan desa"


@pytest.mark.parametrize(
    "opening",
    [
        "Olehnya, lanjut bupati,",
        "Karenanya, kata Budi,",
        "Makanya, kata dia,",
        "Akibatnya, tambahnya,",
        "Alhasil, ujar Budi,",
        "Olehnya itu, menurutnya,",
        "Oleh karenanya, kata dia,",
        "Maka dari itu, lanjut Budi,",
    ],
)
def test_the_connective_stays_out_of_the_report(label_id, opening):
    result = label_id(f"{LEAD}{opening} {REPORT}.")
    assert result.texts("QUOTE", type="indirect") == [REPORT]
