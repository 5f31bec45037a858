"""A headline's person noun before an age is no one's name (issue 11, en_coref6 round): `Man, 84,
denies ...` names no one, so the pronouns and roles of the story about him link to no `Man`. A
lone name before an age stays a PERSON. Invented examples only."""

from __future__ import annotations

SAID = "he had never met the buyer"


def test_a_headline_man_with_an_age_is_no_person(label_en):
    text = (
        "Man, 71, denies selling stolen cattle\n\n"
        "A retired herder who cannot be named for legal reasons appeared before the Harbour Court on Monday.\n\n"
        f"He told the court that {SAID}."
    )
    labelled = label_en(text)
    assert "Man" not in labelled.texts("PERSON")
    assert labelled.resolved_speaker_of(SAID) != "Man"


def test_a_headline_pensioner_with_an_age_is_no_person(label_en):
    text = "Pensioner, 80, cleared of fraud\n\nThe court heard the money had been a gift."
    assert "Pensioner" not in label_en(text).texts("PERSON")


def test_a_lone_name_with_an_age_is_still_a_person(label_en):
    text = "Police said Okonkwo, 34, was held overnight and released on Tuesday."
    assert "Okonkwo" in label_en(text).texts("PERSON")
