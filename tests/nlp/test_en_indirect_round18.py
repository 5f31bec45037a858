"""English indirect speech (issue 11, en_indirect18 round): a speech verb after `and`/`but` and a
noun phrase subject late in a long sentence, `He's` as a clitic before the verb, and a gerund
report that ends before a bare past predicate. Invented examples only."""

from __future__ import annotations

import pytest

_LONG_OPENING = (
    "The council chairman spent most of the morning session going through the long list of complaints "
    "about the closure of the old market, the rising rents and the traffic on the ring road near the "
    "station, "
)


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("but the mayor said", "the mayor"),
        ("and his deputy said", "his deputy"),
    ],
)
def test_a_noun_phrase_subject_after_a_conjunction_late_in_a_long_sentence(label_en, subject, speaker):
    clause = "the new market would open before the end of the year"
    result = label_en(f"{_LONG_OPENING}{subject} {clause}.")
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "said"
    assert result.speaker_of(clause) == speaker


def test_and_after_a_comma_is_no_part_of_the_speaker(label_en):
    sentence = (
        "The farmers spent the whole of the dry season waiting for the water board to repair the broken "
        "canal gates near the village of the upper valley, and officials said the repairs would start next month."
    )
    assert label_en(sentence).speaker_of("the repairs would start next month") == "officials"


@pytest.mark.parametrize(
    ("sentence", "cue", "clause"),
    [
        ("He's said the footbridge will reopen in June.", "said", "the footbridge will reopen in June"),
        ("She's told reporters the budget would be cut.", "told", "the budget would be cut"),
        ("He's warned that the river could burst its banks.", "warned", "the river could burst its banks"),
    ],
)
def test_a_clitic_auxiliary_after_a_pronoun_is_no_part_of_the_speaker(label_en, sentence, cue, clause):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == cue
    assert result.speaker_of(clause) == sentence.split("'")[0]


def test_a_possessive_before_a_speech_verb_stays_the_speaker(label_en):
    sentence = "The mayor's spokesman said the footbridge will reopen in June."
    assert label_en(sentence).speaker_of("the footbridge will reopen in June") == "The mayor's spokesman"


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "The treasurer denied taking bribes from the road contractors and resigned on Friday.",
            "taking bribes from the road contractors",
        ),
        (
            "The singer denied using the stolen lyrics in her album and later apologised to the writer.",
            "using the stolen lyrics in her album",
        ),
    ],
)
def test_a_gerund_report_ends_before_a_bare_past_predicate(label_en, sentence, clause):
    assert label_en(sentence).texts("QUOTE", type="indirect") == [clause]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("The two brothers admitted having stolen and sold the tractors.", "having stolen and sold the tractors"),
        ("The prisoner denied being beaten and robbed by the guards.", "being beaten and robbed by the guards"),
        (
            "The driver admitted to carrying boxes that were stolen and smuggled across the border.",
            "carrying boxes that were stolen and smuggled across the border",
        ),
    ],
)
def test_a_participle_inside_the_gerund_report_runs_on(label_en, sentence, clause):
    assert label_en(sentence).texts("QUOTE", type="indirect") == [clause]
