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
