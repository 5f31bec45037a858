"""English reported speech (issue 11, en_indcount3): a participle with `that` opening a sentence
whose subject then speaks reports that subject's words too (`Stating that [...], the mayor said
...`); a place, a date and a colon (also after a byline) and a place glued to `The` by a dash are
datelines, not the speaker's words; `told <whom> to <verb>` closes no report before its comma;
`told them` / `told the community` with a clause and no `that` reports it; `According to him,
<Name> ...` keeps `him` as the source. Invented examples only."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "opening", "cue", "main", "speaker"),
    [
        (
            "Stating that the clinic was the third built this year, the mayor said that more would follow in the villages.",
            "the clinic was the third built this year",
            "Stating",
            "more would follow in the villages",
            "the mayor",
        ),
        (
            "Noting that the rains had come late, the farmer said the harvest would be small.",
            "the rains had come late",
            "Noting",
            "the harvest would be small",
            "the farmer",
        ),
        (
            "Detailing that the town had grown faster than Kisumu, Nakuru and Eldoret, the governor said new "
            "roads would be built.",
            "the town had grown faster than Kisumu, Nakuru and Eldoret",
            "Detailing",
            "new roads would be built",
            "the governor",
        ),
    ],
)
def test_opening_participle_with_that_reports_the_speaker(label_en, sentence, opening, cue, main, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [opening, main]
    assert result.cue_of(opening) == cue
    assert result.speaker_of(opening) == speaker
    assert result.speaker_of(main) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        # a gerund subject, no speaker after a comma
        "Saying that the roads were safe does not mean that the bridge is safe.",
        # no speech verb after the opening: nothing reported
        "Noting that the rains had come late, the farmers planted maize in June.",
        # no clause after `that`
        "Detailing that plan for the council, the mayor said the work would start soon.",
    ],
)
def test_opening_participle_needs_a_clause_and_a_speaker(label_en, sentence):
    result = label_en(sentence)
    assert not any(result.cue_of(q) in ("Saying", "Noting", "Detailing") for q in result.texts("QUOTE", type="indirect"))


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        (
            "By Our Correspondent,Lusaka, Mar. 4: The ministry has claimed that all the roads will be repaired before the rains.",
            "all the roads will be repaired before the rains",
            "The ministry",
        ),
        (
            "Lusaka, Mar. 4: The ministry has claimed that all the roads will be repaired before the rains.",
            "all the roads will be repaired before the rains",
            "The ministry",
        ),
    ],
)
def test_date_and_colon_dateline_is_not_the_speaker(label_en, text, clause, speaker):
    result = label_en(text)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == speaker


def test_place_glued_to_the_subject_is_a_dateline(label_en):
    text = (
        "By Jo Banda\n\nLusaka-The Government of Zambia through its spokesman says the tender for the new bridge "
        "will be reopened in May.\n"
    )
    clause = "the tender for the new bridge will be reopened in May"
    result = label_en(text)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert not result.speaker_of(clause).startswith("Lusaka")


def test_hyphenated_name_is_no_dateline(label_en):
    result = label_en("Coca-Cola said its new plant would open in May.")
    assert result.texts("QUOTE", type="indirect") == ["its new plant would open in May"]
    assert result.speaker_of("its new plant would open in May") == "Coca-Cola"


@pytest.mark.parametrize(
    "sentence",
    [
        "However, the mayor could not promise to rebuild the market quickly, which angered traders who told him to go home.",
        "The market stayed closed for a week, the traders told the mayor to resign.",
    ],
)
def test_told_with_an_order_closes_no_report(label_en, sentence):
    assert label_en(sentence).texts("QUOTE", type="indirect") == []


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        (
            "The market would be rebuilt by June, the mayor told traders on Monday.",
            "The market would be rebuilt by June",
            "the mayor",
        ),
        (
            "The mayor could not promise to rebuild the market quickly, traders told him.",
            "The mayor could not promise to rebuild the market quickly",
            "traders",
        ),
    ],
)
def test_closing_told_still_reports(label_en, sentence, clause, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == speaker


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        (
            "Traders were upset when she told them she could not rebuild the market.",
            "she could not rebuild the market",
            "she",
        ),
        (
            "The mayor told the community the water would be back by Friday.",
            "the water would be back by Friday",
            "The mayor",
        ),
        (
            "The pastor told the congregation the church roof had been repaired.",
            "the church roof had been repaired",
            "The pastor",
        ),
    ],
)
def test_told_a_pronoun_or_a_community_then_a_clause(label_en, sentence, clause, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "told"
    assert result.speaker_of(clause) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The chief told him to leave the village before dark.",
        "The widow told her story to the visitors from the city.",
        "The mayor told the community to boil the water before drinking it.",
    ],
)
def test_told_a_pronoun_with_no_clause_reports_nothing(label_en, sentence):
    assert label_en(sentence).texts("QUOTE", type="indirect") == []


def test_object_pronoun_source_before_a_named_subject(label_en):
    text = (
        "The minister spoke on Friday.\n\nAccording to him, President Jon Sala has taken the lead by writing to the "
        "members of the assembly, among them the Speaker, the Clerk and the Chief Whip, addressing their worries "
        "about the cost of the graders.\n"
    )
    clause = (
        "President Jon Sala has taken the lead by writing to the members of the assembly, among them the Speaker, "
        "the Clerk and the Chief Whip, addressing their worries about the cost of the graders"
    )
    result = label_en(text)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "him"


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        # a role then the name after its comma is still the source (`according to the spokesman, X,`)
        (
            "According to the police spokesman, Tom Banda, the two men were arrested at the border on Sunday.",
            "the two men were arrested at the border on Sunday",
            "Tom Banda",
        ),
        # `her` before a noun is a possessive, not the whole source
        (
            "According to her lawyer, the woman was released on bail on Monday.",
            "the woman was released on bail on Monday",
            "her lawyer",
        ),
    ],
)
def test_source_with_a_name_or_a_possessive_unchanged(label_en, sentence, clause, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == speaker
