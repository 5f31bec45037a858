"""English indirect speech and speakers on unseen pages (issue 11, seventh round, quotes7en): each
class of the fifth batch's English errors on invented sentences."""

from __future__ import annotations


def test_confirmed_with_a_noun_phrase_object_is_no_report_but_the_next_verb_is(label_en):
    result = label_en(
        "Thai and Lao authorities have confirmed the arrest of a local man during a raid on a farm. "
        "Laos has confirmed the arrest of one of its citizens and said the 40-year old man is from a village in the north. "
        "Police confirmed two people were killed in the blast."
    )
    assert result.texts("QUOTE", type="indirect") == [
        "the 40-year old man is from a village in the north",
        "two people were killed in the blast",
    ]
    assert result.speaker_of("the 40-year old man is from a village in the north") == "Laos"


def test_verbs_that_report_only_with_that(label_en):
    result = label_en(
        "As shown in his post, the spokesman Dara Sok outlined that as a small country it respects the law.\n\n"
        "He continued that having broken the law, the man has been convicted and is now in prison.\n\n"
        "Aftershocks continued through the day, sending residents back into the streets. "
        "The firm outlined the plan for the new mine."
    )
    assert result.texts("QUOTE", type="indirect") == [
        "as a small country it respects the law",
        "having broken the law, the man has been convicted and is now in prison",
    ]
    assert result.cue_of("having broken the law, the man has been convicted and is now in prison") == "continued"
    assert result.resolved_speaker_of("having broken the law, the man has been convicted and is now in prison") == "Dara Sok"
    assert "Aftershocks" not in result.texts("PERSON")


def test_a_that_only_verb_keeps_an_inner_cue_inside_its_report(label_en):
    result = label_en(
        "The minister also reminded that the other side must obtain approval from its parliament and this, "
        "the minister added, puts the country at a disadvantage."
    )
    report = (
        "the other side must obtain approval from its parliament and this, the minister added, "
        "puts the country at a disadvantage"
    )
    assert result.texts("QUOTE", type="indirect") == [report]
    assert result.cue_of(report) == "reminded"


def test_went_on_to_say_is_a_report_of_the_subject(label_en):
    result = label_en("The minister went on to say that the government will invite its two neighbours to talks next week.")
    report = "the government will invite its two neighbours to talks next week"
    assert result.cue_of(report) == "say"
    assert result.speaker_of(report) == "The minister"


def test_a_pronoun_cue_inside_a_long_subject_before_a_short_predicate(label_en):
    result = label_en(
        "The spokesman Dara Sok said the talks had failed.\n\n"
        "Intention for talks with the Royal Government of Laos to sway the court, he added, is not appropriate."
    )
    report = "Intention for talks with the Royal Government of Laos to sway the court, he added, is not appropriate"
    assert report in result.texts("QUOTE", type="indirect")
    assert result.speaker_of(report) == "he"
    # A name inside the report the pronoun gives is not who the pronoun stands for.
    assert result.resolved_speaker_of(report) == "Dara Sok"


def test_they_stands_for_no_single_person(label_en):
    result = label_en(
        "Manila - Philippine police said Wednesday they had arrested a man suspected of taking part in a raid.\n\n"
        "Hundreds of officers were sent to arrest gang member Rudy Salim at a village near the border, they said."
    )
    assert result.speaker_of("they had arrested a man suspected of taking part in a raid") == "Philippine police"
    report = "Hundreds of officers were sent to arrest gang member Rudy Salim at a village near the border"
    assert result.speaker_of(report) == "they"
    assert result.resolved_speaker_of(report) == "they"


def test_quoted_someone_as_saying(label_en):
    result = label_en(
        "The Daily, a local newspaper, on Wednesday quoted unnamed army sources as saying Salim might have "
        "been behind that attack, as well as other raids in the area."
    )
    report = "Salim might have been behind that attack, as well as other raids in the area"
    assert result.cue_of(report) == "saying"
    assert result.speaker_of(report) == "unnamed army sources"


def test_a_verb_with_an_object_closing_an_inverted_report(label_en):
    result = label_en(
        "A guard was shot and a second man taken by armed men at the resort, off the coast, on 12 July, "
        "Thai security officials have reported.\n\nThe agency reported five deaths on Monday."
    )
    report = "A guard was shot and a second man taken by armed men at the resort, off the coast, on 12 July"
    assert result.texts("QUOTE", type="indirect") == [report]
    assert result.speaker_of(report) == "Thai security officials"


def test_a_headline_verb_without_a_subject_after_it_reports_nothing(label_en):
    result = label_en("Man held at the border says was present at the market where the blast happened, but did not carry bomb\n")
    assert result.texts("QUOTE", type="indirect") == []


def test_a_new_subject_after_and_and_a_dashed_aside(label_en):
    result = label_en(
        "The first man to be arrested had a fake travel document and police have said that the second man "
        "was travelling on a Chinese passport - although that is suspected of being false."
    )
    report = "the second man was travelling on a Chinese passport"
    assert result.texts("QUOTE", type="indirect") == [report]
    assert result.speaker_of(report) == "police"


def test_his_excellency_is_a_title_not_part_of_the_speaker(label_en):
    result = label_en("The Government Spokesperson H.E. Dara Sok said the country respects the law in every case.")
    assert result.speaker_of("the country respects the law in every case") == "Dara Sok"
    assert result.texts("PERSON") == ["Dara Sok"]


def test_a_nickname_in_quotation_marks_is_what_the_short_name_stands_for(label_en):
    result = label_en(
        "President Jokowi Rejects Ransom Offer\n\n"
        "President Joko ‘Jokowi’ Widodo said that he always follows its development.\n\n"
        "“We certainly want them to release the hostages,” President Jokowi said to the reporters."
    )
    assert result.resolved_speaker_of("We certainly want them to release the hostages,") == "Joko ‘Jokowi’ Widodo"


def test_an_adjective_before_a_participle_makes_no_speaker(label_en):
    result = label_en(
        "Total estimated losses were 2.7 trillion dong, up 192 billion dong against the same period last year.\n"
        "Officials estimated losses were at least 2 billion dollars."
    )
    assert result.texts("QUOTE", type="indirect") == ["losses were at least 2 billion dollars"]


def test_a_quote_broken_by_a_hard_line_break_is_one_quote():
    from tests.nlp.helpers import run

    text = (
        "“This is the heaviest rain in many years,” said resident Pham Van Binh, 54. "
        "“The water has flooded my house to a depth of\n"
        "1 metre.”\nThe river rose again on Friday.\n“We left at dawn\nAnd came back at noon.”"
    )
    result = run(text, "en")
    assert result.quotes() == [
        "This is the heaviest rain in many years,",
        "The water has flooded my house to a depth of\n1 metre.",
        "We left at dawn",
        "And came back at noon.",
    ]
    assert result.speaker_of("The water has flooded my house to a depth of\n1 metre.") == "Pham Van Binh"


# Classes from fresh pages outside the real set (Nigerian, Gulf and wire pages), on invented text.


def test_an_adverb_between_subject_and_verb_is_no_speaker(label_en):
    result = label_en("Musa Bello spoke on Friday. He further explained that the suspect was taken to the state office.")
    assert result.speaker_of("the suspect was taken to the state office") == "He"


def test_a_relative_clause_with_say_is_one_report_from_who(label_en):
    # Not `may number ...` alone (a predicate without its subject): the relative clause holding the cue
    # is one report from `who`, as the shared decisions have it for `which he said were ...`.
    result = label_en("Officials kept a register of the missing, who aid groups say may number 10,000 or more.")
    clause = "who aid groups say may number 10,000 or more"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "aid groups"


def test_an_agency_credit_after_the_last_full_stop_stays_out_of_the_report(label_en):
    result = label_en("He said as soon as the inquiry was completed, the man would be charged to court.(NAN)")
    assert result.texts("QUOTE", type="indirect") == ["as soon as the inquiry was completed, the man would be charged to court"]


def test_a_fragment_woven_into_the_sentence_after_a_cue_is_no_direct_quote(label_en):
    result = label_en(
        'Asked about the timeframe, Kilsheimer said "there is no way" he is able to give one.\n\n'
        'He said, "we will rebuild the town."'
    )
    assert result.quotes() == ["we will rebuild the town."]


def test_an_object_and_a_second_verb_are_no_clause(label_en):
    result = label_en(
        "The Commissioner of Police, Musa Bello, confirms the report and had directed further investigation.\n\n"
        "Police confirmed two men and a woman were held."
    )
    assert result.texts("QUOTE", type="indirect") == ["two men and a woman were held"]


def test_the_government_speaks_as_a_whole(label_en):
    result = label_en(
        "President Ramon Cruz will visit the two cities on Tuesday. The government said more than 338,000 people "
        "were affected by the disaster."
    )
    report = "more than 338,000 people were affected by the disaster"
    assert result.speaker_of(report) == "The government"
    assert result.resolved_speaker_of(report) == "The government"


def test_a_participle_before_a_quote_after_a_definite_role(label_en):
    result = label_en(
        "The governor also accused the police of promoting crime in the state, saying, "
        "“most of the kidnapping in the country are done by the police.”"
    )
    quote = "most of the kidnapping in the country are done by the police."
    assert result.cue_of(quote) == "saying"
    assert result.speaker_of(quote) == "The governor"


def test_hard_wrapped_lines_keep_a_report_and_a_quote_whole(label_en):
    result = label_en(
        "He noted that the attacks on the pipelines were\ndraining the country’s resources, but added that the "
        "government was on\ntop of the situation.\n"
        "He added, “The reality is that wherever I turn when I\nwas appointed, I had problems.\n"
        "“But I was not discouraged,” he concluded."
    )
    assert "the attacks on the pipelines were\ndraining the country’s resources" in result.texts("QUOTE", type="indirect")
    assert "The reality is that wherever I turn when I\nwas appointed, I had problems." in result.quotes()


def test_a_subject_with_a_relative_clause_then_said_and_a_day(label_en):
    result = label_en("Rafael Cortez, who leads the coalition, said Monday the cabinet would meet again next week.")
    assert result.texts("QUOTE", type="indirect") == ["the cabinet would meet again next week"]
    assert result.speaker_of("the cabinet would meet again next week") == "Rafael Cortez"


def test_claims_after_a_verb_is_a_noun_not_a_cue(label_en):
    result = label_en(
        "The police boss also disputed claims that there were attacks in the slums, information spread online.\n\n"
        "The mayor claims the bridge was safe."
    )
    assert result.texts("QUOTE", type="indirect") == ["the bridge was safe"]


def test_a_participle_after_an_opening_adjunct_and_titles(label_en):
    result = label_en(
        "In a statement issued on Wednesday, Interior Secretary Paul Mwangi warned Kenyans against violent "
        "protests, saying the police would prevent them at all costs."
    )
    assert result.speaker_of("the police would prevent them at all costs") == "Paul Mwangi"


def test_the_embassy_speaks_as_a_whole(label_en):
    result = label_en("John Kamau spoke. The embassy said the public should take care when staying at hotels.")
    report = "the public should take care when staying at hotels"
    assert result.resolved_speaker_of(report) == "The embassy"


def test_a_possessive_noun_phrase_after_a_day_is_no_report(label_en):
    result = label_en(
        "The weather agency reiterated Tuesday its warning on possible flooding in the two provinces.\n\n"
        "The firm said their agent intimidated a staff member trying to cover the arrest."
    )
    assert result.texts("QUOTE", type="indirect") == ["their agent intimidated a staff member trying to cover the arrest"]


def test_a_described_organisation_after_according_to_speaks(label_en):
    result = label_en(
        "The storm weakened overnight, but according to the weather bureau PAGASA, the typhoon, which is moving "
        "slowly, will hit land on Sunday."
    )
    assert result.speaker_of("the typhoon, which is moving slowly, will hit land on Sunday") == "PAGASA"


def test_a_time_word_ends_a_speaker_after_the_cue(label_en):
    result = label_en("“The fund will pay out in March,” said a news portal report yesterday.")
    assert result.speaker_of("The fund will pay out in March,") == "a news portal report"


def test_according_to_a_name_and_its_apposition_close_the_sentence(label_en):
    result = label_en(
        "The suspects were arrested on Sunday morning in the capital, according to Golam Sobur, deputy "
        "commissioner of the city police."
    )
    report = "The suspects were arrested on Sunday morning in the capital"
    assert result.texts("QUOTE", type="indirect") == [report]
    assert result.speaker_of(report) == "Golam Sobur"


def test_however_between_commas_and_a_family_speaking(label_en):
    result = label_en(
        "Officer Tom Reyes said the man died in his cell. The family, however, claimed that he was tortured to death."
    )
    report = "he was tortured to death"
    assert result.speaker_of(report) == "The family"
    assert result.resolved_speaker_of(report) == "The family"


def test_a_comma_before_the_verb_ends_a_subject_after_and(label_en):
    result = label_en(
        "Prof. Kindiki, noting the scenes of looting, damage to shops, and disruption of daily activities, "
        "warned that the events could lead to anarchy in the country."
    )
    assert result.speaker_of("the events could lead to anarchy in the country") == "Kindiki"
