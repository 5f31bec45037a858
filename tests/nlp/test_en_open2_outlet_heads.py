"""An outlet's name at the head of an English lead before a colon (issue 11, en_open2 round): the
title-case head was a PERSON, which a later pronoun or role could take for its antecedent. Invented
examples only."""

from __future__ import annotations

LEAD = (
    "Silver Coast: Peru's Energy Minister, Rosa Quispe, has promised to reopen the pipeline before the end of the month.\n\n"
    "She said the repairs were nearly done.\n"
)


def test_an_outlet_head_before_a_lead_is_an_org(label_en):
    labelled = label_en(LEAD)
    assert labelled.texts("PERSON") == ["Rosa Quispe"]
    assert "Silver Coast" in labelled.texts("ORG")


def test_a_pronoun_after_an_outlet_head_resolves_to_the_person(label_en):
    labelled = label_en(LEAD)
    assert labelled.resolved_speaker_of("the repairs were nearly done") == "Rosa Quispe"


def test_a_headline_name_before_its_claim_stays_a_person(label_en):
    """Guard: `Name: <claim>` as a headline (no stop) keeps its PERSON."""
    labelled = label_en("Rosa Quispe: Pipeline will reopen soon\n\nThe minister spoke in Lima on Monday.\n")
    assert "Rosa Quispe" in labelled.texts("PERSON")


def test_an_answer_line_naming_no_one_else_stays_a_person(label_en):
    """Guard: a transcript's answer line (`Name: ...`, no one else named) keeps its PERSON."""
    text = "Rosa Quispe: The repairs are nearly done and the pipeline will reopen before the end of the month.\n"
    labelled = label_en(text)
    assert "Rosa Quispe" in labelled.texts("PERSON")


def test_a_name_written_again_stays_a_person(label_en):
    """Guard: a head written again in the text is someone the page is about, not its masthead."""
    text = (
        "Rosa Quispe: The talks with Pedro Huaman went well and the pipeline will reopen before the end of the month.\n\n"
        "Rosa Quispe: We expect the first oil on Friday.\n"
    )
    labelled = label_en(text)
    assert labelled.texts("PERSON").count("Rosa Quispe") == 2
