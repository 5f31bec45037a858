"""English entity error classes of the sixth round of issue 11 (the fifth batch of real dev
articles and fresh Kenyan, Pakistani, Gulf and Irish pages), each on invented sentences."""

from __future__ import annotations


def test_a_government_is_no_person(label_en):
    result = label_en(
        "Talks with the Freedonian Government stalled. The Government has many channels, said Government "
        "spokesman Ali Rahman, and the Royal Government of Cambodia agreed."
    )
    assert result.texts("PERSON") == ["Ali Rahman"]
    assert result.texts("GPE") == ["Cambodia"]


def test_general_opens_a_tailed_body(label_en):
    result = label_en("Losses doubled, the government's General Statistics Office said on Friday.")
    assert result.texts("ORG") == ["General Statistics Office"]
    assert result.texts("PERSON") == []


def test_general_before_a_name_stays_a_rank(label_en):
    result = label_en("General Amir Hasan of the Freedonian Army inspected the troops.")
    assert result.texts("PERSON") == ["Amir Hasan"]


def test_dateline_brackets_with_outlet_and_date(label_en):
    result = label_en("A caption line.\nMANILA (Harbour Examiner / Nov. 14, 2019) – Police said two men were held.\n")
    assert result.texts("ORG") == ["Harbour Examiner"]
    assert result.texts("DATE") == ["Nov. 14, 2019"]


def test_newspaper_tail_words(label_en):
    result = label_en("The official told the regional newspaper Lakeside Courier that the Valley Sentinel was wrong.")
    assert result.texts("ORG") == ["Lakeside Courier", "Valley Sentinel"]


def test_photo_credit_with_a_dash(label_en):
    result = label_en("Rescuers search the ruins. (Lakeside Examiner Photo – Maria Santos)\nThe search went on.")
    assert result.texts("ORG") == ["Lakeside Examiner"]
    assert result.texts("PERSON") == ["Maria Santos"]


def test_dotted_dates_and_ordinal_days(label_en):
    result = label_en("14.03.2019 - Update : 14.03.2019\nThe hearing starts on July 7th with the first case.")
    assert result.texts("DATE") == ["14.03.2019", "14.03.2019", "July 7th"]


def test_islands_are_natural_places(label_en):
    result = label_en(
        "Troops searched the Tawi-Tawi archipelago and the small island of Pulau "
        "Kecil, then flew to Tawi-Tawi province and to the island of Bali."
    )
    assert result.texts("LOC") == ["Tawi-Tawi", "Pulau Kecil"]
    assert result.texts("GPE") == ["Tawi-Tawi", "Bali"]


def test_excellency_is_a_title(label_en):
    result = label_en("In a note on Monday, the Ministry Spokesperson H.E. Sok Pisey outlined that talks go on.")
    assert result.texts("PERSON") == ["Sok Pisey"]


def test_irish_members_parties_and_seats(label_en):
    result = label_en("Sinn Féin TD Aoife Brennan spoke first, and Kerry TD Liam Walsh of Fine Gael agreed in Dublin.")
    assert result.texts("ORG") == ["Sinn Féin", "Fine Gael"]
    assert result.texts("PERSON") == ["Aoife Brennan", "Liam Walsh"]
    assert result.texts("GPE") == ["Kerry", "Dublin"]


def test_an_amount_word_opening_a_sentence_is_no_name(label_en):
    result = label_en("The floods destroyed 400 homes. Total estimated damage was 2 billion shillings.")
    assert result.texts("PERSON") == []


def test_a_wire_tag_in_small_letters(label_en):
    result = label_en("The toll rose to 14 on Sunday. (dpa)")
    assert result.texts("ORG") == ["dpa"]


def test_the_suburb_of_a_place(label_en):
    result = label_en("Water rose fastest in the eastern suburb of Kibera Ndogo.")
    assert result.texts("GPE") == ["Kibera Ndogo"]
    assert result.texts("PERSON") == []


def test_provinces_and_counties_of_south_asia_and_kenya(label_en):
    result = label_en(
        "Floods hit Khyber Pakhtunkhwa and Sindh, while police in Kiambu and Uasin Gishu arrested four men "
        "and Sylhet stayed dry."
    )
    assert result.texts("GPE") == ["Khyber Pakhtunkhwa", "Sindh", "Kiambu", "Uasin Gishu", "Sylhet"]
    assert result.texts("PERSON") == []


def test_aliases_are_names(label_en):
    result = label_en(
        "The trader, Lim Boon Kiat, who uses the aliases Ramon Cruz Bautista and Botchok, was held. "
        "Police said Darwin Sali, also known as Kumbo, planned the raid."
    )
    assert result.texts("PERSON") == ["Lim Boon Kiat", "Ramon Cruz Bautista", "Botchok", "Darwin Sali", "Kumbo"]


def test_a_headline_verb_is_no_part_of_a_full_name(label_en):
    result = label_en(
        "Governor Budiman Rejects Bribe Offer\n\n"
        "Governor Budiman told reporters the province would never take a bribe. “We will not take it,” Budiman said."
    )
    assert result.texts("PERSON") == ["Budiman", "Budiman", "Budiman"]


def test_an_untagged_name_before_a_small_letter_river(label_en):
    result = label_en("Three bridges were lost to the swollen Kalari river on Sunday.")
    assert result.texts("LOC") == ["Kalari river"]


def test_a_suburb_in_apposition(label_en):
    result = label_en("Officers searched a flat in Ruaka, a leafy suburb north of the city.")
    assert result.texts("GPE") == ["Ruaka"]
    assert result.texts("PERSON") == []


def test_edited_by_credit(label_en):
    result = label_en("Two more suspects are being sought.\n(Edited by J. Otieno)")
    assert result.texts("PERSON") == ["J. Otieno"]


def test_reading_opening_a_sentence_is_no_town(label_en):
    result = label_en("Reading out her ruling on Friday, Judge Mary Byrne dismissed the claim.")
    assert result.texts("GPE") == []
    assert result.texts("PERSON") == ["Mary Byrne"]


def test_police_of_a_role_is_no_name_part(label_en):
    result = label_en(
        "Police Detain Three Traders in Wajir\n\n"
        "Wajir — Police have detained three traders. Inspector General of Police Daniel Kiprop said more would follow."
    )
    assert result.texts("PERSON") == ["Daniel Kiprop"]


def test_a_place_opening_a_patronymic_is_a_first_name(label_en):
    result = label_en("Sheikh Khalid appointed Oman bin Sultan Al Harthy, 29, as the first minister of the new portfolio.")
    assert result.texts("PERSON") == ["Khalid", "Oman bin Sultan Al Harthy"]
    assert result.texts("GPE") == []


def test_indonesian_companies_on_english_pages(label_en):
    result = label_en(
        "The ministry named the firm, PT Sinar Hutan Lestari, and two others, PT Bumi Kayu Raya (BKR) "
        "and PT Rimbun Sawit."
    )
    assert result.texts("ORG") == ["PT Sinar Hutan Lestari", "PT Bumi Kayu Raya", "BKR", "PT Rimbun Sawit"]
    assert result.texts("PERSON") == []


def test_image_credit_with_its_outlet(label_en):
    result = label_en("Peat burns near the village. Image by Rahmadi/Forest Daily Indonesia.\n\nThe fires spread.")
    assert result.texts("PERSON") == ["Rahmadi"]
    assert result.texts("ORG") == ["Forest Daily Indonesia"]


def test_hyphenated_offices_elect_and_religious_titles(label_en):
    result = label_en(
        "Mayor-elect John Mbeki, Police Inspector-General Usman Bello and Attorney-General Peter Njoroge "
        "met Imam Ali Hassan and Pastor James Mwangi."
    )
    assert result.texts("PERSON") == ["John Mbeki", "Usman Bello", "Peter Njoroge", "Ali Hassan", "James Mwangi"]


def test_a_constitution_is_no_person(label_en):
    result = label_en("The senator said the Freedonian Constitution forbids it, and the Constitution is clear.")
    assert result.texts("PERSON") == []


def test_short_months_in_capitals(label_en):
    result = label_en("The quake struck before dawn.\nBDST: 0930 HRS, NOV 12, 2019")
    assert result.texts("DATE") == ["NOV 12, 2019"]


def test_a_place_between_a_role_and_a_name_is_a_first_name(label_en):
    result = label_en("Cabinet Secretary Aden Duale said the county of Garissa would get aid.")
    assert result.texts("PERSON") == ["Aden Duale"]
    assert result.texts("GPE") == ["Garissa"]


def test_a_body_after_a_role_is_no_person(label_en):
    result = label_en("Head of Public Relations Division of the Federal Police, Inspector General Agus Wibowo, spoke.")
    assert result.texts("PERSON") == ["Agus Wibowo"]
    assert "Relations Division" not in result.texts("PERSON")


def test_numbered_units(label_en):
    result = label_en("Special Detachment 88 and Task Force 21 arrested 12 suspects.")
    assert result.texts("ORG") == ["Special Detachment 88", "Task Force 21"]


def test_philippine_towns_named_after_saints_and_barangay_short_forms(label_en):
    result = label_en("The gunmen fled to Brgy Malinis, San Ildefonso, and then to Santa Cruz.")
    assert result.texts("GPE") == ["Brgy Malinis", "San Ildefonso", "Santa Cruz"]
    assert result.texts("PERSON") == []


def test_thai_lanes_are_roads(label_en):
    result = label_en("The shop stands on Soi Ramintra 14 in Bang Khen district.")
    assert result.texts("PERSON") == []
    assert result.texts("GPE") == ["Bang Khen"]


def test_a_day_opening_a_sentence_is_no_part_of_a_body(label_en):
    result = label_en("Yesterday Royal Thai Police spokesman Lt-General Somchai Rakdee said so.")
    assert result.texts("ORG") == ["Royal Thai Police"]
    assert result.texts("PERSON") == ["Somchai Rakdee"]


def test_a_numbered_regional_office(label_en):
    result = label_en("A reward of P300,000 came from Police Regional Office 3 on Monday.")
    assert result.texts("ORG") == ["Police Regional Office 3"]
