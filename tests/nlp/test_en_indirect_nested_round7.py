"""English reports inside or around other reports, and speakers the rules bounded wrong (issue 11,
en_indirect7 round, second part): `but` and a second speech verb, reports closed by `he told X` or a
role after an inner report, `According to X, Y said ...`, a report inside a report closed by its cue,
long roles and appositions around `told`/`informed`. Invented examples only."""

from __future__ import annotations

import pytest


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
