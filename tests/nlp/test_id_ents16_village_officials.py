"""Indonesian entities of round id_ents16: village heads and local officials. A village after a
bracketed short title (`Kepala Desa (Kades) Sukamaju, X`), a village the page names after its
place type before a one-word name (`Sekdes Sukamaju Rudi`), the village secretary's title, the
Sumatran city government `Pemko X` and the heads of the national police's agencies inside a chain
of titles; invented sentences."""

from __future__ import annotations


def test_a_village_after_a_bracketed_short_title_and_before_a_name_in_commas(label_id):
    labelled = label_id("Kepala Desa (Kades) Sukamaju, Slamet Riyadi, mengatakan bantuan beras sudah dibagikan.")
    assert "Sukamaju" in labelled.texts("GPE")
    assert "Sukamaju" not in labelled.texts("PERSON")
    assert "Slamet Riyadi" in labelled.texts("PERSON")


def test_a_village_after_a_bracketed_short_title_and_before_its_regency(label_id):
    labelled = label_id("Kepala Desa (Kades) Sukamaju Kabupaten Sukadana meminta warga tetap waspada.")
    assert "Sukamaju" in labelled.texts("GPE")
    assert "Kabupaten Sukadana" in labelled.texts("GPE")
    assert not labelled.texts("PERSON")


def test_a_district_after_a_bracketed_short_title(label_id):
    labelled = label_id("Kepala Kecamatan (Camat) Cibadak, Rudi Hartono, meninjau tanggul yang jebol.")
    assert "Cibadak" not in labelled.texts("PERSON")
    assert "Rudi Hartono" in labelled.texts("PERSON")


def test_a_name_after_a_bracketed_short_title_stays_a_person(label_id):
    """Guard: with no village after the short title, the words after it are the head's name."""
    labelled = label_id("Kepala Desa (Kades) Slamet Riyadi mengatakan jalan desa rusak berat.")
    assert "Slamet Riyadi" in labelled.texts("PERSON")
    assert not labelled.texts("GPE")


def test_a_village_named_on_the_page_before_a_one_word_name(label_id):
    labelled = label_id(
        "Warga Desa Sukamaju menerima bantuan pangan. Sekdes Sukamaju Rudi mengatakan data penerima sudah diperbarui."
    )
    assert "Sukamaju Rudi" not in labelled.texts("PERSON")
    assert "Rudi" in labelled.texts("PERSON")
    assert "Sukamaju" in labelled.texts("GPE")


def test_a_village_heads_village_named_on_the_page_before_a_one_word_name(label_id):
    labelled = label_id(
        "Banjir merendam Desa Pasirkembang sejak pagi. Kades Pasirkembang Akhmad mengatakan warga sudah mengungsi."
    )
    assert "Akhmad" in labelled.texts("PERSON")
    assert "Pasirkembang Akhmad" not in labelled.texts("PERSON")


def test_a_one_word_name_not_named_as_a_place_stays_whole(label_id):
    """Guard: without the page naming the first word as a place, a two-word run stays the name."""
    labelled = label_id("Kades Budi Santoso mengatakan warga sudah mengungsi ke balai desa.")
    assert "Budi Santoso" in labelled.texts("PERSON")


def test_the_village_secretary_before_a_village_and_a_name(label_id):
    labelled = label_id("Sekdes Sukamaju Rina Marlina mengatakan data penerima sudah diperbarui.")
    assert "Sukamaju" in labelled.texts("GPE")
    assert "Rina Marlina" in labelled.texts("PERSON")


def test_the_village_secretarys_long_title_keeps_the_village_type(label_id):
    labelled = label_id("Sekretaris Desa Sukamaju, Rina Marlina, mengatakan data penerima sudah diperbarui.")
    assert "Desa Sukamaju" in labelled.texts("GPE")
    assert "Rina Marlina" in labelled.texts("PERSON")


def test_a_sumatran_city_government_gives_the_city(label_id):
    labelled = label_id("Dua unit mobil pemadam kebakaran milik Pemko Sukadana tiba di lokasi sepuluh menit kemudian.")
    assert "Sukadana" in labelled.texts("GPE")
    assert not labelled.texts("PERSON")


def test_the_head_of_the_police_security_agency_inside_a_chain(label_id):
    labelled = label_id(
        "Kakor Binmas Kabaharkam Polri Irjen Pol. Hendra Wibisono memberi arahan kepada para Bhabinkamtibmas."
    )
    assert "Polri" in labelled.texts("ORG")
    assert not any("Kabaharkam" in text for text in labelled.texts("GPE") + labelled.texts("ORG"))
    assert "Hendra Wibisono" in labelled.texts("PERSON")


def test_a_regional_secretarys_place_keeps_its_type(label_id):
    labelled = label_id("Sekretaris Daerah Kabupaten Sukadana Budi Santoso membuka rapat koordinasi bencana.")
    assert "Kabupaten Sukadana" in labelled.texts("GPE")
    assert "Budi Santoso" in labelled.texts("PERSON")


def test_a_village_first_written_after_a_bracketed_title_splits_a_later_short_title(label_id):
    # the lead's `Kepala Desa (Kades) X` writes the village with its type, so a later `Sekdes X Name`
    # splits place and one-word name, and the village is no person's first name (lead's re-read)
    labelled = label_id(
        "Kepala Desa (Kades) Sukamulia, Budi Hartono, mengatakan jalan desa akan dibuka kembali.\n\n"
        "“Kami akan mengawal pekerjaan ini,” ujar Sekdes Sukamulia Andi."
    )
    assert labelled.texts("GPE").count("Sukamulia") == 2
    assert "Andi" in labelled.texts("PERSON")
    assert not any("Sukamulia" in text for text in labelled.texts("PERSON"))


def test_a_name_after_a_bracketed_title_stays_a_name_later(label_id):
    labelled = label_id(
        "Kepala Desa (Kades) Slamet Riyadi mengatakan jalan akan dibuka. Menurut Kades Slamet Riyadi, warga sudah menunggu."
    )
    assert labelled.texts("PERSON").count("Slamet Riyadi") == 2
    assert not labelled.texts("GPE")
