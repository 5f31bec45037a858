"""Entity error classes found on fresh real pages outside the development set (issue 11, second
round), each on invented sentences: a degree after the name, Haji after a rank, passive verbs
opening a sentence, police buildings, title-case captions, initials that are also known names,
unit acronyms, datelines with the outlet first, portfolios inside a role, English pages about
Indonesia."""

from __future__ import annotations


def test_degree_after_the_name_does_not_make_the_name_a_place(label_id):
    result = label_id("Kapolres Sukamara AKBP Darmawan Pratama SH telah mengeluarkan surat perintah.")
    assert result.texts("PERSON") == ["Darmawan Pratama"]
    assert result.texts("GPE") == ["Sukamara"]


def test_haji_after_a_rank(label_id):
    result = label_id("Tim itu dipimpin Wakapolres Kompol H Rusdiono SH MH.")
    assert result.texts("PERSON") == ["Rusdiono"]
    assert result.texts("GPE") == []


def test_passive_verb_opening_a_sentence_is_no_part_of_the_name(label_id):
    result = label_id("Dikatakan Sutomo, pihaknya menjamin prosedur. Selanjutnya, disebutkan Wardani, tim bergerak.")
    assert result.texts("PERSON") == ["Sutomo", "Wardani"]


def test_word_after_a_police_building_is_its_place(label_id):
    result = label_id("Massa diduga terlibat pembakaran Mapolsek Karangsari.")
    assert result.texts("GPE") == ["Karangsari"]
    assert result.texts("PERSON") == []


def test_title_case_caption_word_does_not_continue_a_place(label_id):
    result = label_id(
        "Polisi memburu pelaku pencurian itu sejak pekan lalu.\n"
        " Pelaku pencurian sepeda motor asal Kediri Diamankan. (Dok. Istimewa) |\n"
        "Pelaku akhirnya diamankan polisi di rumahnya."
    )
    assert result.texts("GPE") == ["Kediri"]


def test_initials_that_spell_a_known_name_stay_the_person_everywhere(label_id):
    result = label_id("Polisi menangkap pelaku berinisial AS di Garut. Petugas membawa AS ke kantor. AS mengaku menyesal.")
    assert result.texts("PERSON") == ["AS", "AS", "AS"]
    assert result.texts("GPE") == ["Garut"]


def test_unit_acronyms_are_organisations_with_their_parent(label_id):
    result = label_id(
        "Informasi itu diterima Ditreskrimum Polda Kaltim. Kepala Dispora menolak hadir. "
        "Ia mundur dari Kabinet Indonesia Raya pekan lalu."
    )
    assert result.texts("ORG") == ["Ditreskrimum Polda Kaltim", "Dispora", "Kabinet Indonesia Raya"]
    assert result.texts("PERSON") == []


def test_roads_and_cafes_are_facilities_even_when_named_after_places(label_id):
    result = label_id("Pelaku ditangkap di Kafe Melati di Jalan Sabang, lalu dibawa ke Jl. Medan Merdeka.")
    assert result.texts("GPE") == []
    assert result.texts("PERSON") == []


def test_short_form_of_a_role_is_no_organisation(label_id):
    result = label_id("Menteri Keuangan (Menkeu) Sri Handayani bertemu wartawan.")
    assert result.texts("ORG") == []
    assert result.texts("PERSON") == ["Sri Handayani"]


def test_place_after_a_defined_acronym_in_a_role_and_the_name_in_apposition(label_id):
    result = label_id("Kepala Badan Penanggulangan Bencana Daerah (BPBD) Banjarnegara, Arief Santoso, mengatakan hal itu.")
    assert result.texts("ORG") == ["Badan Penanggulangan Bencana Daerah", "BPBD"]
    assert result.texts("GPE") == ["Banjarnegara"]
    assert result.texts("PERSON") == ["Arief Santoso"]


def test_unlisted_portfolio_inside_a_role(label_id):
    result = label_id("kata Kepala Seksi Kedaruratan dan Logistik BPBD Lebak Lilis Marlina, Sabtu.")
    assert result.texts("PERSON") == ["Lilis Marlina"]
    # the unit written out is part of the body's name (written_units; the shared guidelines' sub-units)
    assert result.texts("ORG") == ["Seksi Kedaruratan dan Logistik BPBD Lebak"]


def test_unlisted_english_portfolio_before_minister(label_en):
    result = label_en(
        "Chief Political, Legal and Security Minister Arif Panjaitan met Chief Economics Minister Rudi Djalil. "
        "Foreign Minister Dewi Marsudi, Trade and Industry Minister Enggar Lukita and others came."
    )
    assert result.texts("PERSON") == ["Arif Panjaitan", "Rudi Djalil", "Dewi Marsudi", "Enggar Lukita"]


def test_dateline_with_the_outlet_before_the_city(label_id):
    result = label_id("BORNEO POST, BENGKAYANG – Musim hujan tiba lebih awal.\nWarga diminta waspada.")
    assert result.texts("ORG") == ["BORNEO POST"]
    assert result.texts("GPE") == ["BENGKAYANG"]


def test_caption_word_is_no_dateline_city(label_id):
    result = label_id("Ilustrasi - Personel BPBD Kabupaten Garut membersihkan jalan.\nWarga diminta waspada.")
    assert result.texts("GPE") == []
    assert result.texts("ORG") == ["BPBD Kabupaten Garut"]


def test_english_page_with_indonesian_ranks_and_an_opening_initial(label_en):
    result = label_en(
        "Traffic director Kombes Sambodo Purnomo said the mob fled. National Police spokesman Insp. Gen. "
        "M. Iqbal said in Jakarta that an Air Force plane landed."
    )
    assert result.texts("PERSON") == ["Sambodo Purnomo", "M. Iqbal"]
    assert "Air Force" in result.texts("ORG")


def test_english_names_of_indonesian_provinces_and_regencies(label_en):
    result = label_en(
        "Police in Central Sulawesi and Southeast Sulawesi arrested two men from East Lombok and the Riau Islands."
    )
    assert result.texts("GPE") == ["Central Sulawesi", "Southeast Sulawesi", "East Lombok", "Riau Islands"]
    assert result.texts("PERSON") == []


def test_english_rank_after_a_police_chief_is_no_place(label_en):
    result = label_en('"We have arrested three," Central Sulawesi Police Chief Brigadier General Dewa Santika said.')
    assert result.texts("PERSON") == ["Dewa Santika"]
    # the head's title gives the force's place alone, as `Kapolda Sumsel` and the real pages'
    # `Milne Bay Police Commander`, `Kamrieng Deputy Police Chief` do (en_ents5 round)
    assert result.texts("GPE") == ["Central Sulawesi"]
    assert result.texts("ORG") == []


def test_commission_letter_and_club_head_after_a_conjunction(label_id):
    result = label_id(
        "Ketua Komisi B Ratna Ayu Lestari hadir. Tim itu satu kandang dengan Persija Jakarta dan FC Bekasi City."
    )
    assert result.texts("ORG") == ["Komisi B", "Persija Jakarta", "FC Bekasi City"]
    assert result.texts("PERSON") == ["Ratna Ayu Lestari"]


def test_venues_amounts_and_party_people_are_no_names(label_id):
    result = label_id(
        "Tim akan tandang ke Jatidiri Arena pada Minggu. Anggarannya sebesar Rp.200 Millyar. "
        "Politisi Demokrat ini menjelaskan anggaran di wilayah Puskesmas Sembayat."
    )
    assert result.texts("PERSON") == []
    assert result.texts("GPE") == []
    assert result.texts("ORG") == ["Demokrat", "Puskesmas Sembayat"]


def test_unlisted_portfolio_nouns_and_a_defined_unit_are_no_names(label_id):
    result = label_id(
        "Anggota Bidang Pengusahaan, Wan Darmawan hadir. Kepala Bidang Pencegahan dan Pengendalian Penyakit "
        "Menular (P2PM) Dinas Kesehatan Kabupaten Sintang, Muchtar Siregar mengatakan hal itu."
    )
    assert result.texts("PERSON") == ["Wan Darmawan", "Muchtar Siregar"]
    assert result.texts("ORG") == ["Dinas Kesehatan Kabupaten Sintang"]


def test_city_districts_come_from_the_gazetteer_package(label_id):
    result = label_id("Banjir merendam rumah warga di Menteng dan Kembangan, Jakarta.")
    assert result.texts("GPE") == ["Menteng", "Kembangan", "Jakarta"]


def test_units_before_a_body_and_a_body_inside_an_unknown_run(label_id):
    result = label_id(
        "Akun TMC Polda Metro Jaya mengunggah video. Pihak Bidang Humas Polda Metro Jaya menyatakan hal itu. "
        "Aparat Reskrim Polsek Tebet menangkap pemuda. Ia datang ke DPP PDIP kemarin."
    )
    assert result.texts("ORG") == [
        "TMC Polda Metro Jaya",
        "Bidang Humas Polda Metro Jaya",
        "Reskrim Polsek Tebet",
        "DPP PDIP",
    ]


def test_office_of_a_body_gives_the_body_and_a_station_unit(label_id):
    result = label_id(
        "Rapat di Kantor DPP PDI-P dan Kantor Kemko Perekonomian berjalan lancar. "
        "Data BMKG Stasiun Pekanbaru menunjukkan hal itu."
    )
    assert result.texts("ORG") == ["DPP PDI-P", "Kemko Perekonomian", "BMKG Stasiun Pekanbaru"]


def test_english_portfolios_and_role_words_are_no_names(label_en):
    result = label_en(
        "Religious Affairs Minister Fachri Rozi was replaced. Idrus Marwan was appointed Social Affairs Minister. "
        "He replaced Teten Masdi as the Presidential Chief of Staff. Dr Sri Mulyani, currently Managing Director "
        "at World Bank, came. Darmin Nasri will replace Coordinating Minister for Economic Affairs Sofyan Jalil. "
        "Air Marshal Yusuf Sutisna was appointed."
    )
    assert result.texts("PERSON") == [
        "Fachri Rozi", "Idrus Marwan", "Teten Masdi", "Sri Mulyani", "Darmin Nasri", "Sofyan Jalil", "Yusuf Sutisna"
    ]


def test_a_name_opening_a_line_with_a_dash_is_no_dateline(label_en):
    result = label_en("Indonesian President Joko Widodo reshuffled his cabinet.\nWidodo -- known as Jokowi -- will go.")
    assert result.texts("GPE") == []


def test_long_body_names_with_pe_an_nouns_stay_whole(label_id):
    result = label_id(
        "Badan Penanganan Bencana Daerah Kabupaten Sambas menghimbau warga. "
        "Pusat Pelaporan dan Analisa Transaksi Keuangan menyebutkan hal itu."
    )
    assert result.texts("ORG") == [
        "Badan Penanganan Bencana Daerah Kabupaten Sambas",
        "Pusat Pelaporan dan Analisa Transaksi Keuangan",
    ]


def test_secretariat_of_a_council_and_a_portfolio_pair_before_the_name(label_id):
    result = label_id(
        "Ia meresmikan Sekretariat Dewan Pimpinan Pusat Taruna Bangsa di Menteng. Sekretariat Kabinet menyebutkan itu. "
        "Deputi Bidang Statistik Distribusi dan Jasa Yunita Rahayu menjelaskan inflasi."
    )
    assert result.texts("ORG") == ["Dewan Pimpinan Pusat Taruna Bangsa", "Sekretariat Kabinet"]
    assert result.texts("PERSON") == ["Yunita Rahayu"]


def test_team_credit_and_a_bureau_credit(label_id, label_en):
    result = label_id("Banjir surut.\nPewarta: Tim JAKX\nEditor: Indriani")
    assert result.texts("ORG") == ["JAKX"]
    assert result.texts("PERSON") == ["Indriani"]
    english = label_en("Police said so.\nReporting by the Jakarta bureau; Writing by Randy Fabi")
    assert english.texts("PERSON") == ["Randy Fabi"]


def test_hyphen_joined_pairs_and_a_hyphenated_first_name(label_id):
    result = label_id(
        "Koalisi pendukung Prabowo Santoso-Sandi Wijaya hadir. Sekber Gerindra-PKB dibuka. "
        "Kata Amir-Saeed Rahman kemarin di Kantornya, Jakarta."
    )
    # Two names of two words on either side are two people (issue 11, the hyphen round).
    assert result.texts("PERSON") == ["Prabowo Santoso", "Sandi Wijaya", "Amir-Saeed Rahman"]
    assert result.texts("GPE") == ["Jakarta"]


def test_party_names_and_a_faction(label_id):
    result = label_id("Pertemuan itu dihadiri Sekjen Berkarya Priyo Budi Santoso dan Sekjen Nasdem Johnny Plate.")
    assert result.texts("ORG") == ["Berkarya", "Nasdem"]
    assert result.texts("PERSON") == ["Priyo Budi Santoso", "Johnny Plate"]


def test_date_forms_of_real_pages(label_id, label_en):
    result = label_id("Pada 20 – 21 November 2015 rapat. Kamis, 02/05/2019 sore. Senin (8 Oktober) ia datang.")
    assert result.texts("DATE") == ["20 – 21 November 2015", "Kamis, 02/05/2019", "Senin (8 Oktober)"]
    english = label_en("Thu, 02 Jun 2005. On Tuesday (Oct 8) he left. Mon, November 25, 2024. The Sun reported it.")
    assert english.texts("DATE") == ["Thu, 02 Jun 2005", "Tuesday (Oct 8)", "Mon, November 25, 2024"]


def test_english_credits_villages_and_headline_adjectives(label_en):
    result = label_en(
        "Deadly Indonesian police raid sparks debate\n\nPolice arrived at the village of Batu Rengat. "
        "Yohanes Sulaiman told reporters about Independence Day.\n"
        "Translator: Nadia Putri R, Nabil Ihsan\nEditor: Aditya Wicaksono"
    )
    assert result.texts("PERSON") == ["Yohanes Sulaiman", "Nadia Putri R", "Nabil Ihsan", "Aditya Wicaksono"]
    assert result.texts("GPE") == ["Batu Rengat"]


def test_name_in_apposition_after_a_role_of_a_place_is_no_place(label_en):
    result = label_en("There is also the governor of Jambi, Zumi Zola and the former governor of Riau, Annas Maamun.")
    assert result.texts("PERSON") == ["Zumi Zola", "Annas Maamun"]
    assert result.texts("GPE") == ["Jambi", "Riau"]


def test_a_list_of_bodies_is_no_list_of_portfolios_and_metro_police_units(label_id):
    result = label_id("Posko diisi personel dari Dinas Kesehatan, Kepolisian, TNI. Ia menyalami jajaran di Polrestro Jakut.")
    assert result.texts("ORG") == ["Dinas Kesehatan", "TNI", "Polrestro Jakut"]


def test_abbreviated_mountain_head(label_en):
    result = label_en("The eruption of the Mt. Ile Ape volcano caused panic.")
    assert result.texts("LOC") == ["Mt. Ile Ape"]
    assert result.texts("PERSON") == []
