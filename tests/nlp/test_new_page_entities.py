"""Entity error classes of the newest real dev articles (issue 11, Indonesian 043-058, English
017-024), each on invented sentences: listed companies and tickers, degrees after names, dotted
name particles and generational suffixes, police units written after the force, headline verbs
after a fused title, the region's outlets, newspapers named `Ekspres`, club and team nicknames."""

from __future__ import annotations


def test_listed_company_keeps_its_legal_form_and_ticker(label_id):
    result = label_id(
        "Saham PT Sinar Karya Mandiri (Persero) Tbk. (SKMD) naik 3 persen. Saham PT Teguh Abadi Tbk. "
        "(TGAB) turun. Terpantau SKMD menguat ke level 1.200."
    )
    assert result.texts("ORG") == [
        "PT Sinar Karya Mandiri (Persero) Tbk.",
        "SKMD",
        "PT Teguh Abadi Tbk.",
        "TGAB",
        "SKMD",
    ]


def test_bare_tickers_in_a_market_context_but_not_an_index(label_id):
    result = label_id(
        "IHSG melemah 1 persen. Selain itu saham QRTZ yang turun 2 persen, PLMB turun 1 persen, "
        "dan WXYZ yang naik 0,5 persen. Rapat itu dihadiri ABCD dari kantor pusat."
    )
    assert result.texts("ORG") == ["QRTZ", "PLMB", "WXYZ"]


def test_stock_exchange_is_an_organisation(label_id):
    result = label_id("Berdasarkan data Bursa Efek Indonesia, indeks ditutup melemah.")
    assert result.texts("ORG") == ["Bursa Efek Indonesia"]
    assert result.texts("PERSON") == result.texts("GPE") == []


def test_degrees_after_a_name_are_not_part_of_it(label_id):
    result = label_id(
        "Kapolres Lebak AKBP Rahmat Hidayat SIK, datang ke lokasi. Kepala sekolah Sri Lestari S.Pd., M.Pd. menyambut rombongan."
    )
    assert "Rahmat Hidayat" in result.texts("PERSON")
    assert "Sri Lestari" in result.texts("PERSON")
    assert not [t for t in result.texts("PERSON") if "SIK" in t or "Pd" in t]


def test_name_goes_on_across_a_dotted_particle(label_id):
    result = label_id("Kapolsek Tamalate, Iptu Andi Baso Dg. Nompo, mengatakan situasi aman. Andi Baso pulang.")
    assert "Andi Baso Dg. Nompo" in result.texts("PERSON")


def test_generational_suffix_keeps_its_stop(label_en):
    result = label_en("The report was written by Ramon Villanueva Jr., a reporter based in Cebu.")
    assert result.texts("PERSON") == ["Ramon Villanueva Jr."]


def test_police_unit_after_the_force_is_its_own_organisation(label_id):
    result = label_id("Pihak Kepolisian Polres Banggai angkat bicara. Atas nama anggota Polri Polsek Luwuk, ia meminta maaf.")
    assert result.texts("ORG") == ["Polres Banggai", "Polri", "Polsek Luwuk"]


def test_headline_verb_after_a_fused_title_is_no_place(label_id):
    result = label_id("Kapolres Janji Usut Tuntas\n\nKapolres Banggai AKBP Rudi Hartono datang ke lokasi.")
    assert "Janji" not in result.texts("GPE")
    assert "Banggai" in result.texts("GPE")


def test_outlets_of_the_region_are_organisations(label_en):
    result = label_en("The complaint was first reported by Rappler and later by the New Straits Times and Malaysiakini.")
    assert result.texts("ORG") == ["Rappler", "New Straits Times", "Malaysiakini"]
    assert result.texts("PERSON") == []


def test_newspaper_named_ekspres_is_an_organisation(label_id):
    result = label_id("Kapolres mendatangi kantor redaksi Lombok Ekspres di Mataram.")
    assert "Lombok Ekspres" in result.texts("ORG")
    assert result.texts("PERSON") == []


def test_club_and_team_nicknames_are_organisations(label_id, label_en):
    result = label_id("Pelatih Macan Putih, Joko Santoso, memuji pemain Laskar Kie Raha.")
    assert result.texts("ORG") == ["Macan Putih", "Laskar Kie Raha"]
    assert result.texts("PERSON") == ["Joko Santoso"]
    english = label_en("The Golden Dragons beat Harimau Malaya 2-1 on Sunday.")
    assert english.texts("ORG") == ["Golden Dragons", "Harimau Malaya"]
    assert english.texts("PERSON") == []


def test_coach_is_a_role_before_a_name(label_id):
    result = label_id("Coach Bambang Irawan mengatakan timnya siap.")
    assert result.texts("PERSON") == ["Bambang Irawan"]


def test_name_after_a_role_and_a_comma(label_id):
    result = label_id("Kepala Bidang Dinas Kesehatan Sinjai, Harmoko saat dikonfirmasi mengatakan kasus menurun.")
    assert "Harmoko" in result.texts("PERSON")
    assert "Dinas Kesehatan Sinjai" in result.texts("ORG")


def test_two_organisations_joined_by_and_are_two(label_en):
    result = label_en("The Home Ministry and Royal Brunei Police will work together, said the University and College Union.")
    assert result.texts("ORG") == ["Home Ministry", "Royal Brunei Police", "University and College Union"]


def test_world_city_that_is_a_surname_in_the_text_is_the_person(label_en):
    result = label_en("The article was written by Miguel Santos Jr. Apart from Keng and Santos, three others were named.")
    assert "Santos" in result.texts("PERSON")
    assert "Santos" not in result.texts("GPE")


def test_an_initial_after_a_role_opens_a_name(label_en):
    result = label_en("Meanwhile, Perak caretaker coach R. Devendran praised his players. It was plan B. Then we left.")
    assert result.texts("PERSON") == ["R. Devendran"]


def test_outlet_credit_at_a_paragraph_end_names_the_outlet_everywhere(label_id):
    result = label_id(
        "Kapolres datang ke kantor Radeks. Ia bertemu GM Radeks di sana.\n\n"
        "Pertemuan berlangsung hangat. (abc/cr2/Radeks)\n\nKegiatan selesai. (MAJU-RED)"
    )
    assert result.texts("ORG") == ["Radeks", "Radeks", "Radeks", "MAJU-RED"]
    assert result.texts("PERSON") == []


def test_an_organisation_head_alone_is_a_common_noun(label_id):
    result = label_id("Dinas membuat surat edaran ke Puskesmas untuk ditindaklanjuti. Warga datang ke Puskesmas Sukamaju.")
    assert result.texts("ORG") == ["Puskesmas Sukamaju"]
    assert result.texts("GPE") == result.texts("PERSON") == []


def test_branch_office_police_tape_and_federal_territories(label_id, label_en):
    result = label_id(
        "Cabang Dinas Pendidikan Jawa Tengah wilayah III menggelar rapat. Rumah itu dipasangi Police Line oleh polisi."
    )
    assert result.texts("ORG") == ["Cabang Dinas Pendidikan Jawa Tengah"]
    assert result.texts("PERSON") == []
    english = label_en('"We are ready," said Federal Territories Minister Tengku Razali.')
    assert english.texts("GPE") == ["Federal Territories"]
    assert english.texts("PERSON") == ["Tengku Razali"]
