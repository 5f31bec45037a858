"""English court parties speak as institutions (issue 11, en_coref4 round): `The prosecution
said`, `The defence told the court`, `The court said` are left unresolved, as the real pages
annotate them, never linked to the magistrate, prosecutor or accused named before, nor to the last
organisation; `the court` still points back at a court's name. A person of the hearing (`the
prosecution witness`, `the magistrate`) is no institution. Invented examples only."""

from __future__ import annotations

import pytest

SAID = "the trader had sold the stolen cement to three builders"
HEARING = (
    "Magistrate Ruth Banda heard the case against Peter Mwale, a 34-year-old trader, on Tuesday. "
    "Inspector Moses Zulu of the Kasama Police Service prosecuted."
)


@pytest.mark.parametrize("speaker", ["The prosecution", "The defence", "The defense", "The court", "The trial court"])
def test_a_court_party_after_named_people_is_left_unresolved(label_en, speaker):
    text = f"{HEARING}\n\n{speaker} said {SAID}."
    result = label_en(text)
    assert result.speaker_of(SAID) == speaker
    assert result.resolved_speaker_of(SAID) == speaker


def test_the_prosecution_led_by_a_named_officer_is_still_the_institution(label_en):
    text = (
        "The prosecution, led by Chief Inspector Daniel Osei, opposed bail on Monday.\n\n"
        f"The prosecution said {SAID}."
    )
    assert label_en(text).resolved_speaker_of(SAID) == "The prosecution"


def test_the_court_points_back_at_a_court_named_before(label_en):
    text = (
        "Peter Mwale, a 34-year-old trader, appeared before the Kasama Magistrates Court on Tuesday.\n\n"
        f"The court said {SAID}."
    )
    assert label_en(text).resolved_speaker_of(SAID) == "Kasama Magistrates Court"


def test_a_named_magistrate_still_resolves_to_the_person(label_en):
    text = f"{HEARING}\n\nMagistrate Banda said {SAID}."
    assert label_en(text).resolved_speaker_of(SAID) == "Ruth Banda"


@pytest.mark.parametrize("speaker", ["The State", "the state"])
def test_the_state_prosecuting_is_no_person_named_before(label_en, speaker):
    text = f"Lawyer Chisomo Banda asked the court to release his client on bail.\n\nBut {speaker} insisted that {SAID}."
    assert label_en(text).resolved_speaker_of(SAID) not in ("Chisomo Banda", "Banda")



def test_the_state_does_not_point_back_at_a_body_merely_holding_the_word(label_en):
    text = (
        "The State Department said on Monday that the embassy would stay open.\n\n"
        "Lawyer Chisomo Banda asked the court to release his client.\n\n"
        f"The state said {SAID}."
    )
    assert label_en(text).resolved_speaker_of(SAID) == "The state"
