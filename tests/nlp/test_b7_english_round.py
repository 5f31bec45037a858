"""English pages from Laos, Bangladesh, Myanmar and Thailand (issue 11, the seventh batch's
English dev pages): Lao districts and `Vientiane Capital`, police-station places, Bangladeshi
initials, speakers in role chains. Every sentence is invented."""

from __future__ import annotations


def test_a_district_before_a_comma_keeps_its_administrative_word(label_en):
    result = label_en("Police raided a karaoke bar in Chanthabouly District, Vientiane Capital, on Friday.")
    assert result.texts("GPE") == ["Chanthabouly District", "Vientiane Capital"]
    assert result.texts("ORG") == []


def test_the_lao_capital_is_a_place_not_a_company(label_en):
    result = label_en("Vientiane Capital police said the two men had fled to Xaythany District.")
    assert result.texts("GPE") == ["Vientiane Capital", "Xaythany District"]


def test_a_district_before_a_role_is_the_place(label_en):
    result = label_en("Xaythany District Governor, Mr. Somphone Keo, said the roads were closed.")
    assert result.texts("GPE") == ["Xaythany District"]
    assert result.texts("PERSON") == ["Somphone Keo"]


def test_a_lone_name_before_small_letter_police_is_the_place(label_en):
    result = label_en(
        "Kotalipara police station OC has been transferred. Officers said Kotalipara highway police "
        "would patrol the road."
    )
    assert result.texts("GPE") == ["Kotalipara", "Kotalipara"]
    assert "Kotalipara" not in result.texts("PERSON")


def test_bangladeshi_initials_open_the_name(label_en):
    result = label_en(
        'In his speech, AKM Rafiqul Islam said, "We will act." Later, ABM Nurul Alam met the press.'
    )
    assert result.texts("PERSON") == ["AKM Rafiqul Islam", "ABM Nurul Alam"]
    assert result.speaker_of("We will act.") == "AKM Rafiqul Islam"


def test_a_company_acronym_is_no_initial(label_en):
    result = label_en("Workers of the GM Motors plant went on strike.")
    assert "GM Motors" not in result.texts("PERSON")


def test_according_to_then_a_role_and_a_name_between_commas_is_the_report(label_en):
    result = label_en("According to police, the driver, Somchai Boonmee, fled the scene after the crash.")
    assert result.texts("QUOTE", type="indirect") == ["the driver, Somchai Boonmee, fled the scene after the crash"]
    assert result.speaker_of("the driver, Somchai Boonmee, fled the scene after the crash") == "police"


def test_according_to_with_an_apposition_still_skips_it(label_en):
    result = label_en("According to Ahmad Yani, a scientist at the agency, the storm is moving west.")
    assert result.texts("QUOTE", type="indirect") == ["the storm is moving west"]


def test_a_role_chain_and_a_name_close_the_sentence(label_en):
    result = label_en(
        "The suspect was arrested at his home in Solo, Surakarta Police chief Ade Safri told The "
        "Jakarta Post on Monday."
    )
    assert result.texts("QUOTE", type="indirect") == ["The suspect was arrested at his home in Solo"]
    assert result.speaker_of("The suspect was arrested at his home in Solo") == "Ade Safri"
    assert result.cue_of("The suspect was arrested at his home in Solo") == "told"


def test_a_role_then_a_name_between_commas_close_the_sentence(label_en):
    result = label_en("The bodies were found near the river, the police spokesman, Rudi Hartono, said on Sunday.")
    assert result.texts("QUOTE", type="indirect") == ["The bodies were found near the river"]
    assert result.speaker_of("The bodies were found near the river") == "Rudi Hartono"


def test_a_list_of_places_before_the_verb_is_no_role_chain(label_en):
    result = label_en("The floods hit Bogor, Depok and Bekasi on Sunday, the agency said.")
    assert result.speaker_of("The floods hit Bogor, Depok and Bekasi on Sunday") == "the agency"


def test_sheikh_opens_a_bangladeshi_name_but_stays_an_arab_title(label_en):
    result = label_en(
        "Former prime minister Sheikh Hasina said the vote was rigged. Her party was founded by "
        "Sheikh Mujibur Rahman. Qatar's emir Sheikh Tamim met the envoy."
    )
    assert result.texts("PERSON") == ["Sheikh Hasina", "Sheikh Mujibur Rahman", "Tamim"]
    assert result.speaker_of("the vote was rigged") == "Sheikh Hasina"


def test_a_sentence_adverb_stays_out_of_a_report_closed_by_its_source(label_en):
    result = label_en(
        "Meanwhile, police in Luang Prabang were called to a bar on Sunday, according to the radio "
        "station's reporter Somsak Keo. Separately, the storm moved west, officials said."
    )
    assert result.texts("QUOTE", type="indirect") == [
        "police in Luang Prabang were called to a bar on Sunday",
        "the storm moved west",
    ]


def test_outlets_by_their_tail_word(label_en):
    result = label_en(
        "Assistant Editor of Chiang Mai Mail Somchai Boonmee said the police should act. The story "
        "was aired by Luang Prabang City Radio and by Radio Free Asia."
    )
    assert result.texts("ORG") == ["Chiang Mai Mail", "Luang Prabang City Radio", "Radio Free Asia"]
    assert result.texts("PERSON") == ["Somchai Boonmee"]


def test_a_headline_news_is_no_outlet(label_en):
    result = label_en("Good News For Farmers As Rain Returns\n\nRain fell on Monday.")
    assert result.texts("ORG") == []


def test_according_to_an_outlet_is_speech_but_not_to_a_department(label_en):
    result = label_en(
        "Police were called to a bar in Luang Prabang on Sunday, according to Lao National Radio. "
        "The toll rose to 20, according to the Department of Health."
    )
    assert result.texts("QUOTE", type="indirect") == ["Police were called to a bar in Luang Prabang on Sunday"]
    assert result.speaker_of("Police were called to a bar in Luang Prabang on Sunday") == "Lao National Radio"


def test_a_quantifier_opening_the_sentence_stays_in_the_speaker(label_en):
    result = label_en('Some residents said, "We were not warned."\n\nSeveral drivers said the road was closed.')
    assert result.speaker_of("We were not warned.") == "Some residents"
    assert result.speaker_of("the road was closed") == "Several drivers"
