"""English pages from Pakistan, India, South Korea, Taiwan, Japan and New Zealand (issue 11, the
ninth batch's English dev pages): decades, given names that are also words after a role, names
opened by an initial, names repeated in Chinese script, `quoted as saying` after a pronoun, claims
in an infinitive. Every sentence is invented."""

from __future__ import annotations


def test_a_decade_is_a_date(label_en):
    result = label_en("The quarrel over steel goes back to the 1970s and grew in the 2010s; both men are in their 40s.")
    assert result.texts("DATE") == ["1970s", "2010s"]


def test_may_after_a_role_opens_the_name_and_the_surname_is_found_later(label_en):
    result = label_en(
        "Officials criticized independent Legislator May Lin for quoting a foreign report. "
        "Lin later said that the slides came from a think tank."
    )
    assert result.texts("PERSON") == ["May Lin", "Lin"]
    assert result.texts("DATE") == []


def test_may_as_a_verb_after_a_capitalised_word_is_no_name(label_en):
    result = label_en("The Council May Decide tomorrow, officials said.")
    assert "May" not in " ".join(result.texts("PERSON"))


def test_a_name_repeated_in_chinese_script_is_a_person_too(label_en):
    result = label_en("Legislator Wu Pei-ling (吳佩玲) and spokesman Tsai Ming-te (蔡明德) said the report was wrong.")
    assert result.texts("PERSON") == ["Wu Pei-ling", "吳佩玲", "Tsai Ming-te", "蔡明德"]


def test_script_in_brackets_after_a_common_word_is_no_person(label_en):
    result = label_en("The word for tea (茶) came from the south.")
    assert result.texts("PERSON") == []


def test_quoted_as_saying_after_a_quote_is_the_cue_and_the_pronoun_the_speaker(label_en):
    result = label_en("“I only wanted to be caught,” he was quoted as saying by investigators.")
    quote = "I only wanted to be caught,"
    assert result.cue_of(quote) == "quoted as saying"
    assert result.speaker_of(quote) == "he"


def test_has_been_quoted_as_saying_keeps_the_role_speaker(label_en):
    result = label_en("“The border stays shut,” the minister has been quoted as saying.")
    assert result.cue_of("The border stays shut,") == "quoted as saying"
    assert result.speaker_of("The border stays shut,") == "the minister"


def test_a_defined_party_acronym_before_a_role_stays_an_organisation(label_en):
    result = label_en(
        "The Civic Renewal Party (CRP) met on Monday. Chen and CRP Legislator Lin Ya-ting said that the slides were copied."
    )
    assert result.texts("ORG") == ["Civic Renewal Party", "CRP", "CRP"]
    assert "Lin Ya-ting" in result.texts("PERSON")


def test_names_opened_by_an_initial_inside_a_sentence(label_en):
    result = label_en(
        "The two men, identified as R. Venkatesan of Tambaram and S. Mohan Kumar, were remanded, "
        "and constable K.R. Babu filed the case."
    )
    assert result.texts("PERSON") == ["R. Venkatesan", "S. Mohan Kumar", "K.R. Babu"]


def test_a_letter_closing_a_sentence_opens_no_name(label_en):
    result = label_en("He took vitamin C. Doctors say it helps.")
    assert "C. Doctors" not in result.texts("PERSON")


def test_a_claim_in_an_infinitive_is_indirect_speech(label_en):
    result = label_en("Police claimed to have arrested a driver for running over two pedestrians in Lakeside.")
    reported = "have arrested a driver for running over two pedestrians in Lakeside"
    assert result.speaker_of(reported) == "Police"
    assert result.cue_of(reported) == "claimed"


def test_a_claim_inside_a_sourced_report_is_a_second_item(label_en):
    result = label_en(
        "Park claims to have forged the permits for the agency in exchange for cash, according to a letter found by prosecutors."
    )
    assert result.cue_of("have forged the permits for the agency in exchange for cash") == "claims"
    assert result.speaker_of("have forged the permits for the agency in exchange for cash") == "Park"


def test_claimed_responsibility_is_no_report(label_en):
    result = label_en("The group claimed responsibility for the blast near the market.")
    assert [s.text for s in result.spans if s.label == "QUOTE"] == []


def test_a_place_before_a_rank_in_capitals_is_a_place_and_a_police_zone_nothing(label_en):
    result = label_en(
        "Meanwhile, Gulshan-Baldia SP Tariq Mehmood Khan urged calm. "
        "In a statement, West Zone DIG Imran Ali Shah said that two suspects had been held."
    )
    assert result.texts("GPE") == ["Gulshan-Baldia"]
    assert result.texts("PERSON") == ["Tariq Mehmood Khan", "Imran Ali Shah"]


def test_a_front_is_an_organisation_and_its_acronym_too(label_en):
    result = label_en("The two men met at the Liberation Front of Kerala (LFK) office in Kochi. The LFK denied it.")
    assert result.texts("ORG") == ["Liberation Front of Kerala", "LFK", "LFK"]


def test_a_plural_possessive_inside_a_body_s_name(label_en):
    result = label_en("The Busan Eastern District Prosecutors’ Office opened a case, and the Farmers' Union joined it.")
    assert result.texts("ORG") == ["Busan Eastern District Prosecutors’ Office", "Farmers' Union"]


def test_an_acronym_defined_in_square_brackets(label_en):
    result = label_en("The slides came from the People's Unity Party [PUP]. The PUP did not reply.")
    assert result.texts("ORG")[-2:] == ["PUP", "PUP"]


def test_a_newspaper_keeps_its_article_and_a_byline_paper_is_no_person(label_en):
    result = label_en(
        "Port strike ends\n\nBy Lagoon Herald\n\n"
        "The Coral Times reports that the strike ended, and the Coral Times said more later."
    )
    assert result.texts("ORG") == ["Lagoon Herald", "The Coral Times", "Coral Times"]
    assert result.texts("PERSON") == []


def test_told_investigators_and_a_clause_with_an_irregular_past(label_en):
    result = label_en("Two phones were found at the scene. The driver told investigators he hid the keys in a drain.")
    assert result.speaker_of("he hid the keys in a drain") == "The driver"
    assert result.cue_of("he hid the keys in a drain") == "told"


def test_a_semicolon_closes_the_speaker_search(label_en):
    result = label_en(
        "Bus drivers stop work\n\nThe drivers walked out at dawn on Monday; they blocked two roads; "
        "union leaders said they were demanding higher pay\n\nThe strike went on."
    )
    assert result.speaker_of("they were demanding higher pay") == "union leaders"


def test_an_age_in_apposition_is_skipped_to_the_speaker(label_en):
    result = label_en("Later, the cashier, 52, reported that she had been shown a knife by the man.")
    assert result.speaker_of("she had been shown a knife by the man") == "the cashier"
    named = label_en("Tomas Ferreira, 31, said that he had found the boxes at dawn.")
    assert named.speaker_of("he had found the boxes at dawn") == "Tomas Ferreira"


def test_a_report_closed_by_they_said_is_nested_in_a_second_report(label_en):
    result = label_en("At the station, the cashier reported that she had been shown a knife by the man, they said.")
    inner = "she had been shown a knife by the man"
    outer = "At the station, the cashier reported that she had been shown a knife by the man"
    assert result.speaker_of(inner) == "the cashier"
    assert result.speaker_of(outer) == "they"
    assert result.cue_of(outer) == "said"


def test_a_report_closed_by_a_document_that_reads(label_en):
    result = label_en(
        "According to his statement recorded by police, Omar had promised them money from two firms, the charge sheet reads."
    )
    inner = "Omar had promised them money from two firms"
    assert result.speaker_of("According to his statement recorded by police, " + inner) == "the charge sheet"
    assert inner in [s.text for s in result.spans if s.label == "QUOTE"]


def test_a_run_before_area_or_neighbourhood_is_a_place(label_en):
    result = label_en("The boy went missing in the Green Acre area on Friday; police searched the Maple Hill neighbourhood.")
    assert result.texts("GPE") == ["Green Acre", "Maple Hill"]


def test_a_road_named_after_someone_is_no_person(label_en):
    result = label_en("Police stopped a scooter on Arul Murugan Road near the bus stand, constable Priya Devi said.")
    assert result.texts("PERSON") == ["Priya Devi"]


def test_a_railway_line_is_no_person(label_en):
    result = label_en("A man attacked passengers on a Sakura Line train in Kobe, and the Mizuho Line was closed.")
    assert result.texts("PERSON") == []


def test_mastheads_ending_in_bulletin_or_examiner_keep_their_article(label_en):
    result = label_en("The Harbour Bulletin reported the closure. The mayor told The Valley Examiner that it was temporary.")
    assert result.texts("ORG") == ["The Harbour Bulletin", "The Valley Examiner"]
