"""An indirect report starts after its complementiser also when it is spelt `bahwasannya` or followed
by a colon (`bahwa: ...`) (nlp/indirect/clauses.py, common/speech_words.toml; id_edges1). Texts are
invented."""

from __future__ import annotations

import pytest

CLAUSE = "stok benih padi di gudang cukup sampai musim tanam"


@pytest.mark.parametrize(
    "opening",
    [
        "Kepala Dinas Pertanian Lubuk Raya Marlina Sari menegaskan, bahwasannya",
        "Kepala Dinas Pertanian Lubuk Raya Marlina Sari mengatakan bahwa:",
        "Kepala Dinas Pertanian Lubuk Raya Marlina Sari mengatakan bahwa :",
    ],
)
def test_the_report_starts_past_the_complementiser(label_id, opening: str) -> None:
    result = label_id(f"{opening} {CLAUSE}.")
    assert result.texts("QUOTE", type="indirect") == [CLAUSE]
    assert result.speaker_of(CLAUSE) == "Marlina Sari"


@pytest.mark.parametrize(
    "opening",
    [
        "Kepala Dinas Pertanian Lubuk Raya Marlina Sari mengatakan bahwa,",
        "Kepala Dinas Pertanian Lubuk Raya Marlina Sari mengatakan bahwasanya",
    ],
)
def test_guards_the_forms_handled_before(label_id, opening: str) -> None:
    result = label_id(f"{opening} {CLAUSE}.")
    assert result.texts("QUOTE", type="indirect") == [CLAUSE]
