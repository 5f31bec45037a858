"""Non-governmental and mass organisations by their kind (`LSM X`, `Ormas X`), the branches of NU,
Muhammadiyah and GP Ansor with their seat (org_heads.txt), and group names ending in `Rakyat`,
`Masyarakat` or `Lingkungan` (``body_final_words``); invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "group",
    ["LSM Penjaga Hutan Sukamaju", "LSM Gerakan Rakyat Anti Korupsi", "LSM Kaliber Sukamaju", "Ormas Laskar Sukamaju"],
)
def test_a_group_kind_and_its_name_are_one_org(label_id, group):
    result = label_id(f"Ketua {group}, Budi Santoso, melaporkan dugaan korupsi ke kejaksaan.")
    assert result.texts("ORG") == [group]
    assert result.texts("PERSON") == ["Budi Santoso"]


@pytest.mark.parametrize("sentence", ["Ormas Islam menolak rencana itu.", "LSM Asing dilarang masuk ke desa itu."])
def test_a_group_kind_alone_is_no_name(label_id, sentence):
    result = label_id(sentence)
    assert result.texts("ORG") == []
    assert result.texts("PERSON") == []


@pytest.mark.parametrize(
    "branch",
    [
        "PCM Karangsari",
        "PDM Sukamaju",
        "PWM Jawa Tengah",
        "PCNU Sukamaju",
        "MWCNU Karangsari",
        "PW Muhammadiyah Jawa Tengah",
        "PC GP Ansor Kabupaten Sukamaju",
        "Pimpinan Daerah Muhammadiyah Kota Sukamaju",
        "Pengurus Cabang Nahdlatul Ulama Kabupaten Sukamaju",
    ],
)
def test_a_branch_of_a_mass_organisation_takes_its_seat(label_id, branch):
    result = label_id(f"Ketua {branch}, Ahmad Fauzi, menyampaikan sambutan dalam acara itu.")
    assert result.texts("ORG") == [branch]
    assert result.texts("PERSON") == ["Ahmad Fauzi"]


@pytest.mark.parametrize(
    "group",
    [
        "Aliansi Mahasiswa Peduli Rakyat",
        "Serikat Perjuangan Rakyat",
        "Forum Warga Peduli Lingkungan",
        "Koalisi Peduli Masyarakat",
    ],
)
def test_a_group_name_may_end_in_a_common_word(label_id, group):
    result = label_id(f"Unjuk rasa itu digelar oleh {group} di depan kantor bupati.")
    assert result.texts("ORG") == [group]


@pytest.mark.parametrize(
    ("sentence", "body", "person"),
    [
        ("Rais Syuriyah PWNU Jawa Tengah KH Ahmad Fauzi membuka pelatihan itu.", "PWNU Jawa Tengah", "Ahmad Fauzi"),
        ("Katib Syuriyah PCNU Sukamaju, Budi Santoso, mengatakan kegiatan itu penting.", "PCNU Sukamaju", "Budi Santoso"),
        ("Rais Aam PBNU KH Ahmad Fauzi membuka acara tersebut.", "PBNU", "Ahmad Fauzi"),
    ],
)
def test_an_nu_office_is_a_role_not_a_name(label_id, sentence, body, person):
    result = label_id(sentence)
    assert result.texts("ORG") == [body]
    assert result.texts("PERSON") == [person]
