"""English speakers resolved to a full name (issue 11, en_speakers10 round): a surname that opens
with a small-letter particle (`al-Thani`, `van Wyk`) names the person whose full name ends in it;
a person named inside a sentence-opening adjunct (`Through his lawyer X, Y challenged ...`) is not
whom the next pronoun means; a title two people were introduced with goes on with the one speaking
in the paragraph. Invented examples only."""

from __future__ import annotations

SAID = "the talks would resume next month"


# A surname opening with a particle


def test_particle_surname_before_the_full_name_resolves_forward(label_en):
    text = (
        "“Why close the border before talking?” asked al-Mansouri at a news conference.\n"
        f"Omani Trade Minister Salim Rashid al-Mansouri said {SAID}."
    )
    assert label_en(text).resolved_speaker_of("Why close the border before talking?") == "Salim Rashid al-Mansouri"


def test_capitalised_particle_at_a_sentence_start(label_en):
    text = (
        f"Omani Trade Minister Salim Rashid al-Mansouri said {SAID}.\n\n"
        "The harbour reopened on Tuesday after a week of storms.\n\n"
        "Al-Mansouri also said that the fees would stay the same."
    )
    assert label_en(text).resolved_speaker_of("the fees would stay the same") == "Salim Rashid al-Mansouri"


def test_particle_surname_of_two_words(label_en):
    text = (
        f"Mining Minister Pieter van Wyk said {SAID}.\n\n"
        "The mine closed in May.\n\n"
        "“We will pay every worker,” van Wyk told reporters."
    )
    assert label_en(text).resolved_speaker_of("We will pay every worker,") == "Pieter van Wyk"


def test_particle_surname_names_the_one_it_ends_not_the_last_speaker(label_en):
    # guard: of two particle names, the surname names the one whose name ends in it
    text = (
        "Omani Trade Minister Salim Rashid al-Mansouri met Qatari envoy Ahmed Khalid al-Harthi on Monday.\n\n"
        f"Al-Harthi said {SAID}.\n\n"
        "“We will answer,” al-Mansouri said in a statement."
    )
    assert label_en(text).resolved_speaker_of("We will answer,") == "Salim Rashid al-Mansouri"


# A person inside a sentence-opening adjunct


def test_pronoun_after_a_person_named_in_an_opening_adjunct(label_en):
    text = (
        "Opposition leader Tendai Moyo and her aide Rufaro Chari were remanded on Monday.\n\n"
        "Through his lawyers Mr Farai Ncube and Tatenda Sibanda, Moyo had challenged the charge.\n\n"
        "He argued that the law had been repealed in 2015."
    )
    assert label_en(text).resolved_speaker_of("the law had been repealed in 2015") == "Tendai Moyo"


def test_person_opening_the_clause_after_an_opening_adjunct_stays_the_subject(label_en):
    # guard: `On Monday, X met Y, ...`: X opens the clause, the sentence is about X
    text = (
        "The talks began in the capital.\n\n"
        "On Monday, Kofi Mensah met Yaw Boateng at the ministry, officials confirmed.\n\n"
        "He said that the two sides were close to a deal."
    )
    assert label_en(text).resolved_speaker_of("the two sides were close to a deal") == "Kofi Mensah"


# A title two people hold


def test_title_of_two_holders_goes_on_with_the_speaker_of_the_paragraph(label_en):
    text = (
        "Also objecting was the trader's attorney Amara Lewis, who appears with attorney Marcus Greene.\n\n"
        "She said the police had not told her client of the charge. “This was unfair,” the attorney said."
    )
    assert label_en(text).resolved_speaker_of("This was unfair,") == "Amara Lewis"


def test_title_of_two_holders_without_a_speaker_in_the_paragraph(label_en):
    # guard: with no one speaking in the paragraph before it, the title still names the holder named last
    text = (
        "Also objecting was the trader's attorney Amara Lewis, who appears with attorney Marcus Greene.\n\n"
        "“This was unfair,” the attorney said."
    )
    assert label_en(text).resolved_speaker_of("This was unfair,") == "Marcus Greene"


# People named by spaced initials


def test_spaced_initials_before_an_age_are_a_person(label_en):
    text = "A porter handed the watch to Jordanian guard R T, 31, who kept it, prosecutors said."
    assert "R T" in label_en(text).texts("PERSON")


def test_pronoun_after_a_witness_named_by_initials(label_en):
    text = (
        "The bag had been left in a taxi by M N, from Kenya. He flew into Abu Dhabi on May 2.\n\n"
        "“I only noticed at the hotel that it was gone,” he said."
    )
    assert label_en(text).resolved_speaker_of("I only noticed at the hotel that it was gone,") == "M N"


def test_capitals_without_an_age_or_origin_are_no_person(label_en):
    # guard: `Plan B, ...` and a lone grade are not initials of a person
    text = "The council chose Plan B, and the school kept its grade A A, the inspectors said."
    assert not {"B", "A A"} & set(label_en(text).texts("PERSON"))


# A Vietnamese name opening a sentence with an English stop word


def test_sentence_opening_vietnamese_name_printed_in_full_before(label_en):
    text = (
        "Police were deployed after the clash, according to Colonel To Minh Hai, head of the district police.\n\n"
        "To Minh Hai said that twelve people had been detained on Monday."
    )
    result = label_en(text)
    assert result.texts("PERSON").count("To Minh Hai") == 2
    assert result.resolved_speaker_of("twelve people had been detained on Monday") == "To Minh Hai"


def test_sentence_opening_to_before_a_name_printed_nowhere_in_full(label_en):
    # guard: `To Hanoi` opens a phrase; no `To ...` name is printed elsewhere, so nothing widens
    text = "Colonel Minh Hai led the team. To Minh Hai the order was clear, officials said."
    assert "To Minh Hai" not in label_en(text).texts("PERSON")
