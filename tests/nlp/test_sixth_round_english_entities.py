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
    result = label_en("A caption line.\nMANILA (Harbour Examiner / Oct. 30, 2013) – Police said two men were held.\n")
    assert result.texts("ORG") == ["Harbour Examiner"]
    assert result.texts("DATE") == ["Oct. 30, 2013"]


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
        "The suspect was caught in the Tawi-Tawi archipelago, far from the resort island of Pulau "
        "Kecil, and later taken to Tawi-Tawi province and to the island of Bali."
    )
    assert result.texts("LOC") == ["Tawi-Tawi", "Pulau Kecil"]
    assert result.texts("GPE") == ["Tawi-Tawi", "Bali"]


def test_excellency_is_a_title(label_en):
    result = label_en("As posted on his page, the Ministry Spokesperson H.E. Sok Pisey outlined that talks go on.")
    assert result.texts("PERSON") == ["Sok Pisey"]


def test_irish_members_parties_and_seats(label_en):
    result = label_en("Sinn Féin TD Aoife Brennan had also challenged it, and Kerry TD Liam Walsh of Fine Gael agreed in Dublin.")
    assert result.texts("ORG") == ["Sinn Féin", "Fine Gael"]
    assert result.texts("PERSON") == ["Aoife Brennan", "Liam Walsh"]
    assert result.texts("GPE") == ["Kerry", "Dublin"]


def test_an_amount_word_opening_a_sentence_is_no_name(label_en):
    result = label_en("The floods destroyed 400 homes. Total estimated losses were 2 billion shillings.")
    assert result.texts("PERSON") == []


def test_a_wire_tag_in_small_letters(label_en):
    result = label_en("The toll rose to 14 on Sunday. (dpa)")
    assert result.texts("ORG") == ["dpa"]


def test_the_suburb_of_a_place(label_en):
    result = label_en("The southern suburb of Kibera Ndogo received 350 millimetres of rain.")
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
        "The man, Lim Boon Kiat, who uses the aliases Samson Cruz Bautista and Atchong, was held. "
        "Police said Hailil, also known as Kahumbo, planned the raid."
    )
    assert result.texts("PERSON") == ["Lim Boon Kiat", "Samson Cruz Bautista", "Atchong", "Hailil", "Kahumbo"]


def test_a_headline_verb_is_no_part_of_a_full_name(label_en):
    result = label_en(
        "President Jokowi Rejects Ransom Offer\n\n"
        "President Jokowi told reporters the government would not pay any ransom. “We will not pay,” Jokowi said."
    )
    assert result.texts("PERSON") == ["Jokowi", "Jokowi", "Jokowi"]


def test_an_untagged_name_before_a_small_letter_river(label_en):
    result = label_en("Footage showed houses swept away by the swollen Kalari river on Sunday.")
    assert result.texts("LOC") == ["Kalari river"]


def test_a_suburb_in_apposition(label_en):
    result = label_en("Police spoke at a house in Kayole, a low-income suburb about 15km from the centre.")
    assert result.texts("GPE") == ["Kayole"]
    assert result.texts("PERSON") == []


def test_edited_by_credit(label_en):
    result = label_en("A fifth suspect escaped and is being pursued.\n(Edited by O. Owino)")
    assert result.texts("PERSON") == ["O. Owino"]


def test_reading_opening_a_sentence_is_no_town(label_en):
    result = label_en("Reading out the judgment, Justice Mary Byrne said the case failed.")
    assert result.texts("GPE") == []
    assert result.texts("PERSON") == ["Mary Byrne"]


def test_police_of_a_role_is_no_name_part(label_en):
    result = label_en(
        "Kenya: Police Arrest Two Suspects in Garissa\n\n"
        "Garissa — Police have arrested two men. Inspector General of Police Joseph Mwangi said more arrests would follow."
    )
    assert result.texts("PERSON") == ["Joseph Mwangi"]


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
    result = label_en("Peat burns near the village. Image by Zamzami/Forest Daily Indonesia.\n\nThe fires spread.")
    assert result.texts("PERSON") == ["Zamzami"]
    assert result.texts("ORG") == ["Forest Daily Indonesia"]


def test_hyphenated_offices_elect_and_religious_titles(label_en):
    result = label_en(
        "Mayor-elect John Mbeki, Police Inspector-General Usman Baba and Attorney-General Justin Muturi "
        "met Imam Ali Hassan and Pastor James Mwangi."
    )
    assert result.texts("PERSON") == ["John Mbeki", "Usman Baba", "Justin Muturi", "Ali Hassan", "James Mwangi"]


def test_a_constitution_is_no_person(label_en):
    result = label_en("The senator said the Freedonian Constitution forbids it, and the Constitution is clear.")
    assert result.texts("PERSON") == []


def test_short_months_in_capitals(label_en):
    result = label_en("The quake struck before dawn.\nBDST: 1159 HRS, APR 26, 2015")
    assert result.texts("DATE") == ["APR 26, 2015"]


def test_a_place_between_a_role_and_a_name_is_a_first_name(label_en):
    result = label_en("Cabinet Secretary Aden Duale said the county of Garissa would get aid.")
    assert result.texts("PERSON") == ["Aden Duale"]
    assert result.texts("GPE") == ["Garissa"]


def test_a_body_after_a_role_is_no_person(label_en):
    result = label_en("Head of Public Relations Division of the Federal Police, Inspector General Argo Wibowo, said so.")
    assert result.texts("PERSON") == ["Argo Wibowo"]
    assert "Relations Division" not in result.texts("PERSON")


def test_numbered_units(label_en):
    result = label_en("Special Detachment 88 and Task Force 21 arrested 12 suspects.")
    assert result.texts("ORG") == ["Special Detachment 88", "Task Force 21"]


def test_philippine_towns_named_after_saints_and_barangay_short_forms(label_en):
    result = label_en("Suspects fled to Brgy Akle, San Ildefonso, and then to Santa Cruz.")
    assert result.texts("GPE") == ["Brgy Akle", "San Ildefonso", "Santa Cruz"]
    assert result.texts("PERSON") == []


def test_thai_lanes_are_roads(label_en):
    result = label_en("He was picked up at an apartment at Soi Chueam Samphan 11 in Nong Chok district.")
    assert result.texts("PERSON") == []
    assert result.texts("GPE") == ["Nong Chok"]


def test_a_day_opening_a_sentence_is_no_part_of_a_body(label_en):
    result = label_en("Yesterday Royal Thai Police spokesman Lt-General Prawut Thavornsiri said so.")
    assert result.texts("ORG") == ["Royal Thai Police"]
    assert result.texts("PERSON") == ["Prawut Thavornsiri"]


def test_a_numbered_regional_office(label_en):
    result = label_en("A reward of P300,000 came from Police Regional Office 3 on Monday.")
    assert result.texts("ORG") == ["Police Regional Office 3"]
