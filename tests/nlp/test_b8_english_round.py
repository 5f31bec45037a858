"""English pages from Brunei, Malaysia, the Philippines, Bangladesh, Cambodia and Myanmar (issue 11,
the eighth batch's English dev pages): a Malay monarch's style, an ayn mark inside a name,
`His Majesty` as the speaker. Every sentence is invented."""

from __future__ import annotations

STYLE = (
    "The medals were presented by His Majesty Sultan Haji Karim Bakti Waddaulah ibni Al-Marhum "
    "Sultan Haji Umar ‘Ali Saiful Waddien, Sultan and Yang Di-Pertuan of Brunei Darussalam."
)


def test_a_monarch_s_style_gives_his_name_and_his_father_s_name(label_en):
    result = label_en(STYLE)
    assert result.texts("PERSON") == ["Karim Bakti Waddaulah", "Umar ‘Ali Saiful Waddien"]
    assert result.texts("GPE") == ["Brunei Darussalam"]


def test_an_ayn_mark_inside_a_name_opens_no_quote(label_en):
    result = label_en(STYLE + " The ceremony took place at the Officers’ Mess in Gadong.")
    assert result.quotes() == []


def test_a_royal_highness_keeps_prince_and_haji_out_of_the_name(label_en):
    result = label_en("Also present was His Royal Highness Prince Haji Al-Mubin Billah, the Crown Prince.")
    assert result.texts("PERSON") == ["Al-Mubin Billah"]


def test_his_majesty_alone_is_the_speaker_resolved_to_the_name(label_en):
    result = label_en(STYLE + "\n\nHis Majesty said in a titah that the police must root out bribery.")
    assert "Majesty" not in " ".join(result.texts("PERSON"))
    reported = "the police must root out bribery"
    assert result.speaker_of(reported) == "His Majesty"
    assert result.resolved_speaker_of(reported) == "Karim Bakti Waddaulah"


def test_a_single_mark_after_a_name_still_opens_a_quote(label_en):
    result = label_en("The minister told Parliament: ‘We will not bow to pressure from anyone,’ Ahmad said.")
    assert result.quotes() == ["We will not bow to pressure from anyone,"]


REMARK = (
    "The Manila police will add patrols near markets if the situation warrants it, NCRPO chief "
    "Director General Juan Reyes made the remark following the robbery, where a gunman tried to enter "
    "a bank in Pasig Tuesday, noting that shop owners have yet to ask for more guards."
)


def test_made_the_remark_attributes_the_sentence_before_it(label_en):
    result = label_en(REMARK)
    first = "The Manila police will add patrols near markets if the situation warrants it"
    assert result.texts("QUOTE", type="indirect") == [first, "shop owners have yet to ask for more guards"]
    assert result.cue_of(first) == "made the remark"
    assert result.speaker_of(first) == "Juan Reyes"
    assert result.speaker_of("shop owners have yet to ask for more guards") == "Juan Reyes"


def test_made_the_remark_reports_nothing_after_it(label_en):
    result = label_en("The governor made the remark during a visit to the port on Friday.")
    assert result.texts("QUOTE", type="indirect") == []


def test_said_then_a_participle_gives_two_reports(label_en):
    result = label_en(
        "The city will close three schools after the floods, Mayor Juan Reyes said on Monday, noting "
        "that repairs would take several months."
    )
    assert result.texts("QUOTE", type="indirect") == [
        "The city will close three schools after the floods",
        "repairs would take several months",
    ]
    assert result.cue_of("repairs would take several months") == "noting"


def test_chairperson_is_a_title_before_the_name(label_en):
    result = label_en("The health of party Chairperson Rokeya Begum has improved, her doctors said.")
    assert result.texts("PERSON") == ["Rokeya Begum"]


def test_made_the_remark_opening_a_sentence_reports_the_sentence_before(label_en):
    result = label_en(
        "MANILA — The police will add patrols near markets if the situation warrants it.\n"
        "NCRPO chief Director General Juan Reyes made the remark following the robbery, where a gunman "
        "tried to enter a bank in Pasig Tuesday, noting that shop owners have yet to ask for more guards.\n"
    )
    first = "The police will add patrols near markets if the situation warrants it"
    assert result.texts("QUOTE", type="indirect") == [first, "shop owners have yet to ask for more guards"]
    assert result.speaker_of(first) == "Juan Reyes"
    assert result.speaker_of("shop owners have yet to ask for more guards") == "Juan Reyes"


def test_made_the_remark_leaves_a_quoted_sentence_before_alone(label_en):
    result = label_en("“We will add patrols near the markets,” Reyes said. The mayor made the remark on Friday.")
    assert result.texts("QUOTE", type="indirect") == []


def test_a_town_between_two_places_is_a_place(label_en):
    result = label_en(
        "A man was arrested in Barangay Lumbang, Tagkawayan, Batangas on Monday. A boat sank off "
        "Barangay Dalahican, General Luna, Quezon."
    )
    assert result.texts("GPE") == ["Barangay Lumbang", "Tagkawayan", "Batangas", "Barangay Dalahican", "General Luna", "Quezon"]
    assert result.texts("PERSON") == []


def test_a_place_in_a_list_of_places_is_a_place(label_en):
    result = label_en("Rescue teams came from Cavite, Batangas, Rizal, Laguna, and Quezon.")
    assert result.texts("GPE") == ["Cavite", "Batangas", "Rizal", "Laguna", "Quezon"]


def test_a_person_between_places_without_commas_on_both_sides_stays(label_en):
    result = label_en("In Batangas, Mayor Ramon Cruz said the roads to Laguna were closed.")
    assert "Ramon Cruz" in result.texts("PERSON")


def test_an_acronym_opening_with_a_digit_is_an_organisation(label_en):
    result = label_en("The paper wrote about 2MBD in 2015, and about the 2MBD board later. The 4WD car stalled.")
    assert result.texts("ORG") == ["2MBD", "2MBD"]


def test_a_bare_plural_role_closing_the_sentence_is_the_speaker(label_en):
    result = label_en(
        "Four students who were helping the farmers were among those held, said villagers.\n\n"
        "The road was closed for two days, say local residents.\n\n"
        "The bridge was closed for hours, he said afterwards.\n"
    )
    assert result.speaker_of("Four students who were helping the farmers were among those held") == "villagers"
    assert result.speaker_of("The road was closed for two days") == "local residents"
    assert result.speaker_of("The bridge was closed for hours") == "he"


def test_where_the_subject_spoke_stands_between_it_and_the_verb(label_en):
    result = label_en(
        "The minister in a speech at the police academy during a visit to the capital on Tuesday, said "
        "that bribery was the most common offence.\n\nThe mayor, in a speech on Tuesday, said that the "
        "roads would reopen.\n"
    )
    assert result.speaker_of("bribery was the most common offence") == "The minister"
    assert result.speaker_of("the roads would reopen") == "The mayor"


def test_his_majesty_in_a_titah_is_the_speaker(label_en):
    reported = "bribery and gambling are common crimes among officers"
    result = label_en(STYLE + f"\n\nHis Majesty in a titah at the Officers’ Mess on Tuesday, said that {reported}.")
    assert result.speaker_of(reported) == "His Majesty"
    assert result.resolved_speaker_of(reported) == "Karim Bakti Waddaulah"


def test_an_unnamed_speaker_described_by_a_relative_clause_is_the_whole_description(label_en):
    result = label_en(
        "“We cannot go back to the village, they are shooting at everyone,” a Kanbalu villager who "
        "sought refuge in a nearby forest told Reuters on Tuesday."
    )
    quote = "We cannot go back to the village, they are shooting at everyone,"
    assert result.speaker_of(quote) == "a Kanbalu villager who sought refuge in a nearby forest"
    assert result.resolved_speaker_of(quote) == "a Kanbalu villager who sought refuge in a nearby forest"


def test_a_gerund_clause_after_a_confession_or_denial_is_the_report(label_en):
    result = label_en(
        "Police stopped a man near the border. He confessed to being a courier and being hired to carry "
        "pills into Thailand.\n\nThe company's owner Lim Ah Kow today denied being involved in any plot "
        "following publication of a report in a daily.\n\nThe man confessed the crime to police on Monday.\n"
    )
    assert result.texts("QUOTE", type="indirect") == [
        "being a courier and being hired to carry pills into Thailand",
        "being involved in any plot",
    ]
    assert result.cue_of("being a courier and being hired to carry pills into Thailand") == "confessed"
    assert result.speaker_of("being involved in any plot") == "Lim Ah Kow"


def test_a_gerund_report_inside_a_noun_phrase_is_left_alone(label_en):
    result = label_en("His remarks contradicted the statement that the agency admitted to having found no evidence of graft.")
    assert result.texts("QUOTE", type="indirect") == []
