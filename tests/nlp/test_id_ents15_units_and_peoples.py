"""Indonesian entities of round id_ents15: a regional police sub-directorate's abbreviation after
its head's short title (`Kasubdit Kamneg`) read as the head's name, and a people's name after a
community figure's role (`Tokoh Dayak`) read as a person; invented sentences."""

from __future__ import annotations


def test_a_sub_directorate_after_its_head_is_no_person(label_id):
    labelled = label_id(
        "Kasubdit Kamneg Ditreskrimum Polda Sukadana AKBP Rudi Hartono mengatakan berkas perkara sudah lengkap."
    )
    assert "Kamneg" not in labelled.texts("PERSON")
    assert "Rudi Hartono" in labelled.texts("PERSON")


def test_a_sub_directorate_before_a_comma_and_rank_is_no_person(label_id):
    labelled = label_id("Kasubdit Renakta, Kompol Sri Wulandari, menyebut korban masih berusia belasan tahun.")
    assert "Renakta" not in labelled.texts("PERSON")
    assert "Sri Wulandari" in labelled.texts("PERSON")


def test_a_traffic_sub_directorate_is_no_person(label_id):
    labelled = label_id("Kasubdit Gakkum Ditlantas Polda Sukadana AKBP Joko Wibowo meninjau lokasi kecelakaan.")
    assert "Gakkum" not in " ".join(labelled.texts("PERSON"))
    assert "Joko Wibowo" in labelled.texts("PERSON")


def test_a_peoples_name_after_a_community_figure_is_no_person(label_id):
    labelled = label_id("Tokoh Dayak Yohanes Kurnia menilai tradisi panen itu harus tetap dijaga.")
    assert "Yohanes Kurnia" in labelled.texts("PERSON")
    assert not any("Dayak" in text for text in labelled.texts("PERSON"))


def test_a_peoples_name_before_a_province_leaves_the_province(label_id):
    labelled = label_id("Tokoh Melayu Riau Tengku Rahman hadir dalam musyawarah adat itu.")
    assert "Melayu" not in labelled.texts("PERSON")
    assert "Riau" in labelled.texts("GPE")
    assert "Tengku Rahman" in labelled.texts("PERSON")


def test_guard_a_province_after_a_community_figure_stays_a_place(label_id):
    labelled = label_id("Tokoh Jawa Barat Dedi Mulyadi hadir dalam musyawarah adat itu.")
    assert "Jawa Barat" in labelled.texts("GPE")
    assert "Dedi Mulyadi" in labelled.texts("PERSON")


def test_a_village_before_its_district_after_the_village_head_is_a_place(label_id):
    labelled = label_id("Kades Sukamaju Kecamatan Cibadak, Slamet Riyadi, mengatakan bantuan beras sudah dibagikan.")
    assert "Sukamaju" in labelled.texts("GPE")
    assert "Sukamaju" not in labelled.texts("PERSON")
    assert "Kecamatan Cibadak" in labelled.texts("GPE")
    assert "Slamet Riyadi" in labelled.texts("PERSON")


def test_a_village_before_its_district_without_commas_is_a_place(label_id):
    labelled = label_id("Peratin Sukamaju Kecamatan Pagelaran Joko Susilo mengatakan bantuan beras sudah dibagikan.")
    assert "Sukamaju" in labelled.texts("GPE")
    assert "Joko Susilo" in labelled.texts("PERSON")


def test_guard_a_place_then_a_name_after_a_regional_head_stays_split(label_id):
    labelled = label_id("Camat Cipatat Rudi Hartono mengatakan bantuan beras sudah dibagikan.")
    assert "Cipatat" in labelled.texts("GPE")
    assert "Rudi Hartono" in labelled.texts("PERSON")
