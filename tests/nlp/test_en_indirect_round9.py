"""English report bounds and speakers (issue 11, en_indirect9 round): a second speaker coordinated
after a report, an adverb between `and` and a coordinated speech verb, and `, citing ...` after a
report. Invented examples only."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "first", "second", "second_speaker"),
    [
        (
            "The mayor said the ring road would reopen on Monday and the police chief said the driver had fled.",
            "the ring road would reopen on Monday",
            "the driver had fled",
            "the police chief",
        ),
        (
            "The harbour master said the ferry was late, but the shipping company said it had left on time.",
            "the ferry was late",
            "it had left on time",
            "the shipping company",
        ),
        (
            "Two councillors said the new levy was “unfair,” and they questioned whether the council had the power to raise it.",
            "the new levy was “unfair",
            "the council had the power to raise it",
            "they",
        ),
    ],
)
def test_a_second_speaker_after_and_reports_on_its_own(label_en, sentence, first, second, second_speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [first, second]
    assert result.speaker_of(second) == second_speaker


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "Police said the farmer and his neighbours told officers that the well had run dry.",
            "the farmer and his neighbours told officers that the well had run dry",
        ),
        (
            "Rescuers said nine were hurt and dozens were reported missing after the mudslide.",
            "nine were hurt and dozens were reported missing after the mudslide",
        ),
    ],
)
def test_a_coordinated_subject_or_a_passive_is_not_a_second_speaker(label_en, sentence, clause):
    assert label_en(sentence).texts("QUOTE", type="indirect") == [clause]


@pytest.mark.parametrize("adverb", ["later", "then", "subsequently"])
def test_an_adverb_after_and_is_not_the_speaker(label_en, adverb):
    sentence = f"The herder carried the crates to his hut and {adverb} told rangers that the crates held elephant ivory."
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == ["the crates held elephant ivory"]
    assert result.speaker_of("the crates held elephant ivory") == "The herder"


def test_the_grounds_after_citing_stay_out_of_the_report(label_en):
    result = label_en("The district office said that it would not charge the pair, citing a lack of evidence.")
    assert result.texts("QUOTE", type="indirect") == ["it would not charge the pair"]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "The fire chief confirmed the deaths but said he would give more details on Friday.",
            "he would give more details on Friday",
        ),
        (
            "The insurer confirmed the claims but said they would be paid within a month.",
            "they would be paid within a month",
        ),
    ],
)
def test_a_second_verb_after_a_short_object_reports(label_en, sentence, clause):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "said"


def test_a_second_verb_after_a_directive_reports_nothing(label_en):
    sentence = "The mayor confirmed the closure and urged drivers to use the coast road until Friday."
    assert label_en(sentence).texts("QUOTE", type="indirect") == []


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "As the gunman told the cashier that he had a bomb in his bag, police believe he planned the raid for weeks.",
            "he had a bomb in his bag",
        ),
        (
            "When the guard told officers that the side gate was open, the team searched the yard.",
            "the side gate was open",
        ),
    ],
)
def test_a_report_in_an_opening_clause_of_time_ends_at_its_comma(label_en, sentence, clause):
    assert label_en(sentence).texts("QUOTE", type="indirect") == [clause]


def test_an_opening_adjunct_with_a_comma_does_not_cut_the_report(label_en):
    sentence = "After the meeting, the minister said the plan would be ready by June, with funds from the state."
    assert label_en(sentence).texts("QUOTE", type="indirect") == [
        "the plan would be ready by June, with funds from the state"
    ]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "According to district police chief Tom Reyes, the arrested men included Juan Cruz, Pedro Santos, Mario Lim.",
            "the arrested men included Juan Cruz, Pedro Santos, Mario Lim",
        ),
        (
            "According to the coach, the squad includes Ana Ruiz, Kate Moss and Lily Chen.",
            "the squad includes Ana Ruiz, Kate Moss and Lily Chen",
        ),
    ],
)
def test_a_list_of_names_after_the_source_is_no_apposition(label_en, sentence, clause):
    assert label_en(sentence).texts("QUOTE", type="indirect") == [clause]


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        (
            "According to figures published Monday by the National Disaster Agency, floods since March have killed 12 people.",
            "floods since March have killed 12 people",
            "figures published Monday by the National Disaster Agency",
        ),
        (
            "According to data released by the health ministry, cases rose by 20 percent last week.",
            "cases rose by 20 percent last week",
            "data released by the health ministry",
        ),
    ],
)
def test_data_with_the_agent_that_released_them_speak(label_en, sentence, clause, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == speaker


def test_data_without_an_agent_do_not_speak(label_en):
    assert label_en("According to figures, the economy grew by 5 percent last year.").texts("QUOTE", type="indirect") == []


def test_a_second_verb_with_an_object_stays_inside_the_report(label_en):
    sentence = "The minister said rice prices had risen and the rebels claimed responsibility for the blast."
    assert label_en(sentence).texts("QUOTE", type="indirect") == [
        "rice prices had risen and the rebels claimed responsibility for the blast"
    ]


def test_data_from_a_place_do_not_speak(label_en):
    sentence = "According to data from the health ministry, cases rose by 20 percent last week."
    assert label_en(sentence).texts("QUOTE", type="indirect") == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            'In a statement released on Monday, party chairman Tom Reyes described the attack as "cowardly" but '
            "suggested it may have been planned by rivals.",
            "Tom Reyes",
        ),
    ],
)
def test_an_opening_adjunct_holds_no_subject_of_a_coordinated_verb(label_en, sentence, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == ["it may have been planned by rivals"]
    assert result.speaker_of("it may have been planned by rivals") == speaker


def test_a_report_in_a_concession_of_two_words_ends_at_its_comma(label_en):
    sentence = "Much as the organisers have claimed the march will be peaceful, police have termed it illegal."
    assert label_en(sentence).texts("QUOTE", type="indirect") == ["the march will be peaceful"]


@pytest.mark.parametrize(
    "sentence",
    [
        "However, the club was later informed that the stadium would stay shut for the season.",
        "The villagers were then told that the road would be closed for a month.",
    ],
)
def test_a_passive_with_an_adverb_reports_nothing_of_its_subject(label_en, sentence):
    assert label_en(sentence).texts("QUOTE", type="indirect") == []


def test_a_clause_after_and_is_no_report_of_the_verb_before_it(label_en):
    sentence = "Crews from three towns responded and the blaze was put out at 3:35 a.m."
    assert label_en(sentence).texts("QUOTE", type="indirect") == []


def test_a_semicolon_ends_the_report(label_en):
    sentence = "The guard said the van had left at noon; the driver had received the order on Friday."
    assert label_en(sentence).texts("QUOTE", type="indirect") == ["the van had left at noon"]
