"""A detective's rank before a name is no part of the PERSON, and the party a court tries is never
the officer of the case (issue 11, en_coref7 round). Invented examples only."""

from __future__ import annotations

SAID = "I bought the tractor from a friend."
TOLD = "We found the receipts in his car,"


def _hearing(rank: str) -> str:
    return (
        "A man accused of stealing a tractor appeared in the district court on Monday.\n\n"
        f"{rank} Mark Durant told the court the defendant had sold the tractor for cash.\n\n"
        f"“{TOLD}” {rank} Durant said.\n\n"
        f"The defendant told the court: “{SAID}”"
    )


def test_a_detective_rank_alone_is_no_part_of_the_name(label_en):
    labelled = label_en(_hearing("Detective"))
    assert "Mark Durant" in labelled.texts("PERSON")
    assert "Detective Mark Durant" not in labelled.texts("PERSON")
    assert labelled.resolved_speaker_of(TOLD) == "Mark Durant"


def test_the_detective_ladder_is_stripped(label_en):
    for rank in ("Detective Sergeant", "Detective Constable", "Detective Chief Inspector"):
        assert "Mark Durant" in label_en(_hearing(rank)).texts("PERSON"), rank


def test_the_unnamed_defendant_is_not_the_detective(label_en):
    assert label_en(_hearing("Detective")).resolved_speaker_of(SAID) == "The defendant"  # linked to no one


def test_a_pronoun_after_the_unnamed_defendant_is_not_the_detective(label_en):
    text = _hearing("Detective") + "\n\nHe said he had never seen the receipts."
    labelled = label_en(text)
    pronoun = labelled.span("SPEAKER", "He")
    assert not labelled.linked(pronoun, "COREF")


def test_a_named_defendant_is_still_linked(label_en):
    text = (
        "Detective Sergeant Ana Ruiz said the car had been found in a field.\n\n"
        "Thomas Greaves, 41, is charged with theft. He denies the charge.\n\n"
        f"The defendant told the court: “{SAID}”"
    )
    assert label_en(text).resolved_speaker_of(SAID) == "Thomas Greaves"


def test_the_witness_after_a_detective_is_untouched(label_en):
    text = (
        "Detective Mark Durant led the inquiry into the fire.\n\n"
        f"“{TOLD}” the officer said."
    )
    assert label_en(text).resolved_speaker_of(TOLD) == "Mark Durant"


def test_the_sergeant_is_the_person_introduced_with_the_rank(label_en):
    text = (
        "Lena Holt, 30, is on trial for burglary.\n\n"
        "Before a jury presided over by Justice Mary Cole, investigator Sergeant Tom Baker gave evidence.\n\n"
        "The sergeant said he had questioned the accused at her home."
    )
    labelled = label_en(text)
    assert labelled.linked(labelled.span("SPEAKER", "The sergeant"), "COREF")[0].text == "Tom Baker"
