"""English entity error classes of the fifth round of issue 11 (fresh Malaysian, Philippine,
Thai, Singaporean and Cambodian pages), each on invented sentences."""

from __future__ import annotations


def test_camps_mosques_towers_and_operations_are_no_names(label_en):
    result = label_en(
        "The vests were handed over at Camp Bagong Diwa, Taguig City, after prayers at the Masjid "
        "Al-Hidayah near the Seri Teratai Towers. The raid, dubbed Ops Selamat, began in March."
    )
    assert result.texts("PERSON") == []
    assert result.texts("GPE") == ["Taguig City"]


def test_codes_of_law_are_no_names(label_en):
    result = label_en("She was charged under Section 302 of the Penal Code and the Criminal Procedure Code.")
    assert result.texts("PERSON") == []
    assert result.texts("ORG") == []


def test_opposition_leader_cambodian_titles_and_hyphenated_ranks(label_en):
    result = label_en(
        "Leader of the Opposition Adrian Lim Wei met Prime Minister Samdech Techo Sok Vanna, while "
        "the owner, Lt-Col Prasit Wongsuwan, and Police Chief Insp. Ramon Dizon waited."
    )
    assert result.texts("PERSON") == ["Adrian Lim Wei", "Sok Vanna", "Prasit Wongsuwan", "Ramon Dizon"]


def test_police_district_and_its_acronym(label_en):
    result = label_en("The Riverton City Police District (RCPD) said on Monday that the RCPD had two suspects.")
    assert result.texts("ORG") == ["Riverton City Police District", "RCPD", "RCPD"]
    assert result.texts("PERSON") == []


def test_a_place_with_a_particle_opens_a_provincial_unit(label_en):
    result = label_en("Officers of the Agusan del Norte Provincial Police Office arrived in Agusan del Norte.")
    assert result.texts("ORG") == ["Agusan del Norte Provincial Police Office"]
    assert result.texts("GPE") == ["Agusan del Norte"]


def test_chambers_of_commerce_are_organisations(label_en):
    result = label_en("Tan Boon Huat, vice-president of the Kelantan Chamber of Commerce, said exports rose.")
    assert result.texts("ORG") == ["Kelantan Chamber of Commerce"]
    assert result.texts("PERSON") == ["Tan Boon Huat"]


def test_born_prefix_is_cut_from_a_name(label_en):
    result = label_en("Saudi-born Ahmad Faris Yusof founded the firm in 1990.")
    assert result.texts("PERSON") == ["Ahmad Faris Yusof"]


def test_a_small_letter_river_makes_a_river(label_en):
    result = label_en("The ferry sank in the Mekong river, and a boy drowned in the Sai Lom river.")
    assert result.texts("LOC") == ["Mekong river", "Sai Lom river"]
    assert result.texts("PERSON") == []


def test_perak_is_a_state_in_english(label_en):
    result = label_en("A couple from Perak and a man from Kedah were detained.")
    assert result.texts("GPE") == ["Perak", "Kedah"]


def test_apostrophe_party_outlets_and_rebel_groups(label_en):
    result = label_en(
        "The Workers' Party (WP) disputed the report, Fresh News said, while Manager Online said the "
        "Barisan Revolusi Nasional had made no claim."
    )
    assert result.texts("ORG") == ["Workers' Party", "WP", "Fresh News", "Manager Online", "Barisan Revolusi Nasional"]
    assert result.texts("PERSON") == []


def test_bodies_named_with_peoples_are_one_organisation(label_en):
    result = label_en(
        "The Lang Son People's Committee met on Monday. Chairman of the City People’s Council Tran Van Binh "
        "spoke, and the Riverbend People's Defence Force (RPDF) said the New People's Army had left."
    )
    assert result.texts("ORG") == [
        "Lang Son People's Committee",
        "City People’s Council",
        "Riverbend People's Defence Force",
        "RPDF",
        "New People's Army",
    ]
    assert result.texts("PERSON") == ["Tran Van Binh"]


def test_vietnamese_provinces_without_tone_marks(label_en):
    result = label_en("Officials from Thanh Hoa and Bac Ninh visited Ha Noi, Dak Lak and Quang Ninh.")
    assert result.texts("GPE") == ["Thanh Hoa", "Bac Ninh", "Ha Noi", "Dak Lak", "Quang Ninh"]
    assert result.texts("PERSON") == []


def test_an_age_before_a_name_is_cut_off(label_en):
    result = label_en("Fifty-six-year-old Lwin Moe Aung, a teacher, was released.")
    assert result.texts("PERSON") == ["Lwin Moe Aung"]


def test_hyphenated_general_ranks_of_myanmar(label_en):
    result = label_en("Major-General Kyaw Soe Lin, the council's spokesperson, said the bridge was closed.")
    assert result.texts("PERSON") == ["Kyaw Soe Lin"]


def test_commissions_and_committees_go_on_with_on(label_en):
    result = label_en("The Commission on Audit flagged the deal, and the Committee on Public Order and Dangerous Drugs met.")
    assert result.texts("ORG") == ["Commission on Audit", "Committee on Public Order and Dangerous Drugs"]


def test_philippine_titles_of_office_and_the_mindoro_provinces(label_en):
    result = label_en(
        "Usec. Maria Lopez, Atty. Jose Ramos and Engineer Carlo Dizon came from Oriental Mindoro, and "
        "the Securities and Exchange Commission (SEC) said it would reply."
    )
    assert result.texts("PERSON") == ["Maria Lopez", "Jose Ramos", "Carlo Dizon"]
    assert result.texts("GPE") == ["Oriental Mindoro"]
    assert result.texts("ORG") == ["Securities and Exchange Commission", "SEC"]


def test_press_release_furniture_is_no_name(label_en):
    result = label_en("MANILA, June 3 - Press Release\nThe governor said the roads were open.")
    assert result.texts("PERSON") == []


def test_a_name_right_after_a_relative(label_en):
    result = label_en("She never saw her husband Marcelo again, and their son Juan Miguel left the city.")
    assert result.texts("PERSON") == ["Marcelo", "Juan Miguel"]


def test_filipino_particles_and_government_house(label_en):
    result = label_en("The order came from Gen. Ramon dela Cruz and Juan delos Reyes at Government House.")
    assert result.texts("PERSON") == ["Ramon dela Cruz", "Juan delos Reyes"]


def test_english_bylines_and_photo_credits(label_en):
    result = label_en(
        "Floods cut off Tumpat\nBy Farah Zainal and NURUL AIN HASSAN\nTUMPAT: The water rose on Monday.\n"
        "Photo: Reuters/Lai Wen Hui\nResidents waded home. - Photo by Azhar Kamil/The Star\n"
        "Story by Lee Mei Yan\nBy Tuesday the water fell."
    )
    assert result.texts("PERSON") == ["Farah Zainal", "NURUL AIN HASSAN", "Lai Wen Hui", "Azhar Kamil", "Lee Mei Yan"]
    assert result.texts("ORG") == ["Reuters", "The Star"]


def test_companies_of_the_region_without_a_head_word(label_en):
    result = label_en("Petronas and Grab signed the deal, while Meralco and Vietjet stayed out.")
    assert result.texts("ORG") == ["Petronas", "Grab", "Meralco", "Vietjet"]
    assert result.texts("PERSON") == []


def test_the_seat_after_mp_for_and_a_caption_with_its_photo_credit(label_en):
    # a caption line closed by its photo credit is a sentence, not a headline: its names count
    result = label_en("Speaking on Monday, Hamdan Yusof, the MP for Bukit Kayu Hitam, and the MP for Nan agreed. PHOTO: BERNAMA")
    assert result.texts("GPE") == ["Bukit Kayu Hitam", "Nan"]
    assert result.texts("PERSON") == ["Hamdan Yusof"]
    assert result.texts("ORG") == ["BERNAMA"]
