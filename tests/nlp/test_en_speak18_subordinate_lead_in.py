"""English direct quotes (issue 11, en_speak18 round): a colon lead-in inside a subordinate clause
keeps its quote when a main clause with a speech verb follows the closing mark. Invented examples
only."""

from __future__ import annotations

QUOTE = "The new ward will open in March"
LEAD = "Residents of the valley have waited a decade for a clinic.\n"


def test_even_though_lead_in_keeps_its_quote(label_en):
    text = f"{LEAD}Even though Daniel Foster replied: “{QUOTE},” Magistrate Ruth Ames told him he would have to wait.\n"
    assert label_en(text).speaker_of(QUOTE + ",") == "Daniel Foster"


def test_a_subordinate_clause_without_a_cue_leaves_the_main_clause(label_en):
    """Guard: with no cue in the subordinate lead-in, the speaker after the close still signs."""
    text = f"{LEAD}Even though it was late, the crowd stayed: “{QUOTE},” Ruth Ames said.\n"
    assert label_en(text).speaker_of(QUOTE + ",") == "Ruth Ames"
