"""A source named after a reported clause (`..., according to a report by X`) is not part of the
speech. The text is invented."""

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
