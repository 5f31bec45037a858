"""English entity error classes of the fourth round of issue 11 (fresh Malaysian, Philippine,
Singaporean, Vietnamese and wire pages), each on invented sentences."""

from __future__ import annotations


def test_philippine_police_ranks_are_titles(label_en):
    result = label_en(
        "Police Brigadier General Rosa Villanueva said the roads were clear. The agency's spokesperson "
        "Police Lieutenant Colonel Danilo Reyes added that Patrolman Jun Mercado was hurt."
    )
    assert result.texts("PERSON") == ["Rosa Villanueva", "Danilo Reyes", "Jun Mercado"]
    assert result.texts("ORG") == []


def test_a_rank_ends_a_tailed_organisation(label_en):
    result = label_en("The Metro Transit Bureau spokesperson Police Major Aurelio Santos said the lane was closed.")
    assert result.texts("PERSON") == ["Aurelio Santos"]
    assert "Metro Transit Bureau spokesperson Police" not in result.texts("ORG")


def test_malaysian_state_heads_and_royal_styles(label_en):
    result = label_en(
        "Penang Menteri Besar Datuk Seri Hamzah Rashid met His Majesty Sultan Abdullah on Monday, "
        "and Datin Seri Farah Aziz joined them."
    )
    assert result.texts("PERSON") == ["Hamzah Rashid", "Abdullah", "Farah Aziz"]
    assert result.texts("GPE") == ["Penang"]


def test_church_titles_are_not_names(label_en):
    result = label_en("Archbishop Teodoro Salcedo led the Mass in Iloilo.")
    assert result.texts("PERSON") == ["Teodoro Salcedo"]


def test_malaysian_and_vietnamese_portfolios_before_a_name(label_en):
    result = label_en(
        "Deputy Minister of Human Resources Datuk Kamal Osman and Deputy Minister of Planning and "
        "Investment Pham Van Long spoke after Minister of International Trade and Industry Lim Wei Sen."
    )
    assert result.texts("PERSON") == ["Kamal Osman", "Pham Van Long", "Lim Wei Sen"]


def test_malaysian_company_endings_and_ampersand(label_en):
    result = label_en("Shares of Golden Palm & Rubber Holdings Sdn Bhd and of Seri Tanjung Berhad rose on Monday.")
    assert result.texts("ORG") == ["Golden Palm & Rubber Holdings Sdn Bhd", "Seri Tanjung Berhad"]
    assert result.texts("PERSON") == []


def test_languages_are_no_places(label_en):
    result = label_en("The minister answered the question in English and later in Mandarin.")
    assert result.texts("GPE") == []
    assert result.texts("PERSON") == []


def test_mindanao_is_an_island(label_en):
    result = label_en("Rebels attacked a convoy on Mindanao island on Wednesday.")
    assert result.texts("LOC") == ["Mindanao"]


def test_thai_police_ranks_are_titles(label_en):
    result = label_en(
        "Pol Lt Gen Somchai Rattana and Police Chief Pol Gen Anan Wongsa met Pol. Col. Preecha Kaew on Friday."
    )
    assert result.texts("PERSON") == ["Somchai Rattana", "Anan Wongsa", "Preecha Kaew"]


def test_a_name_before_a_small_letter_place_noun_is_a_place(label_en):
    result = label_en(
        "Police searched a house in the Bang Phli district of Samut Prakan province, and later a farm "
        "near Sai Thong village, while boats waited off Koh Larn island."
    )
    assert result.texts("GPE") == ["Bang Phli", "Samut Prakan", "Sai Thong"]
    assert result.texts("LOC") == ["Koh Larn"]
    assert result.texts("PERSON") == []


def test_a_police_station_is_a_building_and_forces_are_bodies(label_en):
    result = label_en(
        "The suspects were taken to Bang Kruai Police Station, the Naresuan Task Force said, while "
        "the Philippine Coast Guard searched the bay."
    )
    assert result.texts("ORG") == ["Naresuan Task Force", "Philippine Coast Guard"]
    assert result.texts("PERSON") == []


def test_force_in_a_headline_is_a_verb(label_en):
    result = label_en("Storms Force Hundreds From Their Homes\n\nHeavy rain fell on Monday.")
    assert result.texts("ORG") == []


def test_regional_outlets_armed_groups_and_parties_are_known(label_en):
    result = label_en(
        "Soldiers clashed with the New People’s Army (NPA) in Samar, the Philippine News Agency "
        "reported, and a PAS lawmaker told Malay Mail that Islamic State cells were watched."
    )
    assert result.texts("ORG") == ["New People’s Army", "NPA", "Philippine News Agency", "PAS", "Malay Mail", "Islamic State"]
    assert result.texts("PERSON") == []


def test_the_place_after_a_regional_role_and_of(label_en):
    result = label_en(
        "Rodel Abad, mayor of San Teodoro Viejo, and the governor of Lanao, Amir Tagum, met Tuesday. "
        "He was the mayor of Balingasag, a coastal town."
    )
    assert result.texts("GPE") == ["San Teodoro Viejo", "Lanao", "Balingasag"]
    assert result.texts("PERSON") == ["Rodel Abad", "Amir Tagum"]


def test_a_plural_noun_of_people_opening_a_sentence_is_no_name(label_en):
    result = label_en("Reporters asked Aziz about the meeting. Officials declined to comment.")
    assert result.texts("PERSON") == ["Aziz"]


def test_philippine_regions_and_cities(label_en):
    result = label_en(
        "Floods hit Cagayan Valley, the Cordillera Administrative Region and the National Capital Region, "
        "and schools closed in Tagum City and La Union."
    )
    assert result.texts("GPE") == [
        "Cagayan Valley", "Cordillera Administrative Region", "National Capital Region", "Tagum City", "La Union"
    ]
    assert result.texts("ORG") == []


def test_a_storm_name_is_no_person(label_en):
    result = label_en("Super Typhoon Marisol left 12 dead, while tropical storm Dindo weakened.")
    assert result.texts("PERSON") == []


def test_a_place_after_sentence_initial_in(label_en):
    result = label_en("In Balangbang, Benguet, rescuers dug through the mud.")
    assert result.texts("GPE") == ["Balangbang", "Benguet"]
    assert result.texts("PERSON") == []


def test_an_adviser_and_portfolio_before_a_name(label_en):
    result = label_en("Presidential Adviser for Political Affairs Ramon Dizon told reporters 13 were missing.")
    assert result.texts("PERSON") == ["Ramon Dizon"]


def test_holidays_are_dates(label_en):
    result = label_en("Prices rose ahead of Hari Raya Aidilfitri, and flags went up before National Day.")
    assert result.texts("DATE") == ["Hari Raya Aidilfitri", "National Day"]
    assert result.texts("PERSON") == []


def test_initials_open_a_name_after_a_title(label_en):
    result = label_en("Senator JV Ramos and Batu Kawan MP K. Rajan asked the minister to resign.")
    assert result.texts("PERSON") == ["JV Ramos", "K. Rajan"]
    assert result.texts("GPE") == ["Batu Kawan"]


def test_an_unknown_seat_before_mp_is_a_place(label_en):
    result = label_en("Seputeh MP Lim Seng Hock raised the matter.")
    assert result.texts("GPE") == ["Seputeh"]
    assert result.texts("PERSON") == ["Lim Seng Hock"]


def test_numbered_list_items_are_no_headlines(label_en):
    result = label_en(
        "The new ministers:\n1. Minister of Social Affairs Dewi Lestari replaces Hasan Basri\n"
        "2. Health Minister Arif Santoso replaces Made Wirawan"
    )
    assert result.texts("PERSON") == ["Dewi Lestari", "Hasan Basri", "Arif Santoso", "Made Wirawan"]


def test_a_day_word_opening_a_sentence_is_no_name_and_a_nickname_in_brackets_is(label_en):
    result = label_en("President Bambang Sutrisno (Tris) spoke on Monday. Today Tris inaugurated two ministers.")
    assert result.texts("PERSON") == ["Bambang Sutrisno", "Tris", "Tris"]


def test_chief_of_staff_is_a_role(label_en):
    result = label_en("The plan was backed by Presidential Chief of Staff Moeldani, officials said.")
    assert result.texts("PERSON") == ["Moeldani"]


def test_malay_names_with_bin_may_run_long(label_en):
    result = label_en("Ahmad Faizal Hakim bin Mohamad Yusof, a student, was detained in December.")
    assert result.texts("PERSON") == ["Ahmad Faizal Hakim bin Mohamad Yusof"]


def test_an_initial_without_its_stop_after_a_title(label_en):
    result = label_en("Minister for Law and Home Affairs K Tharman said so, and Health Minister P Rajan agreed.")
    assert result.texts("PERSON") == ["K Tharman", "P Rajan"]


def test_a_telephone_number_is_no_date_but_an_iso_date_is(label_en):
    result = label_en("Call the hotline (1800-2626-473) before 2019-08-10, officials said in 2019.")
    assert result.texts("DATE") == ["2019-08-10", "2019"]


def test_places_of_worship_are_facilities(label_en):
    result = label_en("Police guarded the Beth Shalom Synagogue and the Sri Mariamman Temple.")
    assert result.texts("PERSON") == []
    assert result.texts("ORG") == []


def test_one_word_names_introduced_by_an_age_identified_as_according_to_or_a_relative(label_en):
    result = label_en(
        "Police arrested 38-year-old Somchai and a man identified only as Preecha. According to "
        "Suparno, his wife, Lestari, fled."
    )
    assert result.texts("PERSON") == ["Somchai", "Preecha", "Suparno", "Lestari"]


def test_a_town_in_apposition_and_generational_suffixes(label_en):
    result = label_en(
        "Patients rested in a gym in Malinao, a town in the province of Aklan. Governor Ramon Cruz Sr. "
        "and Senator Tomas Reyes Jr. visited them, the DOH said."
    )
    assert result.texts("GPE") == ["Malinao", "Aklan"]
    assert result.texts("PERSON") == ["Ramon Cruz Sr.", "Tomas Reyes Jr."]  # a generational suffix is part of the name
    assert result.texts("ORG") == ["DOH"]


def test_bills_and_acts_are_no_names(label_en):
    result = label_en("The Supplementary Supply Bill was passed after Tan spoke.")
    assert result.texts("PERSON") == []
