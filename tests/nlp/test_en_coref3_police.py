"""English police speakers stand for the force at large (issue 11, en_coref3 round): `the
police`, `the Police`, `the CTD police` after a named unit are left unresolved, as the real pages
annotate them, never linked to the unit, the station or the acronym named before. A unit, a person
or a name ending on the noun is not the force at large. Invented examples only."""

from __future__ import annotations

import pytest

SAID = "the two boats had been seized off the northern reef"
UNIT = "Officers of the Coastal Crimes Unit of the Fiji Police Force searched the harbour on Monday."


@pytest.mark.parametrize("speaker", ["The police", "The Police", "Local police"])
def test_the_police_after_a_named_unit_is_left_unresolved(label_en, speaker):
    text = f"{UNIT}\n\n{speaker} said {SAID}."
    result = label_en(text)
    assert result.speaker_of(SAID) is not None
    assert result.resolved_speaker_of(SAID) == result.speaker_of(SAID)


def test_an_acronym_before_the_police_is_not_the_speaker_it_resolves_to(label_en):
    text = (
        "The Serious Fraud Office (SFO) raided two warehouses in the port district on Friday.\n\n"
        f"The SFO police said {SAID}."
    )
    result = label_en(text)
    assert result.resolved_speaker_of(SAID) not in ("SFO", "Serious Fraud Office")


def test_a_police_unit_named_by_its_own_noun_still_points_back(label_en):
    text = f"{UNIT}\n\nThe unit said {SAID}."
    assert label_en(text).resolved_speaker_of(SAID) != "The unit"


def test_a_police_officer_still_resolves_to_the_person(label_en):
    text = (
        "Police spokesman Inspector Waisale Tuilagi said the harbour was closed on Monday.\n\n"
        f"The police spokesman said {SAID}."
    )
    assert label_en(text).resolved_speaker_of(SAID) == "Waisale Tuilagi"


def test_the_police_points_back_at_a_name_of_the_whole_force(label_en):
    text = (
        "The Royal Tonga Police opened an inquiry into the fire at the wharf on Monday.\n\n"
        f"The police said {SAID}."
    )
    assert label_en(text).resolved_speaker_of(SAID) == "Royal Tonga Police"


def test_a_force_named_before_a_unit_still_wins_over_the_unit(label_en):
    text = (
        "The Royal Tonga Police said the Marine Police Unit would patrol the wharf.\n\n"
        f"The police said {SAID}."
    )
    assert label_en(text).resolved_speaker_of(SAID) == "Royal Tonga Police"


def test_police_without_an_article_stays_the_force_at_large_even_after_its_name(label_en):
    text = (
        "The Royal Tonga Police opened an inquiry into the fire at the wharf on Monday.\n\n"
        f"Police said {SAID}."
    )
    assert label_en(text).resolved_speaker_of(SAID) == "Police"
