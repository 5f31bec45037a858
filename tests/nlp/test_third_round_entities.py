"""Entity error classes of the third round of issue 11 (new real dev articles and fresh pages),
each on invented sentences: provinces and states of neighbouring countries, islands and bays,
regional office acronyms, numbered military units."""

from __future__ import annotations


def test_provinces_and_states_of_the_region_are_places(label_en):
    result = label_en(
        "The storm hit Northern Samar and Batangas on Sunday, while police in Songkhla and Sarawak "
        "stayed on alert."
    )
    assert result.texts("GPE") == ["Northern Samar", "Batangas", "Songkhla", "Sarawak"]
    assert result.texts("PERSON") == []


def test_islands_and_bays_are_natural_places(label_en):
    result = label_en("Heavy rain fell across Luzon and Mindoro, and ships left Subic Bay early.")
    assert result.texts("LOC") == ["Luzon", "Mindoro", "Subic Bay"]
    assert result.texts("PERSON") == []


def test_budget_years_month_with_year_word_and_dashed_dates(label_id):
    result = label_id(
        "Dewan membahas Perubahan APBD 2021 dan RAPBD 2022 pada bulan Januari tahun 2015. "
        "Harga cabai naik di Surabaya, Selasa 16-03-2021, sejak awal Februari 2021."
    )
    assert result.texts("DATE") == ["bulan Januari tahun 2015", "Selasa 16-03-2021", "awal Februari 2021"]


def test_month_comma_year(label_en):
    result = label_en("The group was set up in April, 2014 by two brothers.")
    assert result.texts("DATE") == ["April, 2014"]


def test_numbered_military_units(label_en):
    result = label_en("Troops of the 5th Infantry Division and the 44th Ranger Forces Regiment searched the village.")
    assert result.texts("ORG") == ["5th Infantry Division", "44th Ranger Forces Regiment"]
    assert result.texts("PERSON") == []


def test_bare_m_opening_a_name_is_muhammad(label_id):
    result = label_id("Hal itu disampaikan M Nuh di Surabaya. Menurut Kapolres AKBP M Rizal Fahmi, pelaku sudah ditangkap.")
    assert result.texts("PERSON") == ["M Nuh", "M Rizal Fahmi"]


def test_more_regional_office_acronyms_take_their_place(label_id):
    result = label_id(
        "Kepala Disperkop UKM Kepahiang menyebut harga naik. Petugas Disperindagkop Muratara dan "
        "Disnakertrans Kabupaten Siak ikut memantau."
    )
    assert result.texts("ORG") == ["Disperkop UKM Kepahiang", "Disperindagkop Muratara", "Disnakertrans Kabupaten Siak"]
    assert result.texts("GPE") == []


def test_short_forms_of_regencies_are_places(label_id):
    result = label_id("Harga cabai di Muratara dan Kuansing naik tajam.")
    assert result.texts("GPE") == ["Muratara", "Kuansing"]


def test_ranks_in_capitals_and_a_comma_before_the_rank(label_id):
    result = label_id(
        "Kapolsek Sungaiduri, IPTU Haryono, mengonfirmasi penangkapan itu. "
        "Kapolresta Makota Kombespol Leonardus Simarmata menyatakan hal serupa."
    )
    assert result.texts("PERSON") == ["Haryono", "Leonardus Simarmata"]
    assert result.texts("GPE") == ["Sungaiduri", "Makota"]


def test_more_football_clubs(label_id):
    result = label_id("Persija menumbangkan Kalteng Putra 3-0, sedangkan Persebaya ditahan Sulut United.")
    assert result.texts("ORG") == ["Persija", "Kalteng Putra", "Persebaya", "Sulut United"]
    assert result.texts("PERSON") == []
    assert result.texts("GPE") == []


def test_role_word_before_a_body_is_no_part_of_it(label_en):
    result = label_en(
        "Deputy Royal Thai Police chief Pol. Gen. Somchai Wongsuwan said the suspects fled. "
        "Acting National Police Chief Gen. Ahmad Dofiri agreed."
    )
    assert result.texts("ORG") == ["Royal Thai Police", "National Police"]
    assert result.texts("PERSON") == ["Somchai Wongsuwan", "Ahmad Dofiri"]


def test_philippine_places_and_bodies(label_en):
    result = label_en(
        "SAN JOSE CITY, Palawan – Families in Barangay San Roque fled, Maria Santos, director at the "
        "Department of the Interior and Local Government, said."
    )
    assert result.texts("GPE") == ["SAN JOSE CITY", "Palawan", "Barangay San Roque"]
    assert result.texts("ORG") == ["Department of the Interior and Local Government"]
    assert result.texts("PERSON") == ["Maria Santos"]


def test_malaysian_parties_city_hall_and_members_of_parliament(label_en):
    result = label_en(
        "The statement was signed by Cheras MP Tan Kok Wai of the DAP. Barisan Nasional and "
        "Kuala Lumpur City Hall (DBKL) did not reply."
    )
    assert result.texts("PERSON") == ["Tan Kok Wai"]
    assert result.texts("ORG") == ["DAP", "Barisan Nasional", "Kuala Lumpur City Hall", "DBKL"]


def test_a_head_that_is_also_a_portfolio_goes_on_the_office_list(label_id):
    result = label_id(
        "Pantauan itu dilakukan Dinas Perdagangan, Koperasi dan UKM bersama Dinas Perindustrian, "
        "Perdagangan, Koperasi dan Usaha Kecil Menengah di Penajam."
    )
    assert result.texts("ORG") == [
        "Dinas Perdagangan, Koperasi dan UKM",
        "Dinas Perindustrian, Perdagangan, Koperasi dan Usaha Kecil Menengah",
    ]
    assert result.texts("PERSON") == []


def test_military_rank_with_tni_and_a_parent_body_ending_a_unit(label_id):
    result = label_id(
        "Kepala Badan Nasional Penanggulangan Bencana (BNPB) Letjen TNI Suharto Wibisono mewanti-wanti warga. "
        "Hal itu dikatakan Kepala Pusat Data Informasi dan Komunikasi Kebencanaan BNPB Adi Nugroho."
    )
    assert result.texts("PERSON") == ["Suharto Wibisono", "Adi Nugroho"]
    assert result.texts("ORG") == [
        "Badan Nasional Penanggulangan Bencana",
        "BNPB",
        "Pusat Data Informasi dan Komunikasi Kebencanaan BNPB",
    ]
