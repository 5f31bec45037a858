"""English organisations and people missed (issue 11, en_ents11 round, fresh-first): a unit named a
team, a company named again by its first word, a photographer credited in capitals and a name with
an honour after it. Every sentence is invented."""

from __future__ import annotations

import pytest

# --- a unit named a team --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Officers of the Harbour Response Team (HRT) sealed the road on Sunday.", "Harbour Response Team"),
        ('"I am calling from the Cyber Response Team," the caller said.', "Cyber Response Team"),
        ("She was questioned at the office of the police's Marine Rescue Team in Kolani.", "Marine Rescue Team"),
    ],
)
def test_a_unit_named_a_team_is_an_org(label_en, text, body):
    result = label_en(text)
    assert body in result.texts("ORG")
    assert body not in result.texts("PERSON")


def test_a_team_acronym_after_its_unit_follows_it(label_en):
    assert "HRT" in label_en("Officers of the Harbour Response Team (HRT) sealed the road.").texts("ORG")


def test_a_headline_with_team_in_it_names_no_body(label_en):
    assert label_en("Coach Names New Team For Qualifiers").texts("ORG") == []


# --- a company named again by its first word -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("The firm, Tavoli Realty Limited, owns the plot. The head of Tavoli, Grace Obi, declined to comment.", "Tavoli"),
        ("Programmes of Zarin News were halted. A meeting on Zarin's licence is due on Monday.", "Zarin"),
        ("Shares of Kemora Holdings fell. Kemora's board met on Friday.", "Kemora"),
    ],
)
def test_a_company_first_word_after_of_or_before_a_possessive_is_the_company(label_en, text, short):
    assert label_en(text).texts("ORG").count(short) == 1


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a person of the page holds the word: the surname, not the company
        ("Shares of Marangu Group fell. Peter Marangu said the plan of Marangu was sound.", "Marangu"),
        # a known place opens the company's name: the place stays a place
        ("Kenya Pipeline Company Limited sold fuel. Kenya's debt rose.", "Kenya"),
        # a word the page also writes in small letters is a common word
        ("Summit Realty Limited built it. The summit of Summit was reached.", "Summit"),
        # neither a possessive nor `of`: not enough to go on
        ("The firm, Tavoli Realty Limited, owns the plot. Workers went to Tavoli at noon.", "Tavoli"),
    ],
)
def test_a_first_word_without_the_frame_or_with_another_reading_stays_apart(label_en, text, wrong):
    assert wrong not in label_en(text).texts("ORG")


# --- a photographer credited in capitals ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The minister at the opening. PHOTOS: NURUL HAFIZAH\n\nThe event drew a crowd.",
        "The governor speaking on Friday. Image: JANE WAMBUI\n\nFloods hit the city.",
    ],
)
def test_a_name_in_capitals_after_a_photo_word_is_a_person(label_en, text):
    result = label_en(text)
    name = text.split(": ")[1].split("\n")[0]
    assert name in result.texts("PERSON")
    assert name not in result.texts("ORG")


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("The minister at the opening. PHOTO: BERNAMA", "BERNAMA"),
        ("The minister at the opening. PHOTO: ANTARA FOTO", "ANTARA FOTO"),
        ("The minister at the opening. PHOTO: FIJI TIMES", "FIJI TIMES"),
        ("The minister at the opening. PHOTO: THE STAR", "THE STAR"),
    ],
)
def test_an_outlet_in_capitals_after_a_photo_word_stays_an_org(label_en, text, outlet):
    assert outlet in label_en(text).texts("ORG")


# --- a name with an honour after it ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Chief Secretary, Amb. Peter Kaupa CBE, has cautioned editors.", "Peter Kaupa"),
        ("Mary Wanjiku EGH said the plan was ready.", "Mary Wanjiku"),
        ("The award went to Tomasi Rova OBE on Friday.", "Tomasi Rova"),
    ],
)
def test_a_name_before_an_honour_is_a_person_without_it(label_en, text, name):
    result = label_en(text)
    assert name in result.texts("PERSON")
    assert not any(" CBE" in t or " EGH" in t or " OBE" in t for t in result.texts("PERSON"))


def test_a_capitals_word_after_a_name_that_is_no_honour_still_breaks_the_run(label_en):
    assert label_en("Prestasi Raya PBSI won the cup.").texts("PERSON") == []


# --- a kind of body after `the`: a police command, a capital city, a team ------------------


@pytest.mark.parametrize(
    "text",
    [
        "The spokesperson for the Command, SP Musa Bello, confirmed the arrest.",
        "Looting spread across the Capital in March.",
        "The coach said the Team would travel on Monday.",
    ],
)
def test_a_kind_of_body_alone_after_the_is_no_org(label_en, text):
    assert label_en(text).texts("ORG") == []


def test_a_named_command_and_a_named_capital_firm_stay_orgs(label_en):
    text = "The Kaduna State Police Command said Ardent Capital had paid."
    assert label_en(text).texts("ORG") == ["Kaduna State Police Command", "Ardent Capital"]


def test_the_commission_alone_stays_an_org(label_en):
    assert label_en("The Commission said the plan was ready.").texts("ORG") == ["Commission"]


# --- a capital territory ------------------------------------------------------------------


@pytest.mark.parametrize(
    "place",
    ["Federal Capital Territory", "Islamabad Capital Territory", "National Capital District"],
)
def test_a_capital_territory_is_a_place_not_a_body(label_en, place):
    result = label_en(f"Police in the {place} arrested four men on Friday.")
    assert place in result.texts("GPE")
    assert result.texts("ORG") == []


# --- people described by a plural noun ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Elected Leaders still hold their authority until the vote",
        "Harbour Police Officers testified in the case yesterday.",
    ],
)
def test_a_run_ending_in_a_plural_of_people_is_no_person(label_en, text):
    assert label_en(text).texts("PERSON") == []


def test_a_body_ending_in_a_plural_of_people_keeps_its_name(label_en):
    assert "Reporters Without Borders" in label_en("Reporters Without Borders said so.").texts("ORG")
