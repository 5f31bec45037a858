"""Indirect speech in shapes that fresh real pages showed the rules missing or bounding wrongly
(round 6 of issue 11). Every text is invented to show one form."""

from __future__ import annotations


def test_a_participle_before_a_state_is_no_speech_verb(label_en):
    text = "The number of people confirmed dead after the bridge collapsed has risen to 14, the governor said Friday."
    result = label_en(text)
    clause = "The number of people confirmed dead after the bridge collapsed has risen to 14"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "said"
    assert result.speaker_of(clause) == "the governor"


def test_a_name_spelled_like_the_verb_is_no_cue(label_en):
    text = "Trade minister Rashid Said said on Monday that exports would recover by the end of the year."
    result = label_en(text)
    clause = "exports would recover by the end of the year"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "said"
    assert result.speaker_of(clause) == "Rashid Said"


def test_announced_with_an_object_reports_only_the_participle(label_en):
    text = (
        "Fire chief Dana Moretti announced the arrest at a news conference, saying a man was held "
        "over two of the fires."
    )
    result = label_en(text)
    assert result.texts("QUOTE", type="indirect") == ["a man was held over two of the fires"]


def test_claimed_responsibility_is_no_report(label_en):
    text = "A little-known group claimed responsibility for the attack on the depot in a post on Sunday."
    assert label_en(text).texts("QUOTE", type="indirect") == []


def test_claimed_before_a_subject_and_an_auxiliary_reports_the_clause(label_en):
    text = "The contractor claimed the permits had been signed by the previous mayor."
    result = label_en(text)
    assert result.texts("QUOTE", type="indirect") == ["the permits had been signed by the previous mayor"]
