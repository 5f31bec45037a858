"""English entities and speakers of the sixth batch's dev pages (issue 11, sixth_en): each class of
their errors on invented sentences."""

from __future__ import annotations


def test_philippine_councils_and_the_palace_are_organisations(label_en):
    result = label_en(
        "The proposal was approved by the Sangguniang Panlalawigan on Monday, Malacañang said.\n\n"
        "“We finished our work,” the vice mayor said during the 19th Sangguniang Panlungsod’s final session."
    )
    orgs = result.texts("ORG")
    assert "Sangguniang Panlalawigan" in orgs
    assert "Malacañang" in orgs
    assert "Sangguniang Panlungsod" in orgs
    assert "19th Sangguniang Panlungsod" not in orgs
    assert not {"Malacañang", "Sangguniang Panlalawigan", "Sangguniang Panlungsod"} & set(result.texts("PERSON"))


def test_a_units_ordinal_stays_with_it(label_en):
    result = label_en("Troops of the 7th Infantry Division reached the village, the army said.")
    assert "7th Infantry Division" in result.texts("ORG")


def test_christmas_eve_is_a_date_not_a_person(label_en):
    result = label_en("The governor flew home on Christmas Eve.")
    dates = result.texts("DATE")
    assert "Christmas Eve" in dates
    assert "Christmas Eve" not in result.texts("PERSON")


def test_an_affiliation_compound_is_no_part_of_the_name_after_it(label_en):
    result = label_en(
        "Soldiers clashed with Islamic State-linked Maute gunmen near the lake. "
        "A report obtained by Japan-based Kyodo News agency named 12 of them. "
        "The Zorbic-backed company Larnum Holdings said it would appeal."
    )
    assert "Maute" in result.texts("ORG")
    assert "Kyodo News" in result.texts("ORG")
    assert not result.texts("PERSON")
    tagged = [text for label in ("PERSON", "ORG", "GPE") for text in result.texts(label)]
    # the hyphen before `based`, `linked`, `backed` is a token of its own (tests/nlp/test_hyphen_joined_words.py):
    # a known place before it is tagged alone, an unknown word is not, and no name holds the hyphen
    assert "Japan" in result.texts("GPE")
    assert not [text for text in tagged if "-" in text or "Zorbic" in text]


def test_a_dateline_in_capitals_after_many_lines_of_page_furniture(label_en):
    result = label_en(
        "Advertisement\n\nAdvertisement\n\nMinister calls officials back from leave\n\n"
        "Rescuers carry supplies to a shelter. Photo: AP\n\nFollow us on WhatsApp\n\n"
        "KUALA LIPIS (Pahang) — Prime Minister Ahmad Rosli has ordered all ministers on leave to return.\n\n"
        "STAY CALM - the board in the hall reads."
    )
    assert "KUALA LIPIS" in result.texts("GPE")
    assert "Pahang" in result.texts("GPE")
    assert "Pahang" not in result.texts("ORG")
    assert "STAY CALM" not in result.texts("GPE")


def test_an_official_of_a_body_is_one_unnamed_person_not_the_body(label_en):
    result = label_en(
        "Troops entered the village on Monday, said Colonel Min Aung.\n\n"
        "“The soldiers have been staying in the school since last night,” an official of Zarni Township Defence Forces "
        "told reporters.\n\n"
        "“We will appeal,” a spokesman for the Zarni Trading Company said."
    )
    official = "The soldiers have been staying in the school since last night,"
    assert result.speaker_of(official) == "an official of Zarni Township Defence Forces"
    assert result.resolved_speaker_of(official) == "an official of Zarni Township Defence Forces"
    assert result.resolved_speaker_of("We will appeal,") == "Zarni Trading Company"


def test_vietnamese_names_that_open_with_an_english_stop_word(label_en):
    result = label_en(
        "Charges will follow, according to Major General To Van Kha, head of the provincial police. "
        "The clash broke out in Phu Ninh commune, My Loc district. "
        "An official said My family is safe. Welcome To Hanoi."
    )
    assert "To Van Kha" in result.texts("PERSON")
    assert "My Loc" in result.texts("GPE")
    assert "Hanoi" in result.texts("GPE")
    assert not [text for text in result.texts("PERSON") if text.startswith(("My", "An", "Welcome"))]


def test_a_plural_place_noun_and_of_introduce_places(label_en):
    result = label_en("Soldiers burned the villages of Kyun Taw and Hlay Pin before dawn.")
    assert "Kyun Taw" in result.texts("GPE")
    assert "Kyun Taw" not in result.texts("PERSON")


def test_a_state_of_emergency_is_no_place(label_en):
    result = label_en("The cabinet refused to declare a State of Emergency, and the town of Kyun Taw flooded.")
    assert "Emergency" not in result.texts("GPE")
    assert "Kyun Taw" in result.texts("GPE")
