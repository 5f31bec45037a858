"""Police and army units written as a chain of sub-units before their body (the mobile brigade's
detachments, the army's battalions by arm) are one ORG, and the commander written out is a role;
invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Benda itu diamankan tim Jibom Sat Brimobda di lokasi.", "Jibom Sat Brimobda"),
        ("Personel Satbrimobda Polda Bali berjaga di pelabuhan.", "Satbrimobda Polda Bali"),
        (
            "Prajurit Batalyon Infanteri 301/Prabu Kian Santang menggelar bakti sosial.",
            "Batalyon Infanteri 301/Prabu Kian Santang",
        ),
        ("Anggota Yonkav 8/Narawata membantu warga.", "Yonkav 8/Narawata"),
    ],
)
def test_a_unit_chain_is_one_organisation(label_id, text, org):
    labelled = label_id(text)
    assert labelled.texts("ORG") == [org]
    assert labelled.texts("PERSON") == []


def test_a_detachment_after_its_commander_is_the_organisation(label_id):
    text = "Penjinakan dipimpin Komandan Detasemen Gegana Sat Brimobda Polda Bengkulu Kompol Rudi Hartono."
    labelled = label_id(text)
    assert labelled.texts("ORG") == ["Detasemen Gegana Sat Brimobda Polda Bengkulu"]
    assert labelled.texts("PERSON") == ["Rudi Hartono"]


def test_the_brigade_spelt_out_keeps_its_unit_word(label_id):
    # Guard: `Satuan` stays in the brigade's name after the commander (no role swallows it).
    text = "Komandan Satuan Brimob Polda Bengkulu, Kombes Rudi Hartono, menjelaskan hasilnya."
    labelled = label_id(text)
    assert labelled.texts("ORG") == ["Satuan Brimob Polda Bengkulu"]
    assert labelled.texts("PERSON") == ["Rudi Hartono"]
