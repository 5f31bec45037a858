"""English speakers and reports of the tenth batch's dev pages (issue 11): a bare collective
speaker (`police said`) after a named police unit, ... Every sentence is invented."""

from __future__ import annotations


def test_bare_police_after_a_named_unit_stays_unresolved(label_en):
    result = label_en(
        "Officers of the Harbour Police Division arrested two men at the ferry terminal on Monday. "
        "Police said the men had hidden the parcels under a boat."
    )
    report = "the men had hidden the parcels under a boat"
    assert result.speaker_of(report) == "Police"
    assert result.resolved_speaker_of(report) == "Police"


def test_local_police_after_a_named_unit_stays_unresolved(label_en):
    result = label_en(
        "The Riverside Police Department opened a case on Friday. "
        "Local police said the driver had fled before dawn."
    )
    report = "the driver had fled before dawn"
    assert result.resolved_speaker_of(report) == "Local police"


def test_the_police_still_points_back_to_the_named_unit(label_en):
    result = label_en(
        "Officers of the Harbour Police Division arrested two men at the ferry terminal on Monday. "
        "The police said the men had hidden the parcels under a boat."
    )
    assert result.resolved_speaker_of("the men had hidden the parcels under a boat") == "Harbour Police Division"
