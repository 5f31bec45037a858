"""English entities on South Asian and Pacific pages (issue 11, b10en_ents round): magistrates'
titles, places opened by a compass word, and bodies named by their kind alone. Every sentence is
invented."""

from __future__ import annotations


def test_a_magistrate_title_stays_out_of_the_name(label_en):
    result = label_en("Chief Magistrate Lani Moremo adjourned the case, and Magistrate Peter Olsen agreed.")
    assert result.texts("PERSON") == ["Lani Moremo", "Peter Olsen"]


def test_a_run_opened_by_a_compass_word_is_a_place(label_en):
    result = label_en("The canoe left for South Varengo with four men, and a farmer from North East Taluma joined them.")
    assert result.texts("GPE") == ["South Varengo", "North East Taluma"]
    assert result.texts("PERSON") == []


def test_a_compass_word_closing_a_name_keeps_the_person(label_en):
    result = label_en("The farmer Amos West met Dora North at the market on Monday.")
    assert result.texts("PERSON") == ["Amos West", "Dora North"]
    assert result.texts("GPE") == []


def test_a_body_named_by_its_kind_alone_is_not_tagged(label_en):
    result = label_en(
        "The man was handed to the Police after the Village Council met, the Court heard, and the Force said it would act."
    )
    assert result.texts("ORG") == []


def test_a_named_body_of_the_same_kind_stays_an_org(label_en):
    result = label_en("Varengo Police and the Supreme Court agreed, and the Commission said it would appeal.")
    assert result.texts("ORG") == ["Varengo Police", "Supreme Court", "Commission"]


def test_a_defined_acronym_before_small_letter_police_is_the_body(label_en):
    result = label_en(
        "The raid was made by the Special Crime Unit (SCU) of the Varengo police. Later the SCU police "
        "arrested two more men, and Taluma police joined them."
    )
    assert result.texts("ORG") == ["Special Crime Unit", "SCU", "SCU"]
    assert result.texts("GPE") == ["Varengo", "Taluma"]


def test_a_school_is_an_organisation(label_en):
    result = label_en("A teacher of Morang Primary School and two pupils of Tashi Higher Secondary School were there.")
    assert result.texts("ORG") == ["Morang Primary School", "Tashi Higher Secondary School"]
    assert result.texts("PERSON") == []


def test_a_municipality_glued_to_its_ward_number_is_a_place(label_en):
    # The project's tokenizer keeps `Municipality-4` one word, so the GPE takes the ward number too.
    result = label_en("Ram Prasad Sah of Kolvi Rural Municipality-4 and a woman of Dhanpur Municipality-9 were held.")
    assert result.texts("GPE") == ["Kolvi Rural Municipality-4", "Dhanpur Municipality-9"]
    assert result.texts("PERSON") == ["Ram Prasad Sah"]


def test_each_area_of_a_list_before_police_is_a_place(label_en):
    result = label_en(
        "The men were wanted by the Rahim Nagar and Qadirabad police. Cases were filed with the city's "
        "Kalbari, Noor Ganj and Sultanpet police stations."
    )
    assert result.texts("GPE") == ["Rahim Nagar", "Qadirabad", "Kalbari", "Noor Ganj", "Sultanpet"]
    assert result.texts("PERSON") == []


def test_a_person_before_and_police_stays_a_person(label_en):
    result = label_en("Karim Uddin and Qadirabad police met on Monday.")
    assert result.texts("PERSON") == ["Karim Uddin"]


def test_a_province_named_by_its_number_is_a_place(label_en):
    result = label_en("Police from Province 2 and Province No. 1 met, but Province 9 is no province.")
    assert result.texts("GPE") == ["Province 2", "Province No. 1"]
