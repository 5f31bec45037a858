"""English open classes checked on fresh pages (issue 11, en_open1 round): a club named without a
tail word before one of its people (`Mbarali Millers coach Peter Ochieng`), and a role speaker with
a plural head noun (`detectives`, `local newspapers`) resolved to the last person named, and a court
party led by someone named (`The court, presided over by magistrate X, ruled`) whose leader was taken
for the speaker. Every sentence is invented; the clubs, people and places are made up."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "club", "person"),
    [
        ("Mbarali Millers coach Peter Ochieng praised his defence after the draw.", "Mbarali Millers", "Peter Ochieng"),
        ("Kisora Homeboyz captain Dan Wekesa missed the penalty.", "Kisora Homeboyz", "Dan Wekesa"),
        ("Lukenya Sugar head coach Moses Atieno was sent to the stands.", "Lukenya Sugar", "Moses Atieno"),
    ],
)
def test_a_club_without_a_tail_before_one_of_its_people_is_an_org(label_en, text, club, person):
    result = label_en(text)
    assert club in result.texts("ORG")
    assert club not in result.texts("PERSON")
    assert person in result.texts("PERSON")


def test_the_club_named_so_is_an_org_elsewhere_in_the_text(label_en):
    text = (
        "Mbarali Millers beat the champions 2-0 on Sunday.\n\n"
        "Mbarali Millers coach Peter Ochieng said the players had followed the plan."
    )
    assert label_en(text).texts("ORG").count("Mbarali Millers") == 2


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Peter Ochieng captained Lukenya Sugar in 2019.", "Peter Ochieng"),
        ("The club appointed Peter Ochieng as coach on Monday.", "Peter Ochieng"),
        ("Peter Ochieng, the coach, said the players were tired.", "Peter Ochieng"),
    ],
)
def test_a_person_before_a_club_role_without_a_name_after_stays_a_person(label_en, text, person):
    """Guards: a person with no second name right after the role noun, or the role after a comma,
    keeps the person."""
    result = label_en(text)
    assert person in result.texts("PERSON")
    assert person not in result.texts("ORG")


def test_a_state_before_a_club_role_stays_a_place(label_en):
    """Guard: a country standing for its team stays a GPE (`Kenya coach X`)."""
    result = label_en("Kenya coach Peter Ochieng named his squad on Friday.")
    assert "Kenya" in result.texts("GPE")
    assert "Kenya" not in result.texts("ORG")


@pytest.mark.parametrize(
    ("text", "report"),
    [
        (
            "A third man, 24-year-old Kelvin Mutua, was charged on Monday. "
            "What began as a robbery inquiry, detectives say, became a murder case.",
            "What began as a robbery inquiry, detectives say, became a murder case",
        ),
        (
            "Governor Samuel Otieno opened the bridge on Friday. "
            "The works had cost twice the budget, local newspapers reported.",
            "The works had cost twice the budget",
        ),
    ],
)
def test_a_plural_role_speaker_is_a_group_not_the_last_person(label_en, text, report):
    result = label_en(text)
    speaker = result.speaker_of(report)
    assert speaker is not None
    assert result.resolved_speaker_of(report) == speaker


def test_a_singular_role_speaker_still_points_back(label_en):
    """Guard: a singular head (`the detective`) still means the person named before."""
    text = (
        "Detective Inspector Kelvin Mutua led the raid on Monday. "
        "The suspects had fled hours earlier, the detective said."
    )
    result = label_en(text)
    assert result.resolved_speaker_of("The suspects had fled hours earlier") == "Kelvin Mutua"


@pytest.mark.parametrize(
    ("text", "report", "party"),
    [
        (
            "The court, presided over by magistrate Alice Wambui, ruled that the hearing would resume in May.",
            "the hearing would resume in May",
            "The court",
        ),
        (
            "The State, led by Mr Tendai Moyo, told the court that the accused was a flight risk.",
            "the accused was a flight risk",
            "The State",
        ),
        (
            "The prosecution, represented by Inspector Grace Banda, said that two witnesses were missing.",
            "two witnesses were missing",
            "The prosecution",
        ),
    ],
)
def test_a_court_party_led_by_someone_named_is_the_speaker(label_en, text, report, party):
    result = label_en(text)
    assert result.speaker_of(report) == party
    assert result.resolved_speaker_of(report) == party  # the institution, linked to no one


def test_a_person_leading_a_party_without_the_party_first_stays_the_speaker(label_en):
    """Guard: a subject that is no court party (`The delegation, led by X,`) keeps its old reading,
    and a named prosecutor opening the clause is the speaker."""
    result = label_en("Prosecutor Tendai Moyo told the court that the accused was a flight risk.")
    assert result.speaker_of("the accused was a flight risk") == "Tendai Moyo"
    result = label_en("The delegation, led by Minister Ruth Achieng, said that the talks had stalled.")
    assert result.speaker_of("the talks had stalled") == "Ruth Achieng"
