"""Sources and speakers after a reported clause: `..., according to a report by X` is not part of the
speech, and a long organisation name may close the sentence as its speaker. Texts are invented."""

from __future__ import annotations


def test_a_source_after_the_clause_ends_it(label_en):
    text = (
        "Police arrested three men in the capital on Tuesday.\n\n"
        "Deputy police chief Hamid Rasul said two foreign nationals were among those arrested, "
        "according to a report by the state news agency."
    )
    result = label_en(text)
    clause = "two foreign nationals were among those arrested"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Hamid Rasul"


def test_a_long_organisation_closing_the_sentence_is_the_speaker(label_en):
    text = (
        "Storms hit the islands on Sunday.\n"
        "A total of 178 passengers and crew were rescued from a listing ship off the central port on Sunday, "
        "the National Disaster Risk Reduction and Management Council said."
    )
    result = label_en(text)
    clause = "A total of 178 passengers and crew were rescued from a listing ship off the central port on Sunday"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "National Disaster Risk Reduction and Management Council"
