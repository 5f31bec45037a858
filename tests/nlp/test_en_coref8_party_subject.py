"""A pronoun after a sentence about an unnamed party of a case (`The suspect ... denied the
charges.`) carries on that party: it is not the officer quoted before, nor the magistrate named
after the party (issue 11, en_coref8 round). Invented examples only."""

from __future__ import annotations

OFFICER = "He was found with a pistol in his bag,"
PARTY = "I have never owned a gun,"
LEAD = (
    "Police spokesperson Mary Njeri said a man was arrested at a bus stop in Kisumu on Sunday.\n\n"
    f"“{OFFICER}” Njeri said.\n\n"
)


def _pronoun_link(label_en, text: str) -> str:
    return label_en(text).resolved_speaker_of(PARTY)


def test_the_party_of_the_paragraph_before_is_not_the_officer(label_en):
    text = LEAD + "The suspect denied the charges on Monday.\n\n" + f"“{PARTY}” he told the court."
    assert _pronoun_link(label_en, text) == "he"  # linked to no one (was Mary Njeri)


def test_the_party_with_an_apposition_is_not_the_officer(label_en):
    text = LEAD + "The suspect, a trader, denied the charges.\n\n" + f"“{PARTY}” he said."
    assert _pronoun_link(label_en, text) == "he"


def test_the_party_of_the_same_paragraph_is_not_the_magistrate(label_en):
    text = LEAD + f"The 34-year-old suspect denied the charges before magistrate Tom Odhiambo. “{PARTY}” he told the court."
    assert _pronoun_link(label_en, text) == "he"  # was Tom Odhiambo


def test_a_named_party_is_still_its_name(label_en):
    text = LEAD + "The suspect, James Oketch, denied the charges.\n\n" + f"“{PARTY}” he told the court."
    assert _pronoun_link(label_en, text) == "James Oketch"


def test_a_party_acted_on_leaves_the_officer(label_en):
    text = LEAD + "The suspect, a trader, was taken to Kisumu Central police station.\n\n" + f"“{PARTY}” she said."
    assert _pronoun_link(label_en, text) == "Mary Njeri"


def test_an_officer_after_the_officer_is_untouched(label_en):
    text = LEAD + "The spokesperson added that more arrests were likely.\n\n" + f"“{PARTY}” she said."
    assert _pronoun_link(label_en, text) == "Mary Njeri"


PLEA = "I will plead only when the officers return my phone,"
BENCH = "You will stay in custody until Friday,"


def _court(opening: str) -> str:
    return (
        f"{opening}\n\n"
        f"“{BENCH}” Senior Magistrate Agnes Wekesa told him.\n\n"
        f"The accused replied that the police had kept his phone. “{PLEA}” he said."
    )


def test_the_accused_is_the_person_named_before_the_bench(label_en):
    labelled = label_en(_court("Daniel Ochieng appeared in court on Monday charged with stealing a motorcycle."))
    assert labelled.resolved_speaker_of(PLEA) == "Daniel Ochieng"  # was no one
    assert labelled.resolved_speaker_of(BENCH) == "Agnes Wekesa"


def test_a_victim_named_about_the_crime_is_not_the_accused(label_en):
    labelled = label_en(_court("Daniel Ochieng lost his motorcycle to thieves outside a market in Kisumu."))
    assert labelled.resolved_speaker_of(PLEA) != "Daniel Ochieng"


def test_a_lawyer_named_with_a_role_is_not_the_accused(label_en):
    labelled = label_en(_court("Defence lawyer Daniel Ochieng appeared in court for a man charged with theft."))
    assert labelled.resolved_speaker_of(PLEA) != "Daniel Ochieng"
