"""Error classes of the newest real development articles (issue 11, fourth batch), each on invented
sentences: date ranges and day-and-date pairs as one DATE, years of budgets and laws outside DATE,
vehicles and landmarks as no names."""

from __future__ import annotations


def test_a_range_of_months_without_a_year_is_one_date(label_id):
    result = label_id("Sejak Februari hingga Juni ini, polisi menerima sembilan laporan pencurian.")
    assert result.texts("DATE") == ["Februari hingga Juni"]


def test_a_range_between_two_dated_ends_is_one_date(label_id):
    result = label_id("Hujan lebat turun dari akhir Maret hingga awal April 2024 di wilayah itu.")
    assert result.texts("DATE") == ["akhir Maret hingga awal April 2024"]


def test_a_range_whose_first_day_has_no_month_is_one_date(label_id):
    result = label_id("Pameran digelar pada 11 sampai dengan 15 Juli 2022 di alun-alun.")
    assert result.texts("DATE") == ["11 sampai dengan 15 Juli 2022"]


def test_a_day_name_joined_to_its_date_by_tanggal_is_one_date(label_id):
    result = label_id("Upacara berlangsung hari ini Senin tanggal 9 Mei 2022 di halaman kantor.")
    assert result.texts("DATE") == ["Senin tanggal 9 Mei 2022"]


def test_a_day_name_after_its_date_is_one_date(label_en):
    result = label_en("The storm is expected to stay inside the zone until March 14, Friday.")
    assert result.texts("DATE") == ["March 14, Friday"]


def test_separate_days_listed_stay_separate(label_en):
    result = label_en("The office opens on Monday, Wednesday and Friday.")
    assert result.texts("DATE") == ["Monday", "Wednesday", "Friday"]


def test_a_year_of_a_budget_or_a_regulation_is_no_date(label_id):
    result = label_id(
        "Dewan menilai APBD tahun 2023 belum sesuai. Sesuai PP 12 tahun 2019, pembahasan APBD Garut 2024 "
        "dilakukan oleh panitia. Banjir terjadi pada tahun 2021."
    )
    assert result.texts("DATE") == ["tahun 2021"]


def test_vehicle_makes_and_models_are_no_names(label_id):
    result = label_id(
        "Polisi menyita sebuah Daihatsu Xenia hitam dan sepeda motor Yamaha milik Budi Santoso. "
        "Pelaku kabur dengan mobil Mitsubishi ke arah Garut."
    )
    assert result.texts("PERSON") == ["Budi Santoso"]
    assert result.texts("GPE") == ["Garut"]
    assert result.texts("ORG") == []


def test_a_make_in_an_event_or_company_name_is_kept(label_en):
    result = label_en("Yamaha Motor Corporation said on Friday it would sponsor the race.")
    assert result.texts("ORG") == ["Yamaha Motor Corporation"]


def test_quays_temples_and_galleries_are_facilities(label_en):
    result = label_en(
        "Crowds gathered along Riverside Quay and outside Wat Arun before walking to the Harbour Gallery, "
        "said Sok Vanna."
    )
    assert result.texts("PERSON") == ["Sok Vanna"]
    assert result.texts("GPE") == []


def test_kampung_gives_the_place_alone(label_id):
    result = label_id("Warga Kampung Sukamulya berkumpul di balai desa untuk membahas banjir.")
    assert result.texts("GPE") == ["Sukamulya"]


def test_a_short_form_of_the_place_after_a_police_unit_is_a_place(label_id):
    result = label_id(
        "Polres Lampung Selatan (Lamsel) menangkap dua pelaku di Kecamatan Natar. Kapolres Lamsel, "
        "AKBP Rudi Hartono, mengatakan kedua pelaku masih diperiksa."
    )
    assert result.texts("GPE") == ["Lamsel", "Kecamatan Natar", "Lamsel"]
    assert result.texts("ORG") == ["Polres Lampung Selatan"]


def test_an_acronym_of_the_organisation_stays_an_organisation(label_id):
    result = label_id("Dinas Kesehatan Kota Bandung (Dinkes) mencatat kenaikan kasus. Dinkes meminta warga waspada.")
    assert result.texts("ORG") == ["Dinas Kesehatan Kota Bandung", "Dinkes", "Dinkes"]


def test_an_ordinal_after_kota_is_no_place(label_id):
    result = label_id("Rapat paripurna memperingati Hari Jadi Kota Ke-120 digelar di Gedung DPRD Kota Solok.")
    assert result.texts("GPE") == []


def test_a_determiner_after_a_role_speaker_is_no_name(label_id):
    result = label_id("“Pelaku sudah kami tangkap,” ujar Kapolres Jambi Tersebut.")
    assert result.texts("PERSON") == []
    assert result.speaker_of("Pelaku sudah kami tangkap,") == "Kapolres Jambi Tersebut"


def test_a_deputy_mayor_without_a_name_is_no_person(label_id):
    result = label_id("Acara itu dihadiri Wakil Walikota Solok dan sejumlah kepala dinas.")
    assert result.texts("PERSON") == []
    assert result.texts("GPE") == ["Solok"]


def test_an_outlet_after_slashes_in_the_dateline_ends_there(label_id):
    result = label_id("SOLOK//Kabarsolok.com Polres Solok menangkap dua pelaku pencurian.\n\nKedua pelaku ditahan.")
    assert result.texts("ORG") == ["Kabarsolok.com", "Polres Solok"]
    assert result.texts("GPE") == ["SOLOK"]


def test_a_head_speaking_through_an_officer_is_the_speaker(label_id):
    result = label_id(
        "Kepala BPBD Garut, Joko Santoso melalui Kabid Kedaruratan, Ahmad Fauzi mengatakan bahwa pihaknya "
        "belum menerima laporan kerusakan. \"Belum ada laporan,\" katanya."
    )
    indirect = result.span("QUOTE", "pihaknya belum menerima laporan kerusakan")
    assert [s.text for s in result.linked(indirect, "SPEAKER")] == ["Joko Santoso"]
    clitic = result.span("SPEAKER", "katanya")
    assert [s.text for s in result.linked(clitic, "COREF")] == ["Joko Santoso"]


def test_an_officer_named_alone_stays_the_speaker(label_id):
    result = label_id("Kasat Reskrim Polres Garut AKP Ahmad Fauzi mengatakan, pelaku sudah ditahan di sel tahanan.")
    indirect = result.span("QUOTE", "pelaku sudah ditahan di sel tahanan")
    assert [s.text for s in result.linked(indirect, "SPEAKER")] == ["Ahmad Fauzi"]


def test_opposition_and_floor_leader_titles_stay_outside_the_name(label_en):
    result = label_en("Leader of the Opposition Tan Wei Ming said on Friday that the bill was rushed.")
    assert result.texts("PERSON") == ["Tan Wei Ming"]


def test_the_philippine_area_of_responsibility_is_no_name(label_en):
    result = label_en("The storm left the Philippine Area of Responsibility on Tuesday, forecasters said.")
    assert result.texts("PERSON") == []


def test_an_adjunct_before_bahwa_stays_out_of_the_report(label_id):
    result = label_id(
        "Kapolres Garut AKBP Rudi Hartono menjelaskan, pada Senin (6/4) bahwa sekitar pukul 02.00 WIB terjadi "
        "pencurian di gudang itu. Kasat Reskrim AKP Dedi Kurnia mengatakan kepada wartawan bahwa pelaku sudah "
        "ditahan di sel tahanan."
    )
    assert result.texts("QUOTE", type="indirect") == [
        "sekitar pukul 02.00 WIB terjadi pencurian di gudang itu",
        "pelaku sudah ditahan di sel tahanan",
    ]


def test_a_report_opening_with_a_time_phrase_keeps_it(label_id):
    result = label_id("Kepala BPBD Garut Joko Santoso mengatakan, pada malam itu air naik hingga satu meter.")
    assert result.texts("QUOTE", type="indirect") == ["pada malam itu air naik hingga satu meter"]


def test_a_party_member_role_resolves_to_the_person_not_the_party(label_id):
    result = label_id(
        "Anggota DPRD Kota Solok, Budi Santoso, hadir dalam acara itu.\n\n"
        "\"Santunan ini sangat membantu keluarga yang ditinggalkan,\" ujar Kader Partai Gerindra."
    )
    speaker = result.span("SPEAKER", "Kader Partai Gerindra")
    assert [s.text for s in result.linked(speaker, "COREF")] == ["Budi Santoso"]
