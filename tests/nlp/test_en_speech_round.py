"""English indirect speech and its speakers on unseen wire and Gulf/East Asian pages (issue 11,
en_speech round): one invented example of each class fixed."""

from __future__ import annotations


def test_it_never_resolves_to_a_person(label_en):
    result = label_en(
        "Minister Noura Ali said that the country wants change.\n\n"
        "Meanwhile, the management of the network rejected any intervention. "
        "It said that it wants to keep its independence."
    )
    assert result.speaker_of("it wants to keep its independence") == "It"
    assert result.resolved_speaker_of("it wants to keep its independence") == "It"


def test_the_small_letter_title_resolves_to_the_person_introduced_with_it(label_en):
    result = label_en(
        "Unification Minister Park Jin-ho told reporters that the talks would go ahead.\n\n"
        'Ministry spokesman Lee Han-sol said, "The other side raised no objection."\n\n'
        "The unification minister said he would take responsibility for the decision.\n\n"
        "Foreign Minister Ana Cruz arrived on Friday. Deputy Foreign Minister Kim Soo-ah met the envoy. "
        "The foreign minister said the visit was useful."
    )
    assert result.resolved_speaker_of("he would take responsibility for the decision") == "Park Jin-ho"
    assert result.resolved_speaker_of("the visit was useful") == "Ana Cruz"


def test_an_adjunct_between_the_verb_and_that_stays_out_of_the_report(label_en):
    result = label_en(
        "During the opening of the annual meeting held in the capital, Trade Minister Omar Haddad said "
        "during his speech that the region needs new rules.\n\n"
        "The foreign ministry said in its statement, published on the state news agency, that the "
        "authorities have taken all the necessary measures.\n\n"
        "Defence Minister Lee Min-jun told reporters before leaving for the border village that he could "
        "not answer such a question.\n\n"
        "The toll rose to 12, the agency said in a statement that was posted online."
    )
    assert result.texts("QUOTE", type="indirect") == [
        "the region needs new rules",
        "the authorities have taken all the necessary measures",
        "he could not answer such a question",
        "The toll rose to 12",
    ]
    assert result.speaker_of("the region needs new rules") == "Omar Haddad"
    assert result.cue_of("he could not answer such a question") == "told"


def test_a_participle_after_a_report_is_a_second_report_of_the_same_speaker(label_en):
    result = label_en(
        "Police chief Ali Badu said the road was closed, adding that rain fell on Monday.\n\n"
        "The bridge was shut, fire chief Rosa Lim said, adding that crews were on their way.\n\n"
        "The ministry said the blasts did not result in any deaths, while adding that there was no leak of fuel.\n\n"
        "The nine men praised the ministry's efforts, adding that the officials spared no effort to bring them home."
    )
    assert result.texts("QUOTE", type="indirect") == [
        "the road was closed",
        "rain fell on Monday",
        "The bridge was shut",
        "crews were on their way",
        "the blasts did not result in any deaths",
        "there was no leak of fuel",
        "the officials spared no effort to bring them home",
    ]
    assert result.cue_of("rain fell on Monday") == "adding"
    assert result.speaker_of("rain fell on Monday") == "Ali Badu"
    assert result.speaker_of("crews were on their way") == "Rosa Lim"
    assert result.speaker_of("there was no leak of fuel") == "The ministry"


def test_an_abbreviated_month_before_a_day_ends_no_sentence(label_en):
    result = label_en(
        "The general assembly will open on Sept. 15, the Secretariat said.\n\n"
        "Rain is expected until Dec. The agency said the roads were closed on Monday."
    )
    assert result.texts("QUOTE", type="indirect") == [
        "The general assembly will open on Sept. 15",
        "the roads were closed on Monday",
    ]


def test_a_document_speaker_resolves_to_no_one(label_en):
    result = label_en(
        "The Gulf Ports Authority issued a statement on the attack on Sunday.\n\n"
        "Minister Hamad Saleh said the harbour would stay open.\n\n"
        "The statement said the navy presence on the island fits within the coalition's efforts.\n\n"
        "A coast guard report obtained by reporters said two boats had been seized."
    )
    statement = "the navy presence on the island fits within the coalition's efforts"
    assert result.speaker_of(statement) == "The statement"
    assert result.resolved_speaker_of(statement) == "The statement"
    assert result.resolved_speaker_of("two boats had been seized") == result.speaker_of("two boats had been seized")


def test_present_stresses_tweeted_that_and_an_adjunct_with_by(label_en):
    result = label_en(
        "Commissioner Sami Tora stresses that the team on the case are senior officers. "
        "The commissioner stresses the independence of the process.\n\n"
        "The editor of the paper, Hu Min, later tweeted that he had asked for the post to be deleted.\n\n"
        "Lina Marsh, head of public relations at the provincial police, confirmed by text message that the "
        "arrests had taken place in the city."
    )
    assert result.texts("QUOTE", type="indirect") == [
        "the team on the case are senior officers",
        "he had asked for the post to be deleted",
        "the arrests had taken place in the city",
    ]
    assert result.cue_of("he had asked for the post to be deleted") == "tweeted"


def test_a_participle_after_a_quoted_phrase_and_a_clause_opening_with_for(label_en):
    result = label_en(
        'The council later said in a statement that the new scheme was a "pilot run," adding that wardens '
        "are familiar with the equipment.\n\n"
        'Mayor Ana Lam said it is "too early to judge the rule", adding that, for any new policy, it would '
        "take time to work.\n\n"
        "The minister asked for calm. She said for the first time that the vote would be delayed."
    )
    assert result.texts("QUOTE", type="indirect") == [
        'the new scheme was a "pilot run',
        "wardens are familiar with the equipment",
        'it is "too early to judge the rule',
        "for any new policy, it would take time to work",
        "the vote would be delayed",
    ]
    assert result.cue_of("wardens are familiar with the equipment") == "adding"


def test_an_unnamed_source_resolves_to_no_one(label_en):
    result = label_en(
        "Council member Ip Wai-man on Monday suggested that the city could restrict messaging apps.\n\n"
        "Besides, the source said, the government is still watching whether the new rule has any effect."
    )
    found = "the government is still watching whether the new rule has any effect"
    assert found in result.texts("QUOTE", type="indirect")
    assert result.resolved_speaker_of(found) == "the source"


def test_a_subordinate_clause_after_a_closing_speaker_is_no_report(label_en):
    result = label_en(
        "The city might curb access to the internet to contain the protests, a senior politician said "
        "yesterday, after an emergency law failed to quell the unrest.\n\n"
        "Five people were killed in the blast, police said on Monday, amid fears of more attacks."
    )
    assert result.texts("QUOTE", type="indirect") == [
        "The city might curb access to the internet to contain the protests",
        "Five people were killed in the blast",
    ]
    assert result.speaker_of("Five people were killed in the blast") == "police"


def test_told_a_news_agency_state_media_and_a_report_opening_with_a_quoted_phrase(label_en):
    result = label_en(
        "He told Reuters news agency there had been a number of arrests on the outskirts of the city.\n\n"
        "The army on Wednesday said it will deploy troops across the country, state media reported.\n\n"
        'Interior Minister Omid Nasser stated that "some spy agencies" may be seeking to use reporters as shields.\n\n'
        "Opposition leader Lee Tan had said that “the court of opinion can be bigger than any court” when asked."
    )
    assert result.texts("QUOTE", type="indirect") == [
        "there had been a number of arrests on the outskirts of the city",
        "it will deploy troops across the country",
        'some spy agencies" may be seeking to use reporters as shields',
    ]
    assert result.cue_of("there had been a number of arrests on the outskirts of the city") == "told"


def test_a_past_participle_after_a_preposition_or_article_is_no_cue(label_en):
    result = label_en(
        "Kenya to sanction two broadcasters, Trust TV over alleged glorification of banditry\n\n"
        "Police said the reported attack on the station was planned for weeks."
    )
    assert result.texts("QUOTE", type="indirect") == ["the reported attack on the station was planned for weeks"]
    assert "alleged" not in result.texts("CUE")


def test_as_quoted_by_an_outlet_is_no_report(label_en):
    result = label_en(
        "Budi Santoso said the two suspects had been detained at the police headquarters, as quoted by Antara news agency.\n\n"
        "The suspect was shot in the leg after trying to flee, Budi Santoso said on Monday as quoted by kompas.com."
    )
    assert result.texts("QUOTE", type="indirect") == [
        "the two suspects had been detained at the police headquarters",
        "The suspect was shot in the leg after trying to flee",
    ]
