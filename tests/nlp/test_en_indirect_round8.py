"""English reports the rules missed or bounded wrong (issue 11, en_indirect8 round): a three-word
report that reads as a whole clause, and posts and ranks before a speaker's name (`Commissioner of
Police`, `SP`, `IG`). Invented examples only."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("A harbour police spokesperson said investigations are ongoing.", "investigations are ongoing"),
        ("The coach said he was fine.", "he was fine"),
        ("A union official said talks will continue.", "talks will continue"),
        ("The rescue chief said all were safe.", "all were safe"),
    ],
)
def test_a_three_word_clause_is_a_report(label_en, sentence, clause):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "said"


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor said this on Monday.",
        "The mayor said goodbye to everyone.",
        "The coach said business was slow.",
    ],
)
def test_three_words_that_are_no_clause_stay_out(label_en, sentence):
    assert label_en(sentence).texts("QUOTE", type="indirect") == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Commissioner of Police Tom Baker said the two men were from the hill villages.", "Tom Baker"),
        ("Acting Commissioner of Police Ana Rivers said the suspects were locals from the coast.", "Ana Rivers"),
        ("Deputy Commissioner of Police Tom Baker said the road had been closed since Monday.", "Tom Baker"),
        ("IG Tom Baker said extra officers would be sent to the border towns.", "Tom Baker"),
    ],
)
def test_a_police_post_before_the_name_stays_out_of_the_speaker(label_en, sentence, speaker):
    result = label_en(sentence)
    clause = result.texts("QUOTE", type="indirect")[0]
    assert result.speaker_of(clause) == speaker


def test_a_superintendent_by_initials_and_a_relative_clause_before_said(label_en):
    sentence = (
        "The command's spokesperson, SP Tom Baker, who confirmed the arrest to the Carland News Agency"
        " (CNA) on Wednesday, said that the police had been trailing the suspects for weeks."
    )
    result = label_en(sentence)
    clause = "the police had been trailing the suspects for weeks"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Tom Baker"
    assert result.cue_of(clause) == "said"


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        (
            "According to Sergeant Tom Baker, who is leading the search, the two boats left the harbour on Saturday.",
            "the two boats left the harbour on Saturday",
            "Tom Baker",
        ),
        (
            "According to the mayor, who visited the site on Monday, the bridge will stay closed for a month.",
            "the bridge will stay closed for a month",
            "the mayor",
        ),
    ],
)
def test_a_relative_clause_on_the_source_of_according_to_stays_out_of_the_report(label_en, sentence, clause, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == speaker
    assert result.cue_of(clause) == "According to"
