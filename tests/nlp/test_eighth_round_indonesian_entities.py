"""Indonesian entity shapes of regional police, Papua and city pages that cost the most edits
(issue 11, the `id_ents` round). Every text is invented to show one form."""

from __future__ import annotations


def test_a_municipal_police_unit_of_a_city_government_is_the_unit_and_the_place(label_id):
    result = label_id("Petugas Sat Pol PP Pemkot Tanjungsari menertibkan lapak di trotoar.")
    assert result.texts("ORG") == ["Sat Pol PP"]
    assert result.texts("GPE") == ["Tanjungsari"]


def test_a_city_government_alone_gives_the_place(label_id):
    # The real decisions (`Pemprov Kepri` gives the place alone) settled the convention (id_ents4).
    result = label_id("Pemkot Tanjungsari menyiapkan lahan relokasi bagi pedagang.")
    assert result.texts("ORG") == []
    assert result.texts("GPE") == ["Tanjungsari"]


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


def test_a_flag_noun_opening_a_sentence_is_held_too(label_id):
    result = label_id("Bendera Bintang Kejora sempat berkibar di tiang itu. Bendera Indonesia lalu dinaikkan.")
    assert result.texts("PERSON") == []
    assert result.texts("GPE") == ["Indonesia"]


def test_a_division_spelt_out_before_its_acronym(label_id):
    result = label_id("Anggota itu dilaporkan ke Divisi Profesi dan Pengamanan (Divpropam) Mabes Polri.")
    assert result.texts("ORG") == ["Divisi Profesi dan Pengamanan", "Divpropam", "Polri"]
    assert result.texts("PERSON") == []


def test_a_club_word_before_a_known_club_gives_the_club(label_id):
    result = label_id("Presiden Klub Persiba, Gede Widiade, memberi sinyal perombakan.")
    assert result.texts("ORG") == ["Persiba"]
    assert result.texts("PERSON") == ["Gede Widiade"]


def test_a_resident_named_after_the_town(label_id):
    result = label_id("Menurut warga Manado Yuliana, air naik sejak pagi.")
    assert result.texts("GPE") == ["Manado"]
    assert result.texts("PERSON") == ["Yuliana"]


def test_a_district_after_the_town_stays_one_place(label_id):
    result = label_id("Banjir merendam rumah warga Medan Maimun sejak pagi.")
    assert result.texts("GPE") == ["Medan Maimun"]
    assert result.texts("PERSON") == []


def test_a_letter_number_shaped_like_a_date_is_no_date(label_id):
    result = label_id("Surat bernomor 12/10/2024 itu dikirim ke kejaksaan pada Senin (14/10/2024).")
    assert result.texts("DATE") == ["Senin (14/10/2024)"]


def test_the_police_open_hour_programme_is_no_day(label_id):
    result = label_id("Polsek Sukamaju menggelar Jumat Curhat di balai desa, Jumat (7/2/2025).")
    assert result.texts("DATE") == ["Jumat (7/2/2025)"]


def test_an_unknown_acronym_after_a_two_word_role_is_its_body(label_id):
    result = label_id("Juru bicara KPRB Rinto Wenda mengatakan aksi itu berjalan damai.")
    assert result.texts("ORG") == ["KPRB"]
    assert result.texts("PERSON") == ["Rinto Wenda"]


def test_an_unknown_acronym_after_a_small_letter_role_then_a_name(label_id):
    result = label_id("Polisi menangkap anggota KPRB Yanto Tabuni di rumahnya.")
    assert result.texts("ORG") == ["KPRB"]
    assert result.texts("PERSON") == ["Yanto Tabuni"]


def test_a_bare_police_unit_before_its_defined_title_is_no_person(label_id):
    result = label_id("Wakil Kepala Polda (Wakapolda) Maluku, Brigjen Pol Samudin, memimpin rapat itu.")
    assert "Polda" not in result.texts("PERSON")
    assert result.texts("PERSON") == ["Samudin"]


def test_a_law_named_after_its_short_form_is_no_person(label_id):
    result = label_id("Pemerintah menerapkan Undang-Undang (UU) Cipta Karya sejak tahun lalu. UU Cipta Karya lalu digugat.")
    assert result.texts("PERSON") == []


def test_a_name_in_capitals_after_a_rank_is_a_person(label_id):
    result = label_id("Kapolsek Sukamaju AKP SUKARDI, S.H. menggelar kegiatan itu. Kapolsek IPTU WARSITO hadir.")
    assert result.texts("PERSON") == ["SUKARDI", "WARSITO"]


def test_a_unit_in_capitals_after_a_rank_is_no_person(label_id):
    result = label_id("Kapolres AKBP POLRES mengatakan hal itu.")
    assert result.texts("PERSON") == []


def test_a_minister_short_title_in_brackets_is_no_body(label_id):
    result = label_id("Menteri Perindustrian (Menperin) Agus Santoso menyoroti aksi premanisme itu.")
    assert result.texts("ORG") == []
    assert result.texts("PERSON") == ["Agus Santoso"]


def test_a_parent_body_after_a_unit_acronym_then_the_name(label_id):
    text = "Direktur Jenderal Industri Kimia Farmasi dan Tekstil (IKFT) Kemenperin Rudi Hartono mengatakan hal itu."
    result = label_id(text)
    assert result.texts("ORG") == ["IKFT", "Kemenperin"]
    assert result.texts("PERSON") == ["Rudi Hartono"]


def test_a_resident_of_a_village_named_after_it(label_id):
    result = label_id("Pada kegiatan itu, warga Desa Konbaki Yohanes Tefa bertanya soal perkara.")
    assert result.texts("GPE") == ["Desa Konbaki"]
    assert result.texts("PERSON") == ["Yohanes Tefa"]


def test_a_place_named_in_a_budget_law_keeps_its_gpe(label_id):
    result = label_id("DPRD menyetujui Raperda APBD Sukamaju Barat dan Raperda APBD Lampung Tahun Anggaran 2023.")
    assert "Lampung" in result.texts("GPE")


def test_a_neighbourhood_number_ends_the_place(label_id):
    result = label_id("Warga Dusun Sukamaju RW 03 mengungsi ke balai desa.")
    assert result.texts("GPE") == ["Dusun Sukamaju"]


def test_an_acronym_found_as_a_body_is_one_everywhere(label_id):
    text = "Juru bicara KPRB Rinto Wenda mengatakan aksi damai. Polisi memeriksa 34 simpatisan KPRB di lapangan."
    result = label_id(text)
    assert result.texts("ORG") == ["KPRB", "KPRB"]


def test_a_written_unit_before_its_head_short_title(label_id):
    result = label_id("Kepala Bidang Profesi dan Pengamanan (Kabid Propam) Polda Maluku membenarkan insiden itu.")
    assert result.texts("ORG") == ["Bidang Profesi dan Pengamanan", "Polda Maluku"]
    assert result.texts("PERSON") == []


def test_a_police_meeting_list_of_units_and_short_titles(label_id):
    text = (
        "Rapat dihadiri Kepala Biro Sumber Daya Manusia (Karo SDM), Komandan Satuan Brimob (Dansat Brimob), "
        "Kepala Bidang Hukum (Kabid Hukum) dan Kepala Yanma."
    )
    result = label_id(text)
    assert result.texts("PERSON") == []
    assert result.texts("ORG").count("Biro Sumber Daya Manusia") == 1
    assert "Bidang Hukum" in result.texts("ORG")
