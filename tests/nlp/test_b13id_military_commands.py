"""A regional military command numbered in Roman figures and named after a slash (`Kodam
VI/Mulawarman`) is one ORG, as `Kodim 1606/Mataram` is; its fused titles (`Kasdam`, `Kapendam`,
`Irdam`, `Kasrem`) name the unit, no person and no place (nlp/entities/bodies/entity_bodies.py
``slashed_seat``; ``military_titles`` of entity_words.toml); invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("command", ["Kodam VI/Mulawarman", "Kodam XIV/Hasanuddin", "Kodam IX/Udayana", "Kodam I/Bukit Barisan"])
def test_a_roman_numbered_command_is_one_org(label_id, command):
    result = label_id(f"Prajurit {command} membantu warga membersihkan saluran air di kota itu.")
    assert result.texts("ORG") == [command]
    assert result.texts("PERSON") == []


@pytest.mark.parametrize("title", ["Kasdam", "Kapendam", "Irdam", "Pangdam"])
def test_a_fused_command_title_gives_neither_person_nor_place(label_id, title):
    result = label_id(f"{title} XII/Tanjungpura Brigjen TNI Budi Santoso memimpin apel pagi di lapangan markas.")
    assert result.texts("PERSON") == ["Budi Santoso"]
    assert result.texts("GPE") == []
    assert result.texts("ORG") == []


def test_a_numbered_korem_keeps_its_two_word_epithet(label_id):
    result = label_id("Personel Korem 162/Wira Bhakti ikut berjaga di pelabuhan sejak pagi.")
    assert result.texts("ORG") == ["Korem 162/Wira Bhakti"]
