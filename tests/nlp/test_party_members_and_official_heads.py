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


def test_an_assistant_of_the_secretariat_is_a_role(label_id):
    result = label_id("Acara itu dibuka Asisten Pemerintahan dan Kesra Budi Santoso di Sukamaju.")
    assert result.texts("PERSON") == ["Budi Santoso"]


def test_a_numbered_assistant_is_no_person(label_id):
    result = label_id("Bupati didampingi Asisten I Andi Wijaya dan para camat.")
    assert result.texts("PERSON") == ["Andi Wijaya"]


def test_a_capitalised_cue_between_commas_is_no_part_of_the_name(label_id):
    result = label_id("Untuk tahun depan, Lanjut Budi Santoso, anggaran desa akan naik.")
    assert result.texts("PERSON") == ["Budi Santoso"]


def test_a_regents_pavilion_is_a_facility(label_id):
    result = label_id("Para kepala desa diundang ke Pendopo Bupati Garut, Kamis.")
    assert result.texts("GPE") == ["Garut"]


def test_a_name_in_brackets_after_a_faction_acronym_is_an_org(label_id):
    result = label_id("Fraksi KDNI (Karya Demokrasi Nurani Indonesia) ditinggal tiga anggotanya.")
    assert result.texts("ORG") == ["Fraksi KDNI", "Karya Demokrasi Nurani Indonesia"]
    assert result.texts("PERSON") == []


def test_a_full_name_in_brackets_after_initials_stays_a_person(label_id):
    result = label_id("Mantan presiden SBY (Susilo Bambang Yudhoyono) hadir di acara itu.")
    assert result.texts("PERSON")[-1] == "Susilo Bambang Yudhoyono"
    assert "Susilo Bambang Yudhoyono" not in result.texts("ORG")


def test_a_one_word_place_after_a_party_stays_in_it(label_id):
    result = label_id("DPC Partai Nusantara Raya Sukamaju menggelar rapat. Ketua DPRD Sukamaju ikut hadir.")
    assert result.texts("ORG")[0] == "DPC Partai Nusantara Raya Sukamaju"
