"""Indonesian entity shapes of regional police, Papua and city pages that cost the most edits
(issue 11, the `id_ents` round). Every text is invented to show one form."""

from __future__ import annotations


def test_a_municipal_police_unit_of_a_city_government_is_the_unit_and_the_place(label_id):
    result = label_id("Petugas Sat Pol PP Pemkot Tanjungsari menertibkan lapak di trotoar.")
    assert result.texts("ORG") == ["Sat Pol PP"]
    assert result.texts("GPE") == ["Tanjungsari"]


def test_a_city_government_alone_keeps_the_rules_convention(label_id):
    result = label_id("Pemkot Tanjungsari menyiapkan lahan relokasi bagi pedagang.")
    assert result.texts("ORG") == ["Pemkot Tanjungsari"]


def test_a_police_station_office_gives_the_unit(label_id):
    result = label_id("Korban melapor ke Kantor Polsek Sukamaju pada malam itu.")
    assert result.texts("ORG") == ["Polsek Sukamaju"]


def test_a_police_long_name_its_acronym_and_its_place_are_three_entities(label_id):
    result = label_id("Kepolisian Daerah (Polda) Maluku menangani kasus itu sejak awal.")
    assert result.texts("ORG") == ["Kepolisian Daerah", "Polda"]
    assert result.texts("GPE") == ["Maluku"]


def test_a_resort_police_long_name_too(label_id):
    result = label_id("Kepolisian Resor (Polres) Konawe menangkap dua pelaku pencurian.")
    assert result.texts("ORG") == ["Kepolisian Resor", "Polres"]
    assert result.texts("GPE") == ["Konawe"]


def test_an_internal_affairs_unit_written_out_before_its_acronym(label_id):
    text = "Kepala Bidang Profesi dan Pengamanan (Propam) Polda Papua Kombes Rudi Santoso membenarkan hal itu."
    result = label_id(text)
    assert result.texts("ORG") == ["Bidang Profesi dan Pengamanan", "Propam", "Polda Papua"]
    assert result.texts("PERSON") == ["Rudi Santoso"]


def test_a_flag_after_its_noun_is_no_person(label_id):
    result = label_id("Polisi menyita bendera Bintang Kejora dari rumah itu.")
    assert result.texts("PERSON") == []
    assert result.texts("ORG") == []


def test_a_slogan_on_a_banner_is_no_place_and_no_paper(label_id):
    result = label_id("Mereka membentangkan spanduk bertuliskan Papua Merdeka di depan kantor bupati.")
    assert result.texts("GPE") == []
    assert result.texts("ORG") == []


def test_a_country_flag_or_a_party_flag_keeps_its_entity(label_id):
    result = label_id("Warga memasang bendera Indonesia dan bendera Partai Demokrat di depan rumah.")
    assert result.texts("GPE") == ["Indonesia"]
    assert result.texts("ORG") == ["Partai Demokrat"]
