"""National parks, reserves and plateaus are LOC by the word of their kind, and a park's office is an ORG
(loc_heads.txt, org_heads.txt; id_know5); invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("Wisatawan mengunjungi Taman Nasional Bali Barat pekan lalu.", "Taman Nasional Bali Barat"),
        ("Seekor harimau dilepas di Suaka Margasatwa Rimbang Baling kemarin.", "Suaka Margasatwa Rimbang Baling"),
        ("Pendaki tersesat di Cagar Alam Kamojang sejak Sabtu.", "Cagar Alam Kamojang"),
        ("Kabut tebal menyelimuti Dataran Tinggi Dieng pagi ini.", "Dataran Tinggi Dieng"),
        ("Petani membawa kentang dari Dieng, Jawa Tengah.", "Dieng"),
    ],
)
def test_a_protected_area_or_plateau_is_a_loc(label_id, text, area):
    result = label_id(text)
    assert area in result.texts("LOC")
    assert area not in result.texts("PERSON") + result.texts("GPE")


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Kepala Balai Taman Nasional Komodo, Budi Santoso, mengatakan hal itu.", "Balai Taman Nasional Komodo"),
        ("Petugas Balai Taman Nasional Way Kambas menemukan jejak gajah.", "Balai Taman Nasional Way Kambas"),
        ("Kepala Balai Besar Taman Nasional Gunung Leuser mengatakan hal itu.", "Balai Besar Taman Nasional Gunung Leuser"),
    ],
)
def test_a_parks_office_is_one_org(label_id, text, office):
    result = label_id(text)
    assert result.texts("ORG") == [office]
    assert "Balai" not in result.texts("PERSON")
