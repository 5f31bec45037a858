"""Entity error classes of real published pages (issue 11), on invented sentences: rank chains,
name forms, places from the gazetteer packages, outlets and credits, clubs and leagues, page
furniture and dates."""

from __future__ import annotations

import pytest

from annotator.nlp.entities.places.entity_gazetteers import package_places


def test_rank_title_and_unit_chain_before_a_name(label_id):
    result = label_id("Hal itu disampaikan Kasat Reskrim Polres Lahat AKP Rudi Kuswanto kepada wartawan.")
    assert result.texts("PERSON") == ["Rudi Kuswanto"]
    assert result.texts("ORG") == ["Polres Lahat"]


def test_acting_head_of_a_regional_agency(label_id):
    result = label_id("ujar Plt Kepala Pelaksana BPBD Kota Bekasi Hendra Wijaya saat ditemui.")
    assert result.texts("PERSON") == ["Hendra Wijaya"]
    assert result.texts("ORG") == ["BPBD Kota Bekasi"]


def test_written_out_rank_after_a_fused_title_gives_the_place(label_id):
    result = label_id("Kapolsek Tanjung Duren Ajun Komisaris Besar Yuliana Sari meninjau lokasi.")
    assert result.texts("PERSON") == ["Yuliana Sari"]
    assert result.texts("GPE") == ["Tanjung Duren"]


def test_police_building_and_metro_unit(label_id):
    result = label_id(
        "Tersangka dibawa ke Mapolres Ogan Ilir. Kapolres Metro Jakarta Barat Kombes Pol Andi Saputra membenarkan. "
        "Kapolda Metro Jaya Irjen Bagus Pranoto hadir."
    )
    assert result.texts("GPE") == ["Ogan Ilir", "Jakarta Barat"]
    assert result.texts("PERSON") == ["Andi Saputra", "Bagus Pranoto"]


def test_title_without_its_stop_is_not_part_of_the_name(label_id):
    result = label_id("Rektor Prof Sulastri Handayani membuka acara itu.")
    assert result.texts("PERSON") == ["Sulastri Handayani"]


def test_middle_and_trailing_initials(label_id):
    result = label_id("Menteri Johnny R. Siregar bertemu Edy M Wibowo dan Rina CH Lestari di Bogor.")
    assert result.texts("PERSON") == ["Johnny R. Siregar", "Edy M Wibowo", "Rina CH Lestari"]


def test_nickname_in_quotation_marks_is_one_person(label_id):
    result = label_id('Mantan gubernur Bambang "Ambon" Sutrisno datang ke Medan.')
    assert result.texts("PERSON") == ['Bambang "Ambon" Sutrisno']
    assert result.quotes() == []


def test_initials_used_as_a_name(label_id):
    result = label_id("Polisi menangkap tersangka berinisial RH dan rekannya berinisial AS di rumahnya.")
    assert result.texts("PERSON") == ["RH", "AS"]


def test_two_word_regencies_are_places_not_people(label_id):
    result = label_id("Banjir melanda Empat Lawang dan Tanah Datar sejak pagi.")
    assert result.texts("GPE") == ["Empat Lawang", "Tanah Datar"]
    assert result.texts("PERSON") == []


def test_administrative_word_inside_the_place_but_not_after_a_government(label_id):
    result = label_id(
        "Warga Desa Sukamukti di Kecamatan Cikalong mengungsi. Pemerintah Kota Denpasar dan Wali Kota Depok membantu. "
        "BPBD Kota Palangka Raya siaga."
    )
    assert result.texts("GPE") == ["Desa Sukamukti", "Kecamatan Cikalong", "Denpasar", "Depok"]
    assert result.texts("ORG") == ["BPBD Kota Palangka Raya"]


def test_islands_alone_are_locations(label_id):
    result = label_id("Gempa terasa di Sulawesi dan Kalimantan, tetapi tidak di Kalimantan Timur.")
    assert result.texts("LOC") == ["Sulawesi", "Kalimantan"]
    assert result.texts("GPE") == ["Kalimantan Timur"]


def test_outlets_as_web_addresses_and_lower_case_outlets(label_id):
    result = label_id("PALEMBANG, KOMPAS.com - Hujan turun. Dikutip dari detikcom dan Bisnis.com, harga naik.")
    orgs = result.texts("ORG")
    assert "KOMPAS.com" in orgs
    assert "detikcom" in orgs
    assert "Bisnis.com" in orgs


def test_credit_lines_photo_credits_and_agency_tags(label_id):
    result = label_id(
        "Warga memadati pasar. (Foto: Andika Pratama/MI)\n"
        "Harga cabai naik dua kali lipat. (Ant)\n"
        "ANTARA FOTO/Siti Rahmawati\n"
        "Penulis: budi santoso | Editor: Wulan Sari\n"
        "Copyright © 2024 PT Media Nusantara Jaya All Rights Reserved"
    )
    assert result.texts("PERSON") == ["Andika Pratama", "Siti Rahmawati", "budi santoso", "Wulan Sari"]
    assert result.texts("ORG") == ["MI", "Ant", "ANTARA FOTO", "PT Media Nusantara Jaya"]


def test_byline_with_outlet(label_id):
    result = label_id("Harga Beras Naik Lagi\n\nNadia Kusuma Dewi, CNBC Indonesia\n12 Maret 2024 08:20\n\nHarga beras naik.")
    assert "Nadia Kusuma Dewi" in result.texts("PERSON")
    assert "CNBC Indonesia" in result.texts("ORG")


def test_page_furniture_is_no_person(label_id):
    result = label_id("Salin Artikel\nUkuran Font\nGabung Kanal WhatsApp\nLive Update\n\nWarga Bogor antre minyak goreng.")
    assert result.texts("PERSON") == []


def test_clubs_national_teams_and_leagues(label_id):
    result = label_id(
        "Persib Bandung menundukkan Persipura Jayapura di Liga 1. Timnas Indonesia bersiap, "
        "sementara Liga Champions dan Liga Inggris libur."
    )
    assert result.texts("ORG") == ["Persib Bandung", "Persipura Jayapura", "Timnas Indonesia"]
    assert result.texts("PERSON") == []


def test_a_role_before_a_known_bank_is_no_organisation_tail(label_id):
    result = label_id("Gubernur Bank Indonesia Perry Warjiyo memastikan inflasi terkendali.")
    assert result.texts("ORG") == ["Bank Indonesia"]
    assert result.texts("PERSON") == ["Perry Warjiyo"]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Ekonomi tumbuh pada kuartal II-2016 dan triwulan I 2017.", ["kuartal II-2016", "triwulan I 2017"]),
        ("Kasus naik dari Januari-November 2018.", ["Januari-November 2018"]),
        ("Tercatat Januari hingga Maret 2018 ada 30 kasus.", ["Januari hingga Maret 2018"]),
        ("Rapat digelar Jumat 14/3 di balai desa.", ["Jumat 14/3"]),
        ("Rapat digelar Rabu, 30/10/2024 di balai desa.", ["Rabu, 30/10/2024"]),
        ("Banjir surut di Jakarta (22/7).", ["22/7"]),
        ("Inflasi sampai akhir tahun 2022 terjaga, juga bulan Januari.", ["akhir tahun 2022", "bulan Januari"]),
        ("Pada Februari 30 kasus tercatat.", ["Februari"]),
    ],
)
def test_indonesian_dates_of_real_pages(label_id, text, dates):
    assert label_id(text).texts("DATE") == dates


def test_english_dates_of_real_pages(label_en):
    result = label_en("JAKARTA, DECEMBER 10, 2019 - Rain fell from January to March 2019 and on Tuesday March 31st, 2020.")
    assert result.texts("DATE") == ["DECEMBER 10, 2019", "January to March 2019", "Tuesday March 31st, 2020"]


def test_english_titles_demonyms_and_abbreviations(label_en):
    result = label_en(
        "The U.S. embassy said Indonesians and Muslim Uighurs met Datuk Seri Anwar Rahim and Coordinating Minister "
        "Budi Santoso in Java. The European Union agreed."
    )
    assert result.texts("PERSON") == ["Anwar Rahim", "Budi Santoso"]
    assert result.texts("GPE") == ["U.S."]
    assert result.texts("LOC") == ["Java"]
    assert result.texts("ORG") == ["European Union"]


def test_gazetteer_packages_give_indonesian_areas_countries_and_cities():
    places = package_places("id")
    assert places["Empat Lawang"] == "GPE"  # areaid regency, `Kabupaten` stripped
    assert places["Tanah Abang"] == "GPE"  # areaid district of two words
    assert places["Jerman"] == "GPE"  # pycountry, Indonesian name of Germany
    assert places["Germany"] == "GPE"
    assert places["Surabaya"] == "GPE"
    assert "Bambang" not in places  # one-word districts are left out (personal names)
    assert "Kota" not in places and "Victoria" not in places


def test_a_package_place_inside_a_personal_name(label_id):
    result = label_id("Presiden Susilo Bambang Yudhoyono tiba di Ketapang.")
    assert result.texts("PERSON") == ["Susilo Bambang Yudhoyono"]
    assert result.texts("GPE") == ["Ketapang"]


def test_credit_with_a_regional_outlet_in_capitals_and_agency_codes(label_id):
    result = label_id("Warga antre bantuan. (ANTARA/JACX)\nTRIBUN MEDAN/SUWARNO\n\nHujan turun lagi.")
    assert result.texts("ORG") == ["ANTARA", "JACX", "TRIBUN MEDAN"]
    assert result.texts("PERSON") == ["SUWARNO"]


def test_acronym_then_a_place_is_one_organisation(label_id):
    result = label_id("BPBD DKI mencatat 20 RT terendam.")
    assert result.texts("ORG") == ["BPBD DKI"]


def test_common_word_opening_a_capitalised_run_is_no_name(label_id):
    result = label_id("Acara ini digelar dalam rangka kegiatan sosial. Kegiatan Pasar Murah itu ramai.")
    assert result.texts("PERSON") == []


def test_two_name_particles_and_english_sentence_adverbs(label_en):
    result = label_en("Suddenly the water rose. Minister Hans van der Berg said the dikes held.")
    assert result.texts("PERSON") == ["Hans van der Berg"]


def test_long_official_names(label_id, label_en):
    result = label_id("Pejabat Direktorat Jenderal Politik dan Pemerintahan Umum Kemendagri hadir.")
    assert result.texts("ORG") == ["Direktorat Jenderal Politik dan Pemerintahan Umum Kemendagri"]
    result = label_en("The Ministry of Communication and Information Technology said on Monday.")
    assert result.texts("ORG") == ["Ministry of Communication and Information Technology"]


def test_club_with_a_prefix_and_a_trailing_initial(label_id):
    result = label_id("Pemain FC Goa bertanding. Kata pelatih Wahyu Putro A. kepada wartawan.")
    assert result.texts("ORG") == ["FC Goa"]
    assert result.texts("PERSON") == ["Wahyu Putro A."]


def test_a_name_that_is_also_a_common_word_of_the_text_stays_whole(label_id):
    result = label_id("Pasangan ganda putri itu menang, kata Putri Ayu Lestari kepada wartawan.")
    assert result.texts("PERSON") == ["Putri Ayu Lestari"]
