"""Entity error classes of the fifth round of issue 11 (fresh Indonesian pages from police,
regional council, disaster, market, health and sport outlets), each on invented sentences:
places after an address number, a verb before a bare role, credit lines of reporters, schools,
military units and community bodies, regional office acronyms and police units."""

from __future__ import annotations


def test_a_place_type_after_an_address_number_and_a_comma_is_a_place(label_id):
    result = label_id(
        "Pelaku tinggal di Jalan Kenanga Gang 7, Dusun Kedungrejo, Desa Sidomulyo, Kecamatan Wringinanom. "
        "Korban warga RT 004, RW 002, Desa Tegalsari, Kecamatan Karangpandan."
    )
    assert result.texts("GPE") == [
        "Dusun Kedungrejo",
        "Desa Sidomulyo",
        "Kecamatan Wringinanom",
        "Desa Tegalsari",
        "Kecamatan Karangpandan",
    ]
    assert result.texts("PERSON") == []


def test_a_count_of_places_is_still_no_place(label_id):
    result = label_id("Banjir merendam 12 Desa di Kecamatan Wringinanom sejak pagi.")
    assert result.texts("GPE") == ["Kecamatan Wringinanom"]


def test_a_verb_before_a_bare_role_names_no_one(label_id):
    result = label_id(
        "Polisi menahan dua pemuda di Kecamatan Pakisaji.\n\n"
        "Dikatakan Kapolres, kedua pemuda itu ditangkap di Jalan Melati pada siang hari oleh petugas piket.\n\n"
        "Terlihat Bupati meninjau pengungsian bersama warga setempat."
    )
    assert result.texts("PERSON") == []


def test_a_verb_before_a_role_and_a_name_keeps_the_name(label_id):
    result = label_id("Dijelaskan Kapolres AKBP Hendra Wijaya, pelaku sudah ditahan.")
    assert result.texts("PERSON") == ["Hendra Wijaya"]


def test_reporter_credit_lines_hold_names(label_id):
    result = label_id(
        "Harga cabai naik di pasar induk.\n"
        "Wartawan: Yusnandar | Editor: Rahmat Hidayat\n"
        "Peliput : Siti Nurhaliza Putri"
    )
    assert result.texts("PERSON") == ["Yusnandar", "Rahmat Hidayat", "Siti Nurhaliza Putri"]


def test_a_headline_opening_with_wartawan_is_no_credit(label_id):
    result = label_id("Wartawan Yang Disandera di Mosul Dibebaskan\n\nSeorang wartawan dibebaskan pada Senin.")
    assert result.texts("PERSON") == []


def test_schools_by_number_and_place_are_organisations(label_id):
    result = label_id(
        "Siswa SMA Negeri 3 Wonosari dan SMPN 2 Playen mengikuti lomba, sedangkan seorang pelajar SMA "
        "lain menonton."
    )
    assert result.texts("ORG") == ["SMA Negeri 3 Wonosari", "SMPN 2 Playen"]
    assert result.texts("PERSON") == []


def test_a_second_military_unit_after_dan_is_its_own_organisation(label_id):
    result = label_id("Personel Polsek Kalibening dan Koramil Kalibening berjaga di perbatasan desa.")
    assert result.texts("ORG") == ["Polsek Kalibening", "Koramil Kalibening"]


def test_a_village_youth_body_is_an_organisation(label_id):
    result = label_id("Karang Taruna Desa Mekarsari menggelar lomba panjat pinang.")
    assert result.texts("ORG") == ["Karang Taruna Desa Mekarsari"]
    assert result.texts("PERSON") == []


def test_regional_trade_office_acronym_before_its_regency(label_id):
    result = label_id("Kepala Disdagtri Kabupaten Sukajaya, Rudi Gunawan mengatakan harga beras stabil.")
    assert result.texts("ORG") == ["Disdagtri Kabupaten Sukajaya"]
    assert result.texts("PERSON") == ["Rudi Gunawan"]


def test_counter_terror_unit_and_its_portfolio(label_id):
    result = label_id("Kabag Banops Densus 88 Antiteror Polri Kombes Hadi Susanto membenarkan penangkapan itu.")
    assert result.texts("ORG") == ["Densus 88 Antiteror Polri"]
    assert result.texts("PERSON") == ["Hadi Susanto"]


def test_an_omnibus_law_is_no_name(label_id):
    result = label_id("Mahasiswa berunjuk rasa menolak UU Omnibus Law di depan gedung dewan.")
    assert result.texts("PERSON") == []


def test_an_address_number_with_a_dot_opens_no_count(label_id):
    result = label_id("Korban warga RT. 05 RW. 02 Dusun Ngemplak Desa Karanganom Kecamatan Klaten Utara.")
    assert result.texts("GPE") == ["Dusun Ngemplak", "Desa Karanganom", "Kecamatan Klaten Utara"]


def test_a_place_type_ends_the_place_before_it(label_id):
    result = label_id("Tim menyisir dari Dusun Jatiwaru Desa Surat hingga hilir sungai.")
    assert result.texts("GPE") == ["Dusun Jatiwaru"]


def test_a_dam_name_stops_at_the_hamlet(label_id):
    result = label_id("Penyisiran dimulai di Bendungan Kalisogo Dusun Pendem menuju hilir.")
    assert result.texts("LOC") == ["Bendungan Kalisogo"]
    assert result.texts("GPE") == ["Dusun Pendem"]


def test_javanese_compass_words_end_a_village_name(label_id):
    result = label_id("Siswa yang tinggal di Kelurahan Sidomulyo Lor dan Desa Tegalrejo Kidul boleh mendaftar.")
    assert result.texts("GPE") == ["Kelurahan Sidomulyo Lor", "Desa Tegalrejo Kidul"]


def test_a_school_score_in_brackets_is_no_credit(label_id):
    result = label_id("Nilai tertinggi diraih Rina Marlina (SMP 4/391), disusul Dewi Anggraini (SMP 2/388).")
    assert result.texts("PERSON") == ["Rina Marlina", "Dewi Anggraini"]
    assert result.texts("ORG") == ["SMP 4", "SMP 2"]


def test_air_force_and_navy_ranks_open_no_name(label_id):
    result = label_id("Kepala Basarnas Marsekal Madya TNI Hendra Gunawan meninjau lokasi.")
    assert result.texts("PERSON") == ["Hendra Gunawan"]


def test_a_regulation_number_is_no_name(label_id):
    result = label_id("Hal itu diatur Peraturan Menteri Perhubungan Nomor KM 12 Tahun 2015 tentang pelabuhan.")
    assert result.texts("PERSON") == []


def test_the_search_and_rescue_agency_by_its_full_name(label_id):
    result = label_id("Kepala Badan Nasional Pencarian dan Pertolongan Letjen Heru Santoso tiba di lokasi.")
    assert result.texts("ORG") == ["Badan Nasional Pencarian dan Pertolongan"]
    assert result.texts("PERSON") == ["Heru Santoso"]


def test_a_training_session_is_no_name(label_id):
    result = label_id("Petugas mengikuti Bimbingan Teknis pemutakhiran data pemilih di aula kantor.")
    assert result.texts("PERSON") == []


def test_two_capitals_inside_a_name_are_its_initials(label_id):
    result = label_id("Rapat itu dihadiri Menteri Keuangan Bambang DW Sasongko dan warga.")
    assert result.texts("PERSON") == ["Bambang DW Sasongko"]
    assert result.texts("ORG") == []


def test_regional_regulations_are_no_names(label_id):
    result = label_id("Perda itu disahkan bersama Raperda lain oleh DPRD Kabupaten Sleman.")
    assert result.texts("PERSON") == []
    assert result.texts("ORG") == ["DPRD Kabupaten Sleman"]


def test_village_government_portfolio_opens_no_name(label_id):
    result = label_id("Kabag Pemdes Setda Sleman, Agus Riyanto, menjelaskan aturan itu.")
    assert result.texts("PERSON") == ["Agus Riyanto"]


def test_a_credit_line_after_a_bullet(label_id):
    result = label_id("Acara berakhir pukul 12.30 WITA dengan tertib.\n- Penulis: Dewi Lestari")
    assert result.texts("PERSON") == ["Dewi Lestari"]


def test_a_regency_in_small_letters_after_a_council_is_part_of_it(label_id):
    result = label_id(
        "Reses anggota dewan digelar di Temanggung pekan ini. Hasilnya dibahas sidang paripurna DPRD "
        "temanggung, kata Ketua DPRD Temanggung, Yunianto."
    )
    assert result.texts("GPE") == ["Temanggung"]
    assert result.texts("ORG") == ["DPRD temanggung", "DPRD Temanggung"]


def test_a_regency_in_small_letters_after_a_place_type(label_id):
    result = label_id("Sidang DPRD Kabupaten wonosobo digelar, dan warga Kabupaten Wonosobo menonton.")
    assert result.texts("ORG") == ["DPRD Kabupaten wonosobo"]
    assert result.texts("GPE") == ["Kabupaten Wonosobo"]


def test_a_place_name_used_as_a_common_word_stays_untagged(label_id):
    result = label_id("Dia membeli batu akik di pasar, lalu pulang ke Kediri.")
    assert result.texts("GPE") == ["Kediri"]


def test_an_outlet_in_capitals_opening_the_dateline(label_id):
    result = label_id("SINARNEWS – Warga Desa Karangjati menggelar kerja bakti bersama polisi.")
    assert "SINARNEWS" in result.texts("ORG")
    assert "SINARNEWS" not in result.texts("GPE")


def test_a_day_with_a_space_before_its_comma(label_id):
    result = label_id("Rapat digelar Senin , 07 Maret 2022 di aula kantor bupati.")
    assert result.texts("DATE") == ["Senin , 07 Maret 2022"]


def test_a_club_named_with_ps_and_a_known_body(label_id):
    result = label_id("Pelatih PS TNI Suharto mengaku kecewa, sedangkan PS Sleman menang dua gol.")
    assert result.texts("ORG") == ["PS TNI", "PS Sleman"]
    assert result.texts("PERSON") == ["Suharto"]


def test_a_village_name_may_end_in_a_natural_word(label_id):
    result = label_id(
        "Sabu ditemukan di Dusun II, Desa Bagan Laut, Kecamatan Pantai Cermin, sedangkan kapal berlayar ke Laut Jawa."
    )
    assert result.texts("GPE") == ["Dusun II", "Desa Bagan Laut", "Kecamatan Pantai Cermin"]
    assert result.texts("LOC") == ["Laut Jawa"]


def test_dotted_initials_inside_a_name(label_id):
    result = label_id("Kapolres Sukamaju, AKBP Benny H.P. Siregar, menegaskan komitmennya.")
    assert result.texts("PERSON") == ["Benny H.P. Siregar"]


def test_a_one_word_name_after_a_small_letter_role_and_its_province(label_id):
    result = label_id("Sementara pelatih Banten Ujang menerima kekalahan timnya dengan lapang dada.")
    assert result.texts("GPE") == ["Banten"]
    assert result.texts("PERSON") == ["Ujang"]


def test_the_sports_committee_by_its_full_name(label_id):
    result = label_id("Ketua Komite Olahraga Nasional Indonesia (KONI) Wonogiri, Bambang Sutejo, hadir.")
    assert result.texts("ORG") == ["Komite Olahraga Nasional Indonesia", "KONI"]
    assert result.texts("PERSON") == ["Bambang Sutejo"]


def test_a_photo_credit_naming_an_outlet_by_its_capitals(label_id):
    result = label_id("Bupati menyerahkan bonus kepada atlet. (Foto:Sutarman/TIMES Indonesia)")
    assert result.texts("PERSON") == ["Sutarman"]
    assert result.texts("ORG") == ["TIMES Indonesia"]
