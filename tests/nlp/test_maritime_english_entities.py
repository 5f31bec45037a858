"""English entity error classes of fresh Philippine, Malaysian, Bruneian, Singaporean and
Timorese pages (maritime round of issue 11), each on invented sentences."""

from __future__ import annotations


def test_a_range_of_days_after_its_month_is_one_date(label_en):
    result = label_en("The fair ran from Nov. 4 to 6, 2024 in Sorsogon, and the talks on May 23-24.")
    assert result.texts("DATE") == ["Nov. 4 to 6, 2024", "May 23-24"]


def test_a_day_range_stops_before_a_time_or_a_percentage(label_en):
    result = label_en("The curfew ran on June 3 to 5 p.m. and rates rose on March 14 to 16 percent.")
    assert result.texts("DATE") == ["June 3", "March 14"]


def test_a_country_letter_inside_a_company_name(label_en):
    result = label_en("Shares of Harimau Foods (M) Bhd rose while Selat Marine (S) Pte Ltd fell.")
    assert result.texts("ORG") == ["Harimau Foods (M) Bhd", "Selat Marine (S) Pte Ltd"]
    assert result.texts("PERSON") == []


def test_messrs_before_a_firm_is_no_name(label_en):
    result = label_en("Its auditor Messrs Lim & Partners flagged the loss.")
    assert result.texts("PERSON") == []


def test_agencies_parties_and_exchanges_by_acronym_or_one_word(label_en):
    result = label_en(
        "The NBI and Napolcom met Comelec officials, BN and Perkasa leaders filed with Bursa Malaysia, "
        "and the MAS said so."
    )
    assert result.texts("ORG") == ["NBI", "Napolcom", "Comelec", "BN", "Perkasa", "Bursa Malaysia", "MAS"]
    assert result.texts("GPE") == []


def test_bruneian_titles_and_the_fathers_titles_after_bin(label_en):
    result = label_en(
        "Minister of Works Dato Seri Setia Ir Awang Haji Rosli bin Haji Kamal opened the bridge with "
        "Yang Berhormat Pengiran Haji Azmi bin Pengiran Haji Tahir."
    )
    assert result.texts("PERSON") == ["Rosli bin Haji Kamal", "Azmi bin Pengiran Haji Tahir"]


def test_a_title_after_a_ministry_ends_it(label_en):
    result = label_en("The Permanent Secretary at the Ministry of Works Pengiran Haji Zul bin Omar spoke.")
    assert result.texts("ORG") == ["Ministry of Works"]
    assert result.texts("PERSON") == ["Zul bin Omar"]


def test_a_sultans_title_alone_is_no_name(label_en):
    result = label_en("The Sultan and Yang Di-Pertuan of Brunei Darussalam opened the hall.")
    assert result.texts("PERSON") == []


def test_a_severe_tropical_storm_is_no_person(label_en):
    result = label_en("Severe Tropical Storm Dagul flooded 40 villages in Albay.")
    assert result.texts("PERSON") == []


def test_incumbent_is_no_part_of_a_name(label_en):
    result = label_en("Incumbent Mayor Carlos Dimagiba won again.")
    assert result.texts("PERSON") == ["Carlos Dimagiba"]


def test_a_company_ending_keeps_its_stop_and_its_short_form_is_the_company(label_en):
    result = label_en("Shares of Lantaw Homes Inc. rose. Lantaw Homes said it would build 900 houses.")
    assert result.texts("ORG") == ["Lantaw Homes Inc.", "Lantaw Homes"]
    assert result.texts("PERSON") == []


def test_a_research_house_and_its_one_word_short_form(label_en):
    result = label_en("Analysts at Seroja Research cut the target. Seroja said margins would fall.")
    assert result.texts("ORG") == ["Seroja Research", "Seroja"]


def test_government_or_republic_opening_or_ending_a_guess_is_no_person(label_en):
    result = label_en("The Government Palace hosted the envoys of the Democratic Republic of Timor-Leste.")
    assert result.texts("PERSON") == []
    assert result.texts("GPE") == ["Timor-Leste"]


def test_philippine_local_posts_before_a_name(label_en):
    result = label_en(
        "Barangay Captain Rodel Manansala, SP Member Aldo Cruz and Provincial Agriculturist Ines Ocampo came."
    )
    assert result.texts("PERSON") == ["Rodel Manansala", "Aldo Cruz", "Ines Ocampo"]
    assert result.texts("GPE") == []


def test_a_long_name_spelled_out_before_its_acronym(label_en):
    result = label_en(
        "The Bureau of Ports and Harbour Works' (BPHW) plan was backed by the Joint Office to Stop "
        "Illegal Coastal Reclamation (JOSICR) on Monday."
    )
    assert result.texts("ORG") == [
        "Bureau of Ports and Harbour Works",
        "BPHW",
        "Joint Office to Stop Illegal Coastal Reclamation",
        "JOSICR",
    ]
    assert result.texts("PERSON") == []


def test_incorporated_ends_an_association(label_en):
    result = label_en("She spoke at the Association of Island Ferry Operators Incorporated in Cebu.")
    assert result.texts("ORG") == ["Association of Island Ferry Operators Incorporated"]


def test_a_courts_numbered_branch_is_part_of_its_name(label_en):
    result = label_en("The Iloilo City Regional Trial Court Branch 23 issued the warrant.")
    assert result.texts("ORG") == ["Iloilo City Regional Trial Court Branch 23"]


def test_a_lone_place_type_word_is_no_name(label_en):
    result = label_en("Rep. Lito Bautista of Albay's 3rd District said Tuesday.")
    assert result.texts("PERSON") == ["Lito Bautista"]


def test_a_peoples_committee_of_a_province(label_en):
    result = label_en(
        "The People's Committee of Quang Ngai Province said on Monday, and the People's Committee of "
        "Hue Chairman Loc agreed."
    )
    assert result.texts("ORG") == ["People's Committee of Quang Ngai Province", "People's Committee of Hue"]
    assert result.texts("PERSON") == ["Loc"]


def test_my_inside_a_vietnamese_name(label_en):
    result = label_en("Police charged Nguyen My Hanh on Friday.")
    assert result.texts("PERSON") == ["Nguyen My Hanh"]


def test_a_party_acronym_before_mp_is_no_seat(label_en):
    result = label_en("PAP MP Daniel Goh spoke in the debate.")
    assert result.texts("ORG") == ["PAP"]
    assert result.texts("GPE") == []


def test_indonesian_parties_and_agencies_on_english_pages(label_en):
    result = label_en("Golkar and the PKS backed the bill, the KPK said, and Basarnas and the BMKG agreed.")
    assert result.texts("ORG") == ["Golkar", "PKS", "KPK", "Basarnas", "BMKG"]


def test_kampong_names_a_village(label_en):
    result = label_en("Kampong Sungai Kebun residents in Bandar Seri Begawan were moved.")
    assert result.texts("GPE") == ["Kampong Sungai Kebun", "Bandar Seri Begawan"]
    assert result.texts("PERSON") == []


def test_malay_place_words_open_a_place(label_en):
    result = label_en("He moved from Bandar Tun Hussein to Bukit Merah, near Taman Sri Muda.")
    assert result.texts("GPE") == ["Bandar Tun Hussein", "Bukit Merah", "Taman Sri Muda"]
    assert result.texts("PERSON") == []


def test_a_malay_place_word_before_a_building_or_an_acronym(label_en):
    result = label_en("The Bukit Kelam Indoor Stadium opened, and Bukit Kelam CID officers came.")
    assert result.texts("GPE") == ["Bukit Kelam"]


def test_short_country_forms_of_headlines(label_en):
    result = label_en("S'pore and M’sia sign deal\nS'porean firms welcomed it.")
    assert result.texts("GPE") == ["S'pore", "M’sia"]
    assert result.texts("PERSON") == []


def test_a_credit_with_the_outlet_before_the_slash(label_en):
    result = label_en("Rescuers search the ruins. Photo by VnExpress/Tran Minh Duc\nThe search went on. (PNA)")
    assert result.texts("ORG") == ["VnExpress", "PNA"]
    assert result.texts("PERSON") == ["Tran Minh Duc"]


def test_documents_laws_and_indexes_are_no_person(label_en):
    result = label_en(
        "The firm fell under Practice Note 17, the Kinabalu Rich List Index named him, and the Island "
        "Ferries Act was amended. Bill Tan said so."
    )
    assert result.texts("PERSON") == ["Bill Tan"]
