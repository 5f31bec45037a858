"""English entities on pages from Myanmar, Thailand, Cambodia and Bangladesh (issue 11, the
mainland round): honorifics, administrative words, regional spellings, parties and armed groups,
police posts. Every sentence is invented."""

from __future__ import annotations


def test_burmese_honorifics_stay_outside_the_name(label_en):
    result = label_en(
        "Party spokesman U Thein Aung told reporters the vote was unfair. Daw Khin Sandar, 52, "
        '"We fled at night," said Ko Myo Lwin, a volunteer.'
    )
    assert result.texts("PERSON") == ["Thein Aung", "Khin Sandar", "Myo Lwin"]
    assert "Myo Lwin" in result.texts("SPEAKER")


def test_a_name_ending_in_an_honorific_word_is_whole(label_en):
    result = label_en(
        '"The column withdrew," military spokesman Maj-Gen Hla Min Tun said. Activist Min Ko Naing '
        "spoke later, and the investor Jack Ma was not present."
    )
    assert result.texts("PERSON") == ["Hla Min Tun", "Min Ko Naing", "Jack Ma"]
    assert "Hla Min Tun" in result.texts("SPEAKER")


def test_thai_and_khmer_honorifics(label_en):
    result = label_en(
        "Khun Pranee Srisuk, a noodle seller, said prices rose. Oknha Chea Vuthy, a tycoon, declined to comment."
    )
    assert result.texts("PERSON") == ["Pranee Srisuk", "Chea Vuthy"]


def test_capitalised_region_and_state_belong_to_the_place(label_en):
    result = label_en(
        "Troops shelled villages in Yawpa Township, Sagaing Region, and in Kachin State, while the "
        "Kayah and Chin states stayed calm."
    )
    assert result.texts("GPE") == ["Yawpa Township", "Sagaing Region", "Kachin State", "Kayah", "Chin"]


def test_a_state_with_no_known_place_stays_out(label_en):
    result = label_en("The Islamic State claimed the attack, the Ministry of State Security said.")
    assert "Islamic State" not in result.texts("GPE")


def test_upazila_and_small_letter_admin_words(label_en):
    result = label_en(
        "Floods hit Kurigram Sadar Upazila on Monday. Three bodies were found in Dolabari upazila of "
        "Feni district and in Mahlaing region."
    )
    assert result.texts("GPE") == ["Kurigram Sadar Upazila", "Dolabari", "Feni", "Mahlaing"]


def test_villages_after_a_list_are_places(label_en):
    result = label_en("Soldiers burned Tha Byu Kone and Nyaung Pin villages on Sunday.")
    assert result.texts("GPE") == ["Tha Byu Kone", "Nyaung Pin"]
    assert result.texts("PERSON") == []


def test_cambodian_and_thai_news_spellings(label_en):
    result = label_en(
        "Kandal provincial police chief Sok Rotha said the suspects came from Siem Reap and Battambang. "
        "Two more were held in Chonburi and Buriram."
    )
    assert result.texts("GPE") == ["Kandal", "Siem Reap", "Battambang", "Chonburi", "Buriram"]
    assert result.texts("PERSON") == ["Sok Rotha"]


def test_regional_parties_and_armed_groups(label_en):
    result = label_en(
        "The Tatmadaw blamed the National Unity Government for the attack, while the Bangladesh "
        "Nationalist Party and Jamaat-e-Islami called a strike and the Pyu Saw Htee militia withdrew."
    )
    assert result.texts("ORG") == [
        "Tatmadaw",
        "National Unity Government",
        "Bangladesh Nationalist Party",
        "Jamaat-e-Islami",
        "Pyu Saw Htee",
    ]


def test_south_asian_police_posts_before_a_name(label_en):
    result = label_en(
        "District Police Officer Rana Tariq and Station House Officer Imran Butt visited the site. "
        "Complainant Bilal Shah said Sub-Inspector Asif Nawaz had refused to register the case."
    )
    assert result.texts("PERSON") == ["Rana Tariq", "Imran Butt", "Bilal Shah", "Asif Nawaz"]
    assert result.texts("GPE") == []


def test_halls_and_monasteries_are_not_tagged(label_en):
    result = label_en("Delegates met at the Riverside Memorial Auditorium after troops left the Shwe Taung Monastery.")
    assert result.texts("PERSON") == []
    assert result.texts("ORG") == []


def test_a_country_adjective_before_state_is_no_place(label_en):
    result = label_en("The Freedonian state weather agency said rain would ease.")
    assert result.texts("GPE") == []


def test_every_item_of_a_list_before_a_plural_place_noun(label_en):
    result = label_en("Smoke levels rose in Bang Kruai, Nong Chok, Sai Mai and Lat Phrao districts on Monday.")
    assert result.texts("GPE") == ["Bang Kruai", "Nong Chok", "Sai Mai", "Lat Phrao"]
    assert result.texts("PERSON") == []


def test_a_list_of_people_stays_people(label_en):
    result = label_en("Somchai Wongsawat, Mary Jones and Aung Myint met the mayor.")
    assert result.texts("PERSON") == ["Somchai Wongsawat", "Mary Jones", "Aung Myint"]


def test_a_police_station_before_a_name(label_en):
    result = label_en("Officer-in-Charge (OC) of Dolabari Police Station Md Rafiq Hasan said the body was found.")
    assert result.texts("PERSON") == ["Md Rafiq Hasan"]
    assert result.texts("ORG") == []
    assert result.texts("SPEAKER") == ["Md Rafiq Hasan"]


def test_a_roles_initials_in_brackets_are_no_body(label_en):
    result = label_en(
        "Upazila Nirbahi Officer (UNO) Nasrin Akter said 300 families were affected, while the "
        "chairman of the Flood Relief Board (FRB) Kamal Uddin visited the camps."
    )
    assert result.texts("PERSON") == ["Nasrin Akter", "Kamal Uddin"]
    assert result.texts("ORG") == ["Flood Relief Board", "FRB"]


def test_myanmar_top_ranks_and_short_party_names(label_en):
    result = label_en(
        "Sr-Gen Hla Aung Thein met Vice-Senior General Soe Naing. BNP Secretary General Kamal Hossain "
        "said the NUG and the NLD should join the talks."
    )
    assert result.texts("PERSON") == ["Hla Aung Thein", "Soe Naing", "Kamal Hossain"]
    assert result.texts("ORG") == ["BNP", "NUG", "NLD"]


def test_a_doubled_honorific_word_opens_a_name(label_en):
    result = label_en('"We will go on," said Ko Ko Lwin. Tun Tun Aye, a farmer, agreed.')
    assert result.texts("PERSON") == ["Ko Ko Lwin", "Tun Tun Aye"]
    assert result.texts("SPEAKER") == ["Ko Ko Lwin"]


def test_parliaments_and_broadcasters(label_en):
    result = label_en("The Amyotha Hluttaw met after Delta Radio and Television reported the vote.")
    assert result.texts("ORG") == ["Amyotha Hluttaw", "Delta Radio and Television"]


def test_newsrooms_of_the_region_and_village_tracts(label_en):
    result = label_en("A farmer from Nyaung Bin village-tract told DVB that Fresh News had the wrong figures.")
    assert result.texts("GPE") == ["Nyaung Bin"]
    assert result.texts("ORG") == ["DVB", "Fresh News"]
    assert result.texts("PERSON") == []


def test_long_ministry_names_of_the_region(label_en):
    result = label_en(
        "The Ministry of Labour and Vocational Training and the Ministry of Disaster Management and "
        "Relief met, Licadho investigator Chan Dara said."
    )
    assert result.texts("ORG") == [
        "Ministry of Labour and Vocational Training",
        "Ministry of Disaster Management and Relief",
        "Licadho",
    ]
    assert result.texts("PERSON") == ["Chan Dara"]
