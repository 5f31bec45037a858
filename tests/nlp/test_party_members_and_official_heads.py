"""Indonesian entity shapes of regional politics (issue 11, the `id_ents5` round): a member named
right after a party the gazetteer does not know, and `dinas` meaning "official" before a title.
Every text is invented to show one form."""

from __future__ import annotations


def test_an_unknown_party_ends_before_its_member(label_id):
    result = label_id("Hal itu disampaikan anggota DPRD dari Fraksi Partai Nusantara Raya Budi Santoso di Sukamaju.")
    assert "Fraksi Partai Nusantara Raya" in result.texts("ORG")
    assert result.texts("PERSON") == ["Budi Santoso"]


def test_a_party_board_ends_before_its_chair(label_id):
    result = label_id("Ketua DPD Partai Gerakan Rakyat Sejahtera Andi Wijaya menerima berkas itu.")
    assert result.texts("ORG") == ["DPD Partai Gerakan Rakyat Sejahtera"]
    assert result.texts("PERSON") == ["Andi Wijaya"]


def test_a_one_word_member_is_cut_when_the_page_names_him_again(label_id):
    result = label_id("Ketua Umum Partai Kebangkitan Rakyat Suharyanto hadir. Menurut Suharyanto, partai siap.")
    assert result.texts("ORG") == ["Partai Kebangkitan Rakyat"]
    assert result.texts("PERSON") == ["Suharyanto", "Suharyanto"]


def test_an_unknown_last_word_of_a_party_stays_in_it(label_id):
    result = label_id("Pengurus Partai Keadilan Pertiwi menggelar rapat di kantornya.")
    assert result.texts("ORG") == ["Partai Keadilan Pertiwi"]
    assert result.texts("PERSON") == []


def test_a_party_with_its_region_keeps_the_region(label_id):
    result = label_id("DPW Partai Nusantara Raya Jawa Barat menggelar rapat kerja.")
    assert result.texts("ORG") == ["DPW Partai Nusantara Raya Jawa Barat"]
    assert result.texts("PERSON") == []


def test_dinas_before_a_title_is_no_body(label_id):
    result = label_id("Mobil Dinas Wakil Bupati Garut terbakar di halaman kantor.")
    assert result.texts("ORG") == []
    assert result.texts("GPE") == ["Garut"]


def test_dinas_before_a_council_title_leaves_the_council(label_id):
    result = label_id("Wartawan menunggu di rumah Dinas Ketua DPRD Garut, Senin.")
    assert result.texts("ORG") == ["DPRD Garut"]


def test_an_office_named_dinas_still_is_a_body(label_id):
    result = label_id("Kepala Dinas Pendidikan Garut Budi Santoso meninjau sekolah itu.")
    assert result.texts("ORG") == ["Dinas Pendidikan Garut"]
    assert result.texts("PERSON") == ["Budi Santoso"]
