"""A plural pronoun speaker with no organisation before it resolves to no one, not to the first
person named after it (nlp/coref/links.py). Texts are invented."""

from __future__ import annotations


def test_they_does_not_resolve_forward_to_one_person(label_en):
    text = (
        "Two hundred officers were sent to the island to arrest the gang leader on Tuesday, they said.\n"
        "Ferdi Salas, who led the raid, said the leader was held without a fight."
    )
    result = label_en(text)
    clause = "Two hundred officers were sent to the island to arrest the gang leader on Tuesday"
    assert result.speaker_of(clause) == "they"
    assert result.resolved_speaker_of(clause) == "they"


def test_he_still_resolves_forward(label_en):
    text = (
        "The officers were sent to the island to arrest the gang leader on Tuesday, he said.\n"
        "Ferdi Salas said the leader was held without a fight."
    )
    result = label_en(text)
    clause = "The officers were sent to the island to arrest the gang leader on Tuesday"
    assert result.resolved_speaker_of(clause) == "Ferdi Salas"
