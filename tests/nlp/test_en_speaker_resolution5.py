"""English speakers resolved to a name across newsrooms (issue 11, en_speakers5 round): a `the
<title>` speaker resolved to the person introduced with that title in apposition (`X, the regional
police commander, said`), and a speaker known only by a tie to someone (`The man's father`, `his
lawyer`) left unresolved, with the `he`/`she` after it, rather than given the person named last.
Invented examples only."""

from __future__ import annotations

import pytest

QUOTE = "We will not rest until every suspect is in custody,"
OWN = "My son was at home that night,"


@pytest.mark.parametrize(
    ("apposition", "role"),
    [
        ("the regional police commander", "the regional police commander"),
        ("the regional police commander", "the police commander"),
        ("regional police commander for the north", "the commander"),
        ("a spokeswoman for the health ministry", "the spokeswoman"),
    ],
)
def test_a_role_names_the_person_it_was_apposed_to(label_en, apposition, role):
    text = (
        "Police have arrested three men over the robbery of a fuel station on Sunday night.\n\n"
        f"John Mbeki, {apposition}, said the suspects were caught near the border.\n\n"
        "Local councillor Mary Phiri said the area needed more patrols.\n\n"
        f"“{QUOTE}” {role} said."
    )
    assert label_en(text).resolved_speaker_of(QUOTE) == "John Mbeki"


def test_a_former_holder_in_apposition_is_not_the_role(label_en):
    text = (
        "John Mbeki, the former police commander, said the suspects were caught near the border.\n\n"
        "Local councillor Mary Phiri said the area needed more patrols.\n\n"
        f"“{QUOTE}” the police commander said."
    )
    assert label_en(text).resolved_speaker_of(QUOTE) != "John Mbeki"


@pytest.mark.parametrize("tie", ["The man's father", "The suspect’s mother", "His lawyer", "The victim's brother"])
def test_a_speaker_known_by_a_tie_to_someone_is_no_one_named_before(label_en, tie):
    text = (
        "Police Inspector Mary Phiri told the court the accused had attacked two officers.\n\n"
        f"{tie} told reporters that the family would appeal.\n\n"
        f"“{OWN}” he said."
    )
    result = label_en(text)
    assert result.resolved_speaker_of(OWN) == "he"
    assert result.resolved_speaker_of("the family would appeal") == tie


def test_a_tie_named_in_apposition_still_has_its_name(label_en):
    text = (
        "Police Inspector Mary Phiri told the court the accused had attacked two officers.\n\n"
        "Peter Banda, the man's lawyer, said the family would appeal.\n\n"
        f"“{OWN}” the lawyer said."
    )
    assert label_en(text).resolved_speaker_of(OWN) == "Peter Banda"


REPORT = "the strike leaders had been misled by people with political motives"


@pytest.mark.parametrize(
    ("lede", "named"),
    [
        ("Samoa's police commissioner says", "The Observer reports that Peter Vaai made the comment at a meeting last night."),
        ("APIA – An official of the Ministry of Labour said", "At a briefing, labour chief Peter Vaai said talks would go on."),
    ],
)
def test_a_lede_role_names_the_person_who_speaks_after_it(label_en, lede, named):
    text = (
        "Strike leaders were misled, official says\n\n"
        f"{lede} {REPORT}.\n\n"
        f"{named}\n\n"
        "Mr Vaai says the situation in the capital is calm."
    )
    assert label_en(text).resolved_speaker_of(REPORT) == "Peter Vaai"


def test_a_lede_role_is_not_a_person_named_later_who_never_speaks(label_en):
    text = (
        "Samoa's police commissioner says the strike leaders had been misled by people with political motives.\n\n"
        "The strike was called by union leader Peter Vaai last month.\n\n"
        "Ministers met on Monday to discuss the wage claim."
    )
    assert label_en(text).resolved_speaker_of(REPORT) != "Peter Vaai"
