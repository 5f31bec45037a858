"""The whole family of a Polres's `Sat` and a Polda's `Dit` units, fused and spaced, takes its seat
(org_heads.txt), and their heads' titles are roles (roles.txt); invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "unit",
    [
        "Sat Polairud Polres Sukamaju",
        "Sat Sabhara Polres Sukamaju",
        "Satpamobvit Polres Sukamaju",
        "Dit Reskrimsus Polda Jatim",
        "Ditbinmas Polda Riau",
    ],
)
def test_a_police_unit_takes_its_seat(label_id, unit):
    result = label_id(f"Anggota {unit} berjaga di sekitar dermaga sejak pagi.")
    assert result.texts("ORG") == [unit]


@pytest.mark.parametrize("role", ["Kasat Polairud", "Dir Reskrimsus"])
def test_the_units_head_is_a_role_before_the_seat(label_id, role):
    result = label_id(f"{role} Polres Sukamaju AKP Budi Santoso meninjau lokasi kejadian.")
    assert result.texts("ORG") == ["Polres Sukamaju"]
    assert result.texts("PERSON") == ["Budi Santoso"]
