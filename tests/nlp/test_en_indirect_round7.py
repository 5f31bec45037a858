"""English reports the rules missed or bounded wrong (issue 11, en_indirect7 round): an outlet relaying
a whole report after it, a participle with no comma after the closing verb, a role, a name and an
adverb before a closing verb, `told` an outlet by its common noun, a source asking for anonymity
after `according to`, and `alleged` as an adjective after a preposition. Invented examples only."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        (
            "The ferry ran aground near the harbour on Sunday night, reported The Island Courier.",
            "The ferry ran aground near the harbour on Sunday night",
            "Island Courier",
        ),
        (
            "Two bridges were washed away by the flood in the valley, reports Meridian news agency.",
            "Two bridges were washed away by the flood in the valley",
            "Meridian",
        ),
    ],
)
def test_an_outlet_relays_the_report_before_it(label_en, sentence, clause, speaker):
    result = label_en(sentence)
    assert clause in result.texts("QUOTE", type="indirect")
    assert result.cue_of(clause) in ("reported", "reports")
    assert speaker in result.speaker_of(clause)


def test_an_outlet_relays_a_nested_report_and_the_inner_one_stays(label_en):
    sentence = (
        "The fire started in a storeroom and spread quickly, police said in a statement, noting that"
        " nobody in the building was hurt, reports Meridian news agency."
    )
    result = label_en(sentence)
    outer = sentence[: sentence.index(", reports")]
    assert result.cue_of(outer) == "reports"
    assert result.cue_of("The fire started in a storeroom and spread quickly") == "said"
    assert result.speaker_of("The fire started in a storeroom and spread quickly") == "police"
    assert result.cue_of("nobody in the building was hurt") == "noting"


@pytest.mark.parametrize(
    "sentence",
    [
        "The villagers had no reports of damage, reported by nobody.",
        "Markets were calm on Monday, reports suggest.",
    ],
)
def test_no_outlet_no_relayed_report(label_en, sentence):
    assert "reports" not in label_en(sentence).texts("CUE") or not label_en(sentence).texts("QUOTE", type="indirect")


@pytest.mark.parametrize(
    ("sentence", "first", "cue", "second", "second_cue"),
    [
        (
            "The province has rich farmland and good roads, he said adding that more investment was needed in the ports.",
            "The province has rich farmland and good roads",
            "said",
            "more investment was needed in the ports",
            "adding",
        ),
        (
            "The budget had been approved by the cabinet in May, she claimed while adding that the opposition had misled voters.",
            "The budget had been approved by the cabinet in May",
            "claimed",
            "the opposition had misled voters",
            "adding",
        ),
    ],
)
def test_a_participle_without_a_comma_after_the_closing_verb(label_en, sentence, first, cue, second, second_cue):
    result = label_en(sentence)
    assert set(result.texts("QUOTE", type="indirect")) == {first, second}
    assert result.cue_of(first) == cue
    assert result.cue_of(second) == second_cue
    assert result.speaker_of(second) in ("he", "she")


@pytest.mark.parametrize(
    "sentence",
    [
        "The bridge was closed to traffic after the inspection, police spokesman Tom Harris earlier said.",
        "The bridge was closed to traffic after the inspection, police spokesman Tom Harris had earlier said.",
    ],
)
def test_a_role_name_and_adverb_before_the_closing_verb(label_en, sentence):
    result = label_en(sentence)
    clause = "The bridge was closed to traffic after the inspection"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Tom Harris"


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("The spokesman told the paper the suspects had been released on bail.", "the suspects had been released on bail"),
        (
            "The bridge was closed to traffic after the inspection, the spokesman told the paper, which is close to the council.",
            "The bridge was closed to traffic after the inspection",
        ),
    ],
)
def test_told_an_outlet_by_its_common_noun(label_en, sentence, clause):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "told"
    assert result.speaker_of(clause) in ("The spokesman", "the spokesman")


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        (
            "The fire spread to three houses, according to a police officer who spoke on condition of anonymity.",
            "The fire spread to three houses",
            "a police officer",
        ),
        (
            "The blast damaged several shops in the market, according to security officials who spoke on condition"
            " of anonymity because they were not authorised to brief the media.",
            "The blast damaged several shops in the market",
            "security officials",
        ),
    ],
)
def test_according_to_a_source_asking_for_anonymity(label_en, sentence, clause, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == speaker


def test_alleged_after_a_preposition_is_an_adjective(label_en):
    sentence = "Tom Baker, the main suspect in alleged fraud at the port, was arrested at his home, police said on Monday."
    result = label_en(sentence)
    clause = "Tom Baker, the main suspect in alleged fraud at the port, was arrested at his home"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "said"
    assert "alleged" not in result.texts("CUE")


@pytest.mark.parametrize(
    ("sentence", "clause", "cue"),
    [
        (
            "Public Prosecutor Tom Baker pleaded that the accused had not revealed anything about the raids.",
            "the accused had not revealed anything about the raids",
            "pleaded",
        ),
        (
            "Counsel for the company submitted that the contract had been signed in good faith.",
            "the contract had been signed in good faith",
            "submitted",
        ),
    ],
)
def test_pleaded_and_submitted_that_report_in_court(label_en, sentence, clause, cue):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == cue


@pytest.mark.parametrize(
    "sentence",
    [
        "The accused pleaded guilty to all the charges in the court.",
        "The police submitted the charge sheet to the court on Monday.",
    ],
)
def test_pleaded_and_submitted_with_an_object_are_no_speech(label_en, sentence):
    assert label_en(sentence).texts("QUOTE", type="indirect") == []


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        (
            "As per police sources, the court has sent the accused to judicial custody for two weeks.",
            "the court has sent the accused to judicial custody for two weeks",
            "police sources",
        ),
        (
            "The fire broke out in the kitchen shortly after midnight, as per the senior police official.",
            "The fire broke out in the kitchen shortly after midnight",
            "the senior police official",
        ),
    ],
)
def test_as_per_a_speaking_source(label_en, sentence, clause, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "As per the rules, the accused must be produced before the court within a day.",
        "The bridge will be rebuilt as per the plan of the city council next year.",
    ],
)
def test_as_per_a_norm_is_no_cue(label_en, sentence):
    assert label_en(sentence).texts("QUOTE", type="indirect") == []


@pytest.mark.parametrize(
    ("sentence", "clause", "cue", "speaker"),
    [
        (
            "All those who joined the riot would be arrested on information from the suspects said the police spokesman.",
            "All those who joined the riot would be arrested on information from the suspects",
            "said",
            "the police spokesman",
        ),
        (
            "As the curfew is still in force the order was issued by the district chief said Rina Patel.",
            "As the curfew is still in force the order was issued by the district chief",
            "said",
            "Rina Patel",
        ),
    ],
)
def test_a_closing_verb_and_speaker_with_no_comma(label_en, sentence, clause, cue, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == cue
    assert result.speaker_of(clause) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister who arrived at the meeting late on Monday said he would resign next week.",
        "Residents of the three flooded villages in the valley said nothing had been done.",
    ],
)
def test_a_verb_followed_by_its_report_is_no_closing_verb(label_en, sentence):
    result = label_en(sentence)
    assert all(not q.startswith("Residents") and not q.startswith("The minister") for q in result.texts("QUOTE", type="indirect"))


def test_but_and_a_second_speech_verb_with_that(label_en):
    sentence = "Police claimed that no weapon was found at the house but admitted that the door had been forced open."
    result = label_en(sentence)
    assert result.cue_of("no weapon was found at the house") == "claimed"
    assert result.cue_of("the door had been forced open") == "admitted"
    assert result.speaker_of("the door had been forced open") == "Police"


def test_a_report_closed_by_told_and_an_addressee(label_en):
    sentence = "The family said they had asked the village council for help on Friday, he told Meridian Radio."
    result = label_en(sentence)
    outer = "The family said they had asked the village council for help on Friday"
    inner = "they had asked the village council for help on Friday"
    assert result.cue_of(outer) == "told"
    assert result.speaker_of(outer) == "he"
    assert result.cue_of(inner) == "said"
    assert result.speaker_of(inner) == "The family"


def test_a_long_role_held_by_of_and_at(label_en):
    sentence = (
        "After looking into the evidence for three weeks, a team of investigators at the Harbor City Central"
        " District Prosecutors’ Office said it had opened an official investigation."
    )
    result = label_en(sentence)
    clause = "it had opened an official investigation"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "a team of investigators at the Harbor City Central District Prosecutors’ Office"


def test_according_to_two_sources_and_their_apposition(label_en):
    sentence = (
        "Thousands of soldiers had deserted the army by December, according to Green Hands and Open Doors,"
        " groups formed by former officers."
    )
    result = label_en(sentence)
    clause = "Thousands of soldiers had deserted the army by December"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Green Hands and Open Doors"


@pytest.mark.parametrize(
    ("sentence", "outer", "source", "inner", "speaker"),
    [
        (
            "According to police, residents said they noticed a van parked outside the house for two days.",
            "residents said they noticed a van parked outside the house for two days",
            "police",
            "they noticed a van parked outside the house for two days",
            "residents",
        ),
        (
            "According to the Meridian Herald, the notice by the ministry said that the firm must pay the dues within a month.",
            "the notice by the ministry said that the firm must pay the dues within a month",
            "Meridian",
            "the firm must pay the dues within a month",
            "the notice by the ministry",
        ),
    ],
)
def test_according_to_a_source_over_a_report_of_its_own(label_en, sentence, outer, source, inner, speaker):
    result = label_en(sentence)
    assert set(result.texts("QUOTE", type="indirect")) == {outer, inner}
    assert source in result.speaker_of(outer)
    assert result.speaker_of(inner) == speaker


def test_according_to_news_reports_keeps_the_inner_report_alone(label_en):
    sentence = "According to news reports, city officials said a man was arrested at the station on Friday night."
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == ["a man was arrested at the station on Friday night"]


def test_a_role_and_a_long_place_close_the_sentence(label_en):
    sentence = (
        "In Sunda district, where rains were heaviest, six people died, said a second government official"
        " in the hill town of Mara."
    )
    result = label_en(sentence)
    clause = "In Sunda district, where rains were heaviest, six people died"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "a second government official"


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The suspect was arrested on Wednesday, the police spokesman, Rudi Hartono, told Meridian Radio.", "told"),
        ("The suspect was arrested on Wednesday, the deputy police chief, Rudi Hartono, informed reporters.", "informed"),
    ],
)
def test_a_role_then_a_name_between_commas_before_told_or_informed(label_en, sentence, cue):
    result = label_en(sentence)
    clause = "The suspect was arrested on Wednesday"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == cue
    assert result.speaker_of(clause) == "Rudi Hartono"


def test_confirmed_to_an_outlet_that(label_en):
    result = label_en("The police chief confirmed to the Island Herald that two suspects had been arrested in the raid.")
    clause = "two suspects had been arrested in the raid"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "confirmed"


def test_a_citing_aside_between_subject_and_verb(label_en):
    result = label_en("The agency, citing a police source, said the suspect had fled to the neighbouring province.")
    clause = "the suspect had fled to the neighbouring province"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "The agency"


def test_told_an_outlet_then_a_participle_of_the_speaker(label_en):
    sentence = (
        "The protesters were beaten by soldiers at the checkpoint, a resident told the Meridian Herald,"
        " asking not to be named for security reasons."
    )
    result = label_en(sentence)
    clause = "The protesters were beaten by soldiers at the checkpoint"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "told"
    assert result.speaker_of(clause) == "a resident"


@pytest.mark.parametrize(
    ("sentence", "outer", "inner", "speaker"),
    [
        (
            "The arrested man said he wanted to copy the recent train attacks in the capital, police said Sunday.",
            "The arrested man said he wanted to copy the recent train attacks in the capital",
            "he wanted to copy the recent train attacks in the capital",
            "The arrested man",
        ),
        (
            "A man, who was arrested on Friday, said he wanted to copy the recent train attacks, police said.",
            "A man, who was arrested on Friday, said he wanted to copy the recent train attacks",
            "he wanted to copy the recent train attacks",
            "A man",
        ),
    ],
)
def test_a_report_inside_a_report_closed_by_its_cue(label_en, sentence, outer, inner, speaker):
    result = label_en(sentence)
    assert set(result.texts("QUOTE", type="indirect")) == {outer, inner}
    assert result.speaker_of(outer) == "police"
    assert result.speaker_of(inner) == speaker


def test_a_role_closing_an_outer_report_after_an_inner_one(label_en):
    sentence = "Residents said the water rose within minutes and swept away several houses, the district chief told reporters."
    result = label_en(sentence)
    outer = "Residents said the water rose within minutes and swept away several houses"
    inner = "the water rose within minutes and swept away several houses"
    assert set(result.texts("QUOTE", type="indirect")) == {outer, inner}
    assert result.speaker_of(outer) == "the district chief"
    assert result.speaker_of(inner) == "Residents"
