"""Entities, dates and page furniture in Indonesian."""

from __future__ import annotations


def test_title_gives_the_place_alone(label_id):
    result = label_id("Presiden Prancis Emmanuel Macron tiba di Jakarta pada Rabu, 30 April 2025.")
    assert result.texts("GPE") == ["Prancis", "Jakarta"]
    assert result.texts("PERSON") == ["Emmanuel Macron"]
    assert result.texts("DATE") == ["Rabu, 30 April 2025"]


def test_role_with_places_and_organisations_before_a_name(label_id):
    result = label_id("Duta Besar Iran untuk PBB Amir-Saeed Iravan menolak usulan itu.")
    assert result.texts("GPE") == ["Iran"]
    assert result.texts("ORG") == ["PBB"]
    assert result.texts("PERSON") == ["Amir-Saeed Iravan"]


def test_organisation_patterns(label_id):
    result = label_id(
        "Kepala Dinas Pendidikan Provinsi Riau Ahmad Yani bertemu Komisi II DPR dan DPRD Medan. "
        "Badan Gizi Nasional (BGN) menambah dapur. BGN juga mengundang Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi."
    )
    orgs = result.texts("ORG")
    assert "Dinas Pendidikan Provinsi Riau" in orgs
    assert "Komisi II DPR" in orgs
    assert "DPRD Medan" in orgs
    assert orgs.count("BGN") == 2
    assert "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi" in orgs
    assert "Ahmad Yani" in result.texts("PERSON")


def test_indonesian_dates(label_id):
    result = label_id(
        "Banjir terjadi sejak Jumat (11/10/2024) malam. Pada 1 Oktober dan tahun 2021 banjir juga datang. "
        "Tahun lalu tidak. Aturannya UU Nomor 12 Tahun 2011."
    )
    assert result.texts("DATE") == ["Jumat (11/10/2024)", "1 Oktober", "tahun 2021"]


def test_balinese_names_keep_their_prefix(label_id):
    result = label_id("Kepala Dinas Kesehatan Provinsi Bali, I Nyoman Gede Arsana, meninjau rumah sakit.")
    assert "I Nyoman Gede Arsana" in result.texts("PERSON")


def test_place_type_word_is_part_of_the_place(label_id):
    """Shared decisions of 2026-12-05: `Kota Bogor` and `Kabupaten Bogor` are different places."""
    result = label_id("Gempa merusak rumah di Kecamatan Pakenjeng, Kabupaten Garut.")
    assert result.texts("GPE") == ["Kecamatan Pakenjeng", "Kabupaten Garut"]


def test_datelines_and_furniture(label_id):
    text = (
        "Banjir Rendam Medan\n\nMEDAN, KOMPAS.com - Hujan deras mengguyur kota.\n\n"
        "Baca juga: Banjir Rendam Bekasi\n\nEditor: Yohanes Simbolon\nExit mobile version"
    )
    result = label_id(text)
    kinds = {s.attrs["kind"]: s.text for s in result.spans if s.label == "FURNITURE"}
    assert kinds == {
        "dateline": "MEDAN, KOMPAS.com -",
        "read_also": "Baca juga: Banjir Rendam Bekasi",
        "editor": "Editor: Yohanes Simbolon",
        "junk": "Exit mobile version",
    }
    assert "MEDAN" in result.texts("GPE")
    assert "KOMPAS.com" in result.texts("ORG")


def test_other_datelines(label_id):
    for text, dateline in (
        ("Jakarta, Kompas.id – Pemerintah menambah anggaran.", "Jakarta, Kompas.id –"),
        ("JAKARTA -- Pemerintah menambah anggaran.", "JAKARTA --"),
    ):
        assert label_id(text).texts("FURNITURE", kind="dateline") == [dateline]


def test_entities_never_overlap_and_headline_words_are_not_people(label_id):
    result = label_id("Pemerintah Siapkan Bantuan Beras untuk Warga Terdampak Banjir\n\nHarga beras naik di Bekasi.")
    assert result.texts("PERSON") == []
    assert result.texts("GPE") == ["Bekasi"]


def test_run_endings_decide_the_label(label_id):
    result = label_id("Ratusan warga di Sumba Timur menonton Indonesia Masters bersama tim Bekasi Rainfall Agency.")
    assert result.texts("GPE") == ["Sumba Timur"]
    assert result.texts("EVENT") == ["Indonesia Masters"]
    assert result.texts("ORG") == ["Bekasi Rainfall Agency"]
    assert result.texts("PERSON") == []


def test_names_in_editor_lines_and_minggu_as_a_place(label_id):
    result = label_id("Harga cabai naik di Pasar Minggu.\n\nEditor: Yohanes Simbolon")
    assert result.texts("PERSON") == ["Yohanes Simbolon"]
    assert result.texts("DATE") == []


def test_rank_ends_an_organisation_and_initials_are_no_place(label_id):
    result = label_id("Kasat Reskrim Polres Metro Bekasi AKBP Bambang Wijaya menangkap AS (34) dan RN (29).")
    assert result.texts("ORG") == ["Polres Metro Bekasi"]
    # initials used as a name are PERSON (shared guidelines); an age after them marks them as such
    assert result.texts("PERSON") == ["Bambang Wijaya", "AS", "RN"]
    assert result.texts("GPE") == []


def test_subscription_prompt_line_is_furniture(label_id):
    text = "Harga Beras Naik\n\nBaca berita tanpa iklan. Gabung Situs.com+\n\nHarga beras naik di Bekasi."
    assert label_id(text).texts("FURNITURE", kind="junk") == ["Baca berita tanpa iklan. Gabung Situs.com+"]
