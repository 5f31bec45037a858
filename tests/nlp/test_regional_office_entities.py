"""Indonesian entity shapes of regional health, council and military pages that cost edits
(issue 11, the `id_ents3` round). Every text is invented to show one form."""

from __future__ import annotations


def test_a_hospital_named_after_a_doctor_is_one_org(label_id):
    result = label_id("Pasien dirujuk ke RSUD dr. Soedarso lalu ke RSUP dr. Kariadi Semarang.")
    assert result.texts("ORG") == ["RSUD dr. Soedarso", "RSUP dr. Kariadi Semarang"]
    assert result.texts("PERSON") == []


def test_the_long_hospital_head_takes_the_doctor_too(label_id):
    result = label_id("Ia dirawat di Rumah Sakit Umum Daerah dr. Iskak sejak pagi.")
    assert result.texts("ORG") == ["Rumah Sakit Umum Daerah dr. Iskak"]


def test_a_director_after_the_hospital_head_keeps_his_name(label_id):
    result = label_id("Direktur RSUD dr. Rina Hartono mengatakan pasien stabil.")
    assert result.texts("PERSON") == ["Rina Hartono"]
    assert result.texts("ORG") == ["RSUD"]


def test_a_clinic_head_is_no_hospital(label_id):
    result = label_id("Kepala Puskesmas dr. Andi Wijaya memeriksa warga.")
    assert result.texts("PERSON") == ["Andi Wijaya"]


def test_a_fused_head_of_office_gives_the_place(label_id):
    result = label_id("Kadinkes Lamongan dr. Budi Santoso dan Kadisdik Kalteng Rina Hartono hadir.")
    assert result.texts("GPE") == ["Lamongan", "Kalteng"]
    assert result.texts("PERSON") == ["Budi Santoso", "Rina Hartono"]


def test_a_specialist_degree_is_no_name(label_id):
    result = label_id("Direktur RSUD Sukamaju dr. Rina Hartono, Sp.PD mengatakan pasien stabil.")
    assert result.texts("PERSON") == ["Rina Hartono"]


def test_a_plenary_session_is_no_person(label_id):
    result = label_id(
        "DPRD Lamongan menggelar rapat Paripurna Tingkat I. Rapat Paripurna ini dipimpin Ketua DPRD Lamongan Budi Santoso."
    )
    assert result.texts("PERSON") == ["Budi Santoso"]
    assert result.texts("ORG") == ["DPRD Lamongan", "DPRD Lamongan"]


def test_the_infantry_spelt_out_after_a_rank_is_no_name(label_id):
    result = label_id("Dandim Letkol Infantri Budi Santoso membuka acara.")
    assert result.texts("PERSON") == ["Budi Santoso"]


def test_the_holy_month_after_an_opener_is_a_date(label_id):
    result = label_id("Harga naik menjelang Ramadhan. Selama bulan Ramadan, warga berbuka bersama.")
    assert result.texts("DATE") == ["Ramadhan", "bulan Ramadan"]


def test_the_holy_month_in_a_name_is_no_date(label_id):
    result = label_id("Penjual cabai, Fikri Ramadhan, mengatakan harga naik.")
    assert result.texts("DATE") == []
    assert result.texts("PERSON") == ["Fikri Ramadhan"]


def test_a_numbered_deputy_keeps_the_council_and_the_name(label_id):
    result = label_id("Rapat dipimpin oleh Wakil Ketua I DPRD Donggala, Budi Santoso, dan anggota dewan.")
    assert result.texts("ORG") == ["DPRD Donggala"]
    assert result.texts("PERSON") == ["Budi Santoso"]
    assert result.texts("GPE") == []


def test_mass_organisations_and_regional_forums_are_orgs(label_id):
    result = label_id("Anggota Banser, GP Ansor, Baznas dan Forkompimda ikut membantu warga.")
    assert result.texts("ORG") == ["Banser", "GP Ansor", "Baznas", "Forkompimda"]


def test_a_name_after_a_bodys_place_is_the_person(label_id):
    result = label_id("Kepala Kejaksaan Negeri Lamongan Budi Santoso mengatakan berkas sudah lengkap.")
    assert result.texts("ORG") == ["Kejaksaan Negeri Lamongan"]
    assert result.texts("PERSON") == ["Budi Santoso"]


def test_a_hospital_director_without_a_comma(label_id):
    result = label_id("Direktur RSUD Sinjai Andi Wijaya mengatakan pasien sudah pulang.")
    assert result.texts("ORG") == ["RSUD Sinjai"]
    assert result.texts("PERSON") == ["Andi Wijaya"]


def test_a_bodys_words_after_its_place_stay_when_a_name_follows_a_comma(label_id):
    result = label_id("Kepala Unit Pengelola Jakarta Smart City, Rina Hartono, menyatakan data diperbarui.")
    assert result.texts("ORG") == ["Unit Pengelola Jakarta Smart City"]
    assert result.texts("PERSON") == ["Rina Hartono"]


def test_a_body_with_its_place_and_no_role_is_unchanged(label_id):
    result = label_id("Ia kuliah di Universitas Sumatera Utara sejak lama.")
    assert result.texts("ORG") == ["Universitas Sumatera Utara"]


def test_a_bare_haji_before_a_name(label_id):
    result = label_id("H Rudin juga menegaskan hal itu, dan Hadir pula H Abdul Rohman.")
    assert result.texts("PERSON") == ["Rudin", "Abdul Rohman"]


def test_a_middle_initial_is_no_haji(label_id):
    result = label_id("Menteri Johnny H Plate hadir di sana.")
    assert result.texts("PERSON") == ["Johnny H Plate"]


def test_a_club_word_left_before_a_place_found_in_the_dateline(label_id):
    result = label_id("Pati - Tim tamu tampil apik saat melawan Persipa Pati di kandang sendiri.")
    assert "Persipa Pati" in result.texts("ORG")


def test_a_common_word_of_the_club_shape_stays_untagged(label_id):
    result = label_id("Persoalan Jakarta belum selesai, kata warga.")
    assert result.texts("ORG") == []


def test_regional_village_titles_are_roles(label_id):
    result = label_id("Kuwu Sukamekar Budi Santoso dan Geuchik Rina Hartono hadir.")
    assert result.texts("PERSON") == ["Budi Santoso", "Rina Hartono"]


def test_the_place_type_after_a_regional_title_keeps_the_place(label_id):
    result = label_id("Kades Desa Wates hadir bersama Camat Kecamatan Wates Budi Santoso.")
    assert result.texts("GPE") == ["Desa Wates", "Kecamatan Wates"]
    assert result.texts("PERSON") == ["Budi Santoso"]


def test_a_place_before_a_name_found_whole_elsewhere_is_part_of_it(label_id):
    result = label_id("Kajari Darmo Wijoyo menambahkan keterangan. Sebelumnya Kepala Kejari Kukar, Darmo Wijoyo, hadir.")
    assert result.texts("PERSON") == ["Darmo Wijoyo", "Darmo Wijoyo"]
    assert result.texts("GPE") == []


def test_a_prison_by_its_class_and_seat_is_one_org(label_id):
    result = label_id("Kepala Lapas Kelas IIA Lamongan Budi Santoso memeriksa sel.")
    assert result.texts("ORG") == ["Lapas Kelas IIA Lamongan"]
    assert result.texts("PERSON") == ["Budi Santoso"]


def test_the_police_cells_give_the_police_unit(label_id):
    result = label_id("Tersangka kini ditahan di Rutan Polres Lamongan.")
    assert result.texts("ORG") == ["Polres Lamongan"]


def test_a_village_enterprises_own_name_after_its_acronym_is_no_person(label_id):
    result = label_id("Badan Usaha Milik Desa (BUMDes) Maju Jaya dan Kelompok Tani (Poktan) Subur Makmur untung.")
    assert "Maju Jaya" in result.texts("ORG")
    assert "Subur Makmur" in result.texts("ORG")
    assert result.texts("PERSON") == []


def test_a_head_named_after_a_national_bodys_acronym_stays_a_person(label_id):
    result = label_id("Menurut Badan Pusat Statistik (BPS) Rina Hartono, inflasi turun.")
    assert result.texts("PERSON") == ["Rina Hartono"]


def test_a_state_company_keeps_its_roman_number(label_id):
    result = label_id("Direktur Utama Pelindo II Budi Santoso meninjau pabrik PTPN VII di Lampung.")
    assert result.texts("ORG") == ["Pelindo II", "PTPN VII"]
    assert result.texts("PERSON") == ["Budi Santoso"]


def test_a_balinese_name_after_a_body_is_no_number(label_id):
    result = label_id("Kalaksa BPBD I Made Rentin memimpin rapat.")
    assert result.texts("ORG") == ["BPBD"]
    assert result.texts("PERSON") == ["I Made Rentin"]


def test_a_headline_verb_ends_a_named_body_in_a_read_also_line(label_id):
    result = label_id("Warga mendukung.\n\n**Baca juga: Lapas Kelas IIB Sukamaju Dukung Program Baru.\n\nAcara selesai.")
    assert result.texts("ORG") == ["Lapas Kelas IIB Sukamaju"]


def test_the_village_minister_is_no_village(label_id):
    result = label_id("Menteri Desa Budi Santoso meninjau Terminal Grogol dan Bandara Sentani.")
    assert result.texts("PERSON") == ["Budi Santoso"]
    assert result.texts("GPE") == []


def test_a_regional_cup_is_no_person_and_its_year_no_date(label_id):
    result = label_id("Tim itu juara Piala Soeratin 2023 dan Piala Bupati Lamongan 2024.")
    assert result.texts("PERSON") == []
    assert result.texts("DATE") == []
    assert result.texts("GPE") == ["Lamongan"]


def test_a_cup_as_a_common_noun_stays_untagged(label_id):
    result = label_id("Piala itu dibawa pulang oleh kapten tim.")
    assert result.texts("PERSON") == [] and result.texts("EVENT") == []


def test_a_known_cup_ends_where_it_ends(label_id):
    result = label_id("Piala Presiden Joko Widodo diserahkan kepada kapten tim.")
    assert result.texts("PERSON") == ["Joko Widodo"]


def test_the_judges_word_inside_a_name_is_part_of_it(label_id):
    result = label_id("Menteri Agama Lukman Hakim Saifuddin hadir, dan Sidang dipimpin Hakim Rina Hartono.")
    assert result.texts("PERSON") == ["Lukman Hakim Saifuddin", "Rina Hartono"]
