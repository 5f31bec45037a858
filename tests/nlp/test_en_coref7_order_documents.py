"""`the order reads`: an order a minister issued is a document, which stands for itself, not for
the minister (issue 11, en_coref7 round). Invented examples only."""

from __future__ import annotations

READS = "Classes for women are suspended until further notice,"


def test_the_order_is_not_the_minister_who_issued_it(label_en):
    text = (
        "The minister of higher education, Paul Okafor, has told all private colleges to close.\n\n"
        f"“{READS}” the order reads.\n\n"
        "The order added that teachers would still be paid."
    )
    labelled = label_en(text)
    assert labelled.resolved_speaker_of(READS) == "the order"  # linked to no one
    assert not labelled.linked(labelled.span("SPEAKER", "The order"), "COREF")


def test_the_minister_speaking_after_the_order_is_still_linked(label_en):
    text = (
        "The minister of higher education, Paul Okafor, has told all private colleges to close.\n\n"
        f"“{READS}” the minister said."
    )
    assert label_en(text).resolved_speaker_of(READS) == "Paul Okafor"
