"""English reports with `pointed that` (issue 11, en_indirect19 round): `pointed out that` without
`out`; `pointed` before an object or `to` is no speech. Invented examples only."""

from __future__ import annotations


def test_pointed_that_reports_like_pointed_out_that(label_en):
    result = label_en("The trade minister pointed that his ministry is worried by the long delays at the port.")
    clause = "his ministry is worried by the long delays at the port"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "The trade minister"
    assert result.cue_of(clause) == "pointed"


def test_pointed_without_that_is_no_report(label_en):
    assert label_en("The ranger pointed to the hill where the fire had started.").texts("QUOTE", type="indirect") == []
    assert label_en("The boy pointed a torch at the river bank.").texts("QUOTE", type="indirect") == []
