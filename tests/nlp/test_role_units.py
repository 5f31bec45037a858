"""Roles before units (issue 11): a role's last word that opens a known organisation leaves it to
the organisation (`Ketua | Tim Penggerak PKK ...`), and a military command's number and name after
its fused title (`Pangdam V X`, `Danrem 084/X Y`) is neither a place nor a person, while a known
seat after the slash is a GPE. Invented texts."""

from __future__ import annotations


def test_role_leaves_a_known_body_its_first_word(label_id) -> None:
    doc = label_id("Ketua Tim Penggerak PKK Kabupaten Sukamaju, Rina Wulandari, membuka lomba itu.")
    assert "Tim Penggerak PKK Kabupaten Sukamaju" in doc.texts("ORG")
    assert "Rina Wulandari" in doc.texts("PERSON")
    assert not any("Penggerak" in text for text in doc.texts("PERSON"))


def test_military_command_numbers_and_names(label_id) -> None:
    doc = label_id(
        "Pangdam IX Wirabumi Mayjen TNI Budi Hartono meninjau lokasi bersama Danrem 095/Garuda Sakti "
        "Kolonel Inf Agus Salim dan Dandim 0817/Gresik Letkol Inf Sugeng Riyadi."
    )
    people = doc.texts("PERSON")
    assert {"Budi Hartono", "Agus Salim", "Sugeng Riyadi"} <= set(people)
    assert not any(word in text for text in people + doc.texts("GPE") for word in ("Wirabumi", "Garuda"))
    assert "Gresik" in doc.texts("GPE")
