"""Heads of Islamic and general schools and boarding schools: the role is no part of the name
(`Kepala Madrasah X`, `Kamad X`, `Pengasuh Ponpes Y, X`), and a role whose last word opens a longer
school head ends before it (`Kepala` | `Madrasah Aliyah Negeri 2 X`, `Kepala` | `Sekolah Dasar Negeri 1
X`; entity_role_known_bodies.py, ``roles.txt``, ``org_heads.txt``); invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Kepala Madrasah Budi Santoso mengatakan semua siswa lulus.", "Budi Santoso"),
        ("Kamad Budi Santoso mengatakan semua siswa lulus.", "Budi Santoso"),
        ("Wakamad Kurikulum Rina Wati menyusun jadwal ujian.", "Rina Wati"),
        ("Wakil Kepala Madrasah Rina Wati menyusun jadwal ujian.", "Rina Wati"),
        ("Mudir Ahmad Mukti membuka kegiatan santri.", "Ahmad Mukti"),
    ],
)
def test_a_school_role_is_no_part_of_the_name(label_id, text, person):
    result = label_id(text)
    assert result.texts("PERSON") == [person]
    assert result.texts("ORG") == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Kepala Madrasah Aliyah Negeri 2 Sukamaju, Budi Santoso, hadir.", "Madrasah Aliyah Negeri 2 Sukamaju"),
        ("Kepala Madrasah Tsanawiyah Negeri 1 Sukamaju, Budi Santoso, hadir.", "Madrasah Tsanawiyah Negeri 1 Sukamaju"),
        ("Kepala Sekolah Dasar Negeri 3 Sukamaju, Budi Santoso, hadir.", "Sekolah Dasar Negeri 3 Sukamaju"),
        ("Kepala MIN 1 Sukamaju, Budi Santoso, hadir.", "MIN 1 Sukamaju"),
    ],
)
def test_the_role_leaves_the_school_its_first_word(label_id, text, body):
    result = label_id(text)
    assert result.texts("ORG") == [body]
    assert result.texts("PERSON") == ["Budi Santoso"]


def test_a_boarding_school_caretaker_before_the_school(label_id):
    result = label_id("Pengasuh Ponpes Darul Hikmah, KH Ahmad Mukti, meminta santri tetap belajar.")
    assert result.texts("ORG") == ["Ponpes Darul Hikmah"]
    assert result.texts("PERSON") == ["Ahmad Mukti"]
    assert result.texts("GPE") == []


def test_a_bare_school_level_stays_untagged(label_id):
    result = label_id("Jumlah siswa Madrasah Aliyah dan Sekolah Dasar di Sukamaju naik tahun ini.")
    assert result.texts("ORG") == []
