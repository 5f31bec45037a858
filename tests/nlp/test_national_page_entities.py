"""Indonesian entity shapes of national newsrooms, ministries, the police's public-relations units
and courts that cost edits (issue 11, the `id_ents4` round). Every text is invented to show one
form."""

from __future__ import annotations


def test_a_mayor_named_elsewhere_is_a_person_not_a_place(label_id):
    result = label_id("Wakil Wali Kota Sumarjo Hadiwijoyo ikut hadir. Cak Sumarjo memantau tanggul.")
    assert result.texts("PERSON") == ["Sumarjo Hadiwijoyo", "Sumarjo"]
    assert result.texts("GPE") == []


def test_a_mayor_by_first_name_after_the_full_name(label_id):
    result = label_id("Rudi Hartawan meninjau proyek itu. Wali Kota Rudi meminta pekerjaan dipercepat.")
    assert result.texts("PERSON") == ["Rudi Hartawan", "Rudi"]


def test_a_known_place_after_the_title_stays_a_place(label_id):
    result = label_id("Bupati Bantul meninjau sawah. Warga bernama Bantul Wijaya ikut menyambut.")
    assert "Bantul" in result.texts("GPE")


def test_cak_is_a_form_of_address(label_id):
    result = label_id("Cak Sumarno menyapa warga di Surabaya.")
    assert result.texts("PERSON") == ["Sumarno"]


def test_police_public_relations_units_are_organisations(label_id):
    result = label_id("Tim Divhumas Polri tiba di Kupang. Sumber: Bidhumas Polda Sumbar.")
    assert result.texts("ORG") == ["Divhumas Polri", "Bidhumas Polda Sumbar"]
    assert result.texts("PERSON") == []


def test_an_embassy_by_its_country_and_the_charge_d_affaires(label_id):
    result = label_id("Pemerintah bertemu Kuasa Usaha Sementara Kedutaan Besar Filipina di Jakarta.")
    assert result.texts("ORG") == ["Kedutaan Besar Filipina"]
    assert result.texts("GPE") == ["Jakarta"]


def test_national_agencies_by_acronym(label_id):
    result = label_id("Rapat dihadiri BASARNAS, LAPAN, UNFPA dan Lemigas Kementerian ESDM.")
    assert result.texts("ORG") == ["BASARNAS", "LAPAN", "UNFPA", "Lemigas Kementerian ESDM"]


def test_a_workshop_and_common_phrases_are_no_person(label_id):
    result = label_id(
        "Hal itu dikemukakan dalam Lokakarya Satu Data Kependudukan. Seluruh Pejabat Utama hadir di era New Normal."
    )
    assert result.texts("PERSON") == []


def test_a_lone_name_after_a_role_its_body_and_a_comma(label_id):
    result = label_id("Acara dibuka oleh Kepala Seksi Kedaruratan BPBD, Hermawan. Juru Bicara KPK, Budi, menjelaskan hal itu.")
    assert result.texts("PERSON") == ["Hermawan", "Budi"]
    assert result.texts("ORG") == ["Seksi Kedaruratan BPBD", "KPK"]


def test_a_list_of_bodies_after_a_role_is_no_name(label_id):
    result = label_id("Rapat dihadiri Kepala BNPB, Basarnas dan BMKG.")
    assert result.texts("PERSON") == []
    assert result.texts("ORG") == ["BNPB", "Basarnas", "BMKG"]


def test_a_regulation_short_form_is_no_organisation(label_id):
    result = label_id("Presiden menerbitkan Peraturan Presiden (Perpres) dan Keputusan Presiden (Keppres) itu.")
    assert result.texts("ORG") == []


def test_a_defined_short_form_is_no_place(label_id):
    result = label_id("Kapolri memberi pengarahan kepada Perwira Tinggi (Pati) di Jakarta. Pati yang hadir 40 orang.")
    assert result.texts("GPE") == ["Jakarta"]


def test_a_regency_with_its_own_short_form_stays_a_place(label_id):
    result = label_id("Banjir melanda Pati, Jawa Tengah. Bupati Pati meninjau lokasi.")
    assert result.texts("GPE") == ["Pati", "Jawa Tengah", "Pati"]


def test_a_province_defines_its_own_short_form(label_id):
    result = label_id("Polda Kalimantan Barat (Kalbar) bersiaga. Kapolda Kalbar memimpin apel.")
    assert "Kalbar" in result.texts("GPE")


def test_directorates_of_the_communication_ministry(label_id):
    result = label_id(
        "Kini Direktorat Jenderal Sumber Daya Perangkat Pos dan Informatika digabung. "
        "Direktur Jenderal Aplikasi dan Informatika (Aptika) Semuel Pangerapan hadir."
    )
    assert result.texts("ORG") == ["Direktorat Jenderal Sumber Daya Perangkat Pos dan Informatika", "Aptika"]
    assert result.texts("PERSON") == ["Semuel Pangerapan"]


def test_the_chair_of_a_joint_hearing(label_id):
    result = label_id("Pimpinan Rapat Kerja Gabungan Dedi Kurnia menjelaskan hal itu.")
    assert result.texts("PERSON") == ["Dedi Kurnia"]
    assert result.texts("ORG") == []


def test_a_name_before_a_colon_in_a_headline(label_id):
    result = label_id("Baca Juga: Menteri Sulastri Wibowo: Tidak Perlu Ada Perdebatan\nIsi berita hari ini.")
    assert result.texts("PERSON") == ["Sulastri Wibowo"]


def test_a_place_before_a_colon_in_a_headline_stays_unread(label_id):
    result = label_id("Bupati Sukamaju: Jalan Rusak Segera Diperbaiki\nIsi berita hari ini.")
    assert result.texts("PERSON") == []


def test_listed_bodies_take_the_national_letters(label_id):
    result = label_id("Berkas ada di Kejagung RI, bukan di Kemenkes RI. (Foto: YouTube.com/KPK RI)\nIsi.")
    assert result.texts("ORG") == ["Kejagung RI", "Kemenkes RI", "YouTube.com", "KPK RI"]
    assert result.texts("PERSON") == []


def test_a_corps_and_an_armed_group(label_id):
    result = label_id("Direktur Operasi BASARNAS, Brigjen TNI (MAR) Budi Purnama, membahas penculikan oleh Abu Sayyaf.")
    assert result.texts("ORG") == ["BASARNAS", "Abu Sayyaf"]
    assert result.texts("PERSON") == ["Budi Purnama"]



def test_a_regional_government_by_short_word_gives_the_place(label_id):
    result = label_id("Pemkot Mataram menyiapkan posko, Pemprov DKI Jakarta mengirim bantuan dan Pemkab Sukamundur ikut.")
    assert result.texts("GPE") == ["Mataram", "DKI Jakarta", "Sukamundur"]
    assert result.texts("ORG") == []


def test_a_head_named_after_the_title_place_and_a_comma(label_id):
    result = label_id("Hadir Bupati Lamongan, Yuhronur Efendi dan Sekdaprov Jatim, Heru Tjahjono.")
    assert result.texts("PERSON") == ["Yuhronur Efendi", "Heru Tjahjono"]
    assert result.texts("GPE") == ["Lamongan", "Jatim"]


def test_a_list_of_places_after_a_title_place_stays_places(label_id):
    result = label_id("Banjir melanda Kecamatan Sukamaju, Tanah Abang, Mekar Sari dan sekitarnya.")
    assert result.texts("PERSON") == []


def test_the_regional_secretariat_and_a_bureau_with_protocol(label_id):
    result = label_id(
        "Ia mampir ke Asisten Pemerintahan Setdaprov Jatim lalu ke Biro Humas dan Protokol. Terbaru, Gubernur pulang."
    )
    assert result.texts("ORG") == ["Setdaprov Jatim", "Biro Humas dan Protokol"]
    assert result.texts("PERSON") == []


def test_a_body_after_a_bracketed_short_title_is_no_name(label_id):
    result = label_id("Dia berpesan ke Inspektur Jenderal (Irjen) Kemenkeu untuk menyampaikan ke publik.")
    assert result.texts("ORG") == ["Kemenkeu"]
    assert result.texts("PERSON") == []


def test_national_committees_and_commissions_by_short_form(label_id):
    result = label_id(
        "Ketua Komite Nasional Keselamatan Transportasi (KNKT) Soerjanto Wibowo hadir. "
        "Menurut Kompolnas, LPSK dan KPPU, kasus itu serius."
    )
    assert result.texts("ORG") == ["Komite Nasional Keselamatan Transportasi", "KNKT", "Kompolnas", "LPSK", "KPPU"]
    assert result.texts("PERSON") == ["Soerjanto Wibowo"]


def test_a_fused_head_title_in_brackets_is_no_body(label_id):
    result = label_id(
        "Kepala Biro Penerangan Masyarakat (Karopenmas) Divisi Humas Polri Brigjen Trunoyudo Andiko hadir. "
        "Kepala Badan Narkotika Nasional (BNN) Marthinus Hukom juga."
    )
    assert result.texts("ORG") == ["Biro Penerangan Masyarakat", "Divisi Humas Polri", "Badan Narkotika Nasional", "BNN"]
    assert result.texts("PERSON") == ["Trunoyudo Andiko", "Marthinus Hukom"]
