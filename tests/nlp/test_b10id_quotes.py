"""Indonesian indirect speech after a sentence-opening connective and a small passive cue (issue 11,
b10id_quotes round): `Selanjutnya, dikatakan X, [report]`. Every text is invented."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("connective", ["Selanjutnya,", "Pasalnya,", "Selain itu,", "Lebih lanjut,"])
def test_a_connective_before_a_passive_cue_is_no_part_of_the_report(label_id, connective):
    text = (
        "Rudi Hartono menuturkan petugas sudah berjaga sejak pagi. "
        f"{connective} dikatakan Rudi, petugas kemudian menutup jalan menuju pasar."
    )
    result = label_id(text)
    clause = "petugas kemudian menutup jalan menuju pasar"
    assert clause in result.texts("QUOTE", type="indirect")
    assert not any(q.startswith(connective.rstrip(",")) for q in result.texts("QUOTE", type="indirect"))
    assert result.cue_of(clause) == "dikatakan"
    assert result.speaker_of(clause) == "Rudi"
    assert result.resolved_speaker_of(clause) == "Rudi Hartono"


def test_selanjutnya_before_an_opening_cue(label_id):
    text = "Selanjutnya kata Ani Lestari, sekolah itu akan dibuka kembali pekan depan."
    result = label_id(text)
    clause = "sekolah itu akan dibuka kembali pekan depan"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Ani Lestari"


def test_a_connective_before_a_passive_with_no_speaker_reports_nothing(label_id):
    assert label_id("Selanjutnya, disampaikan bahwa jalan itu ditutup.").texts("QUOTE", type="indirect") == []
