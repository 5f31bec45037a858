"""English speaker causes counted by the en_resolve3 round on fresh pages (issue 11, en_resolve4
round): an office adjective after a place read into a PERSON, civic titles and `<title> of the
District <Name>` hiding the name, a party inside an elected member's role taken for the speaker,
a single-mark quote run stopped by a quoted phrase of its own, a report after `after saying that`.
Invented examples only."""

from __future__ import annotations

DEBATE = (
    "Daniel Okafor opened his campaign on Monday.\n\n"
    "Speaking at the Riverton Mayoral debate, he said the bus depot would move.\n"
)


def test_an_office_adjective_closes_no_name(label_en):
    labelled = label_en(DEBATE)
    assert "Riverton Mayoral" not in labelled.texts("PERSON")
    assert labelled.resolved_speaker_of("the bus depot would move") == "Daniel Okafor"


def test_the_place_before_an_office_adjective_stays_a_place(label_en):
    text = "Texas Gubernatorial candidate Laura Benson said taxes were too high. She said she would cut them.\n"
    labelled = label_en(text)
    assert "Texas" in labelled.texts("GPE")
    assert labelled.texts("PERSON") == ["Laura Benson"]
    assert labelled.resolved_speaker_of("she would cut them") == "Laura Benson"


def test_an_office_word_inside_a_body_name_is_kept(label_en):
    """Guard: an office adjective inside a longer body's name leaves the body whole."""
    labelled = label_en("The Kenya Parliamentary Service Commission said the hall was closed.\n")
    assert "Kenya Parliamentary Service Commission" in labelled.texts("ORG")


def test_civic_titles_are_no_part_of_the_name(label_en):
    text = "Reeve Alan Porter said the township would pay its share. Warden Tom Hale said the park would reopen.\n"
    labelled = label_en(text)
    assert "Alan Porter" in labelled.texts("PERSON")
    assert "Tom Hale" in labelled.texts("PERSON")
    assert labelled.speaker_of("the park would reopen") == "Tom Hale"


def test_lord_provost_is_a_title(label_en):
    labelled = label_en("Lord Provost Fiona Reid opened the bridge on Friday.\n")
    assert labelled.texts("PERSON") == ["Fiona Reid"]


COUNCIL = (
    "Justice Minister Helen Byrne says she has no answer to the council's letter.\n\n"
    "Cathaoirleach of the District Martin Nolan had asked for the meeting because he says the "
    "station is too small.\n\n"
    "The letter got no reply according to Councillor Nolan.\n"
)


def test_a_name_after_title_of_the_district_is_the_person(label_en):
    labelled = label_en(COUNCIL)
    assert "Martin Nolan" in labelled.texts("PERSON")
    assert not any("District" in text for text in labelled.texts("GPE"))
    assert labelled.resolved_speaker_of("the station is too small") == "Martin Nolan"


def test_a_body_after_title_of_the_stays_a_body(label_en):
    """Guard: `<role> of the County Council <Name>` keeps the council and the name."""
    labelled = label_en("Chairman of the County Council Martin Nolan had asked for the meeting.\n")
    assert "County Council" in labelled.texts("ORG")
    assert "Martin Nolan" in labelled.texts("PERSON")


PARTY_MEMBER = (
    "Health Minister Helen Byrne says more nurses will be hired.\n\n"
    "It comes after a local Green Party Councillor claimed the minister had ignored the town.\n"
)


def test_an_elected_member_of_a_party_is_not_the_party(label_en):
    labelled = label_en(PARTY_MEMBER)
    assert labelled.speaker_of("the minister had ignored the town") == "a local Green Party Councillor"
    assert labelled.resolved_speaker_of("the minister had ignored the town") != "Green Party"


def test_a_spokesperson_still_speaks_for_the_party(label_en):
    """Guard: a party's spokesperson still resolves to the party."""
    text = "Voters went to the polls.\n\nA Green Party spokeswoman said the count was fair.\n"
    labelled = label_en(text)
    assert labelled.resolved_speaker_of("the count was fair") == "Green Party"


WARNED = (
    "Councillor Joan Pike said the board had been warned twice.\n\n"
    "She said: 'We asked for the report in March (they called it a 'final check').\n\n"
    "'Secondly, nobody has told us who will pay for the repairs.'\n"
)


def test_a_quote_run_keeps_a_paragraph_with_a_quoted_phrase_of_its_own(label_en):
    labelled = label_en(WARNED)
    assert labelled.quotes() == [
        "We asked for the report in March (they called it a 'final check').",
        "Secondly, nobody has told us who will pay for the repairs.",
    ]
    assert labelled.resolved_speaker_of("We asked for the report in March (they called it a 'final check').") == "Joan Pike"


def test_a_quoted_phrase_in_a_line_without_a_run_opens_no_quote(label_en):
    """Guard: a phrase in single marks inside a plain paragraph stays no quote of a paragraph."""
    text = "Fans sang a 'victory song' on the terrace.\n\nThe club said the stand would reopen.\n"
    labelled = label_en(text)
    assert "victory song" not in " ".join(labelled.quotes())


def test_a_participle_after_after_reports_the_subject(label_en):
    text = "Mayor Grace Lund was criticised after saying that the library would close in June.\n"
    labelled = label_en(text)
    assert labelled.speaker_of("the library would close in June") == "Grace Lund"
    assert labelled.cue_of("the library would close in June") == "saying"


def test_after_and_a_participle_with_no_clause_reports_nothing(label_en):
    """Guard: `after saying goodbye`, `after claiming the prize`: no clause, no report."""
    text = "The team left after saying goodbye to the fans.\n\nHe resigned after claiming the prize.\n"
    labelled = label_en(text)
    assert labelled.texts("QUOTE") == []
