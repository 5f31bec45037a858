"""English role speakers after a list of people (issue 11, en_speak11 round): `The suspects are
A (27), B (33) and C (25).` names a group one by one, so a later `the district commander said`,
or a source such as a radio station, is none of them; the antecedent search used to fall back on
the list's first name. A listed person who has spoken, and a person named alone, are still
pointed back at. Invented examples only."""

from __future__ import annotations

SAID = "the men were caught through intelligence"


def test_the_commander_is_not_the_first_suspect_of_a_list(label_en):
    text = (
        "Police arrested three men, Peter Okoro (31), James Ade (25) and Musa Bello (40), near the border "
        "on Sunday.\n\n"
        f"According to Lakeside FM, the district commander said {SAID}."
    )
    assert label_en(text).resolved_speaker_of(SAID) in (None, "the district commander")


def test_photographs_are_not_the_first_victim_of_a_list(label_en):
    text = (
        "The dead were Tomas Reyes, Ana Cruz, Luis Gomez and Rosa Diaz.\n"
        f"Photographs of the scene shared on social media indicated that {SAID}."
    )
    assert label_en(text).resolved_speaker_of(SAID) != "Tomas Reyes"


def test_a_pronoun_after_the_commander_is_not_the_suspect_either(label_en):
    later = "officers had waited at the bus station"
    text = (
        "Police arrested three men, Peter Okoro (31), James Ade (25) and Musa Bello (40), near the border "
        "on Sunday.\n\n"
        f"According to Lakeside FM, the district commander said {SAID}.\n\n"
        f"He explained that {later}."
    )
    assert label_en(text).resolved_speaker_of(later) != "Peter Okoro"


def test_a_listed_coach_who_spoke_is_still_the_coach(label_en):
    later = "the squad would train in Accra"
    text = (
        "The federation named Kwame Boateng and Yaw Mensah as joint coaches on Friday.\n\n"
        f"Boateng said {SAID}.\n\n"
        f"The coach added that {later}."
    )
    assert label_en(text).resolved_speaker_of(later) == "Kwame Boateng"


def test_a_person_named_alone_is_still_the_minister(label_en):
    text = "Health Minister Ruth Kamau opened the new clinic in Kisumu on Monday.\n\n" f"The minister said {SAID}."
    assert label_en(text).resolved_speaker_of(SAID) == "Ruth Kamau"
