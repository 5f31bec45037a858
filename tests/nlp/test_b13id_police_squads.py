"""Police squads are ORGs with `Tim` and their unit: the listed kinds (`Tim Resmob`, `Tim Buser`,
`Tim Khusus`; org_heads.txt) and squads with a name of their own followed by their unit (`Tim
Kalong Satreskrim Polres X`), whose short form is then the same ORG
(nlp/entities/bodies/entity_squads.py); invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "squad",
    [
        "Tim Resmob Polresta Sukamaju",
        "Tim Buser Satreskrim Polres Sukamaju",
        "Tim Jatanras Polda Sulsel",
        "Tim Khusus Mabes Polri",
        "Tim Tekab Polres Sukamaju",
    ],
)
def test_a_listed_squad_kind_takes_its_unit(label_id, squad):
    result = label_id(f"Pelaku ditangkap {squad} di rumah kerabatnya pada malam hari.")
    assert result.texts("ORG") == [squad]


def test_a_named_squad_with_its_unit_and_then_its_short_form(label_id):
    text = (
        "Tidak ingin kehilangan jejak, Tim Rajawali Satreskrim Polres Sukamaju langsung berangkat ke Palembang.\n"
        "Di sana Tim Rajawali berkoordinasi dengan polisi setempat."
    )
    result = label_id(text)
    assert result.texts("ORG") == ["Tim Rajawali Satreskrim Polres Sukamaju", "Tim Rajawali"]


def test_a_team_without_a_unit_is_no_body(label_id):
    result = label_id("Tim Ahli dari kampus itu memeriksa gedung yang retak sejak pekan lalu.")
    assert result.texts("ORG") == []
