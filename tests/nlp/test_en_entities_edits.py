"""English entity edits on South and South-East Asian pages (issue 11, en_ents2 round): family
names ending in `Sheikh`, Burmese names opening with `Tun` after a rank, titles, furniture words and
nationality plurals. Every sentence is invented."""

from __future__ import annotations


def test_sheikh_closing_a_bangladeshi_name_is_part_of_it(label_en):
    result = label_en("Karim Sheikh, a ward member, was arrested. His uncle Abdul Malek Sheikh leads the union.")
    assert result.texts("PERSON") == ["Karim Sheikh", "Abdul Malek Sheikh"]


def test_sheikh_opening_a_ruler_s_name_stays_a_title(label_en):
    result = label_en("Kuwait's Sheikh Nawaf met the envoy on Monday.")
    assert result.texts("PERSON") == ["Nawaf"]


def test_tun_after_a_rank_opens_a_burmese_name(label_en):
    result = label_en("Brig-Gen Tun Tun Lwin and Lt-Col Tun Aung said the convoy had left.")
    assert result.texts("PERSON") == ["Tun Tun Lwin", "Tun Aung"]


def test_tun_after_a_civil_role_stays_a_malaysian_title(label_en):
    result = label_en("Former Prime Minister Tun Dr Ismail Karim said the plan was ready.")
    assert result.texts("PERSON") == ["Ismail Karim"]


def test_an_adjective_before_small_letter_police_is_no_place(label_en):
    result = label_en(
        "National police spokesman Arun Wongsa said the driver fled. Ranong police found him, and "
        "Philippine police were told."
    )
    assert result.texts("GPE") == ["Ranong"]
    assert result.texts("PERSON") == ["Arun Wongsa"]


def test_a_district_judge_is_a_role_not_a_place(label_en):
    result = label_en("District Judge Tan Wei Ming said the trial would resume.")
    assert result.texts("PERSON") == ["Tan Wei Ming"]
    assert result.texts("GPE") == []


def test_a_priest_s_short_title_is_no_name(label_en):
    result = label_en("Rev. Fr. Mario Santos said the parish would help.")
    assert result.texts("PERSON") == ["Mario Santos"]


def test_a_number_and_a_two_word_nationality_is_no_name(label_en):
    result = label_en("Two Sri Lankans and a Maldivian were detained. Police said Nepalis were also held.")
    assert result.texts("PERSON") == []


def test_byline_credits_keep_their_lines_apart(label_en):
    result = label_en("Reporter: Anan Srisuk,\nRewriter: Malee Chaiya\nThe budget was approved on Monday.")
    assert result.texts("PERSON") == ["Anan Srisuk", "Malee Chaiya"]


def test_a_credit_word_without_a_colon_opening_a_sentence_takes_only_the_name(label_en):
    result = label_en("Reporter Jun Reyes said the road was closed.")
    assert result.texts("PERSON") == ["Jun Reyes"]


def test_south_asian_ranks_by_their_initials_open_a_name(label_en):
    result = label_en(
        "Sadar Police Station OC Rafiqul Hasan said the case was filed. SI Monir Hossain and "
        "DSP Hari Thapa joined the team."
    )
    assert result.texts("PERSON") == ["Rafiqul Hasan", "Monir Hossain", "Hari Thapa"]
    assert result.texts("ORG") == []


def test_wire_tags_of_the_region_are_outlets(label_en):
    result = label_en("YANGON, 4 March (MNA) - The bridge reopened. Two men were held. RSS")
    assert result.texts("ORG") == ["MNA", "RSS"]


def test_a_south_asian_capital_swallowed_in_a_run_stays_a_place_elsewhere(label_en):
    result = label_en("Officers of the Metropolitan Police Range Kathmandu made arrests. Three fled Kathmandu on Monday.")
    assert "Kathmandu" in result.texts("GPE")
    assert "Kathmandu" not in result.texts("PERSON")


def test_someone_from_a_place_after_and_is_no_place_of_a_list(label_en):
    result = label_en("Police named Ravi Shah from India and Abdul Karim from Bangladesh as suspects.")
    assert result.texts("PERSON") == ["Ravi Shah", "Abdul Karim"]
    assert result.texts("GPE") == ["India", "Bangladesh"]


def test_a_capitalised_fiscal_year_is_no_name(label_en):
    result = label_en("The assembly passed the Fiscal Year 2025 Budget Bill on Friday.")
    assert result.texts("PERSON") == []


def test_a_nationality_hyphened_to_a_country_leaves_the_country_a_place(label_en):
    result = label_en("The Saudi-Kuwait talks resumed on Tuesday, and the Oman-Saudi link opened.")
    assert result.texts("GPE") == ["Kuwait", "Oman"]


def test_the_plural_of_a_role_s_initials_is_no_name_word(label_en):
    result = label_en("3 Sylhet OCs transferred after complaints\n\nThe officers were moved on Sunday.")
    assert result.texts("PERSON") == []
    assert result.texts("GPE") == ["Sylhet"]


def test_thai_and_vietnamese_company_endings_close_the_company(label_en):
    result = label_en("Chao Phraya Foods Pcl and Mekong Steel JSC shares rose on Monday.")
    assert result.texts("ORG") == ["Chao Phraya Foods Pcl", "Mekong Steel JSC"]
    assert result.texts("PERSON") == []


def test_a_saint_s_name_opening_a_run_names_a_building_not_a_person(label_en):
    result = label_en("Services at St Anne's Church were cancelled on Sunday, and St Peter Chapel stayed shut.")
    assert result.texts("PERSON") == []


def test_the_philippine_sea_stays_a_region(label_en):
    result = label_en("A storm formed over the Philippine Sea, and Philippine officials warned residents.")
    assert result.texts("LOC") == ["Philippine Sea"]
    assert result.texts("GPE") == []
