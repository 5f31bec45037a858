"""English organisation recall (issue 11, en_orgs5 round): a role and its holder written right after
a body's name, acronyms a page never defines standing where only a body stands, standing
conferences of bishops and churches, an `and` tail with an adjective, and a country's police force
in a headline. Every sentence is invented."""

from __future__ import annotations

import pytest

# --- a role and a name after a body ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        ("Kafue Congress of Trade Unions President Lewis Mbewe said so.", "Kafue Congress of Trade Unions", "Lewis Mbewe"),
        ("Coast Union of Nurses Secretary General Amina Said said the strike was on.", "Coast Union of Nurses", "Amina Said"),
        ("National Union of Bakers Chairman Peter Ochola said flour was dear.", "National Union of Bakers", "Peter Ochola"),
        ("On Monday, the Institute for Water Studies Director Ruth Banda said so.", "Institute for Water Studies", "Ruth Banda"),
        ("Centre for Water Studies Director Ruth Banda said the data was wrong.", "Centre for Water Studies", "Ruth Banda"),
        ("Centre for Water Studies Director, Ruth Banda, said the data was wrong.", "Centre for Water Studies", "Ruth Banda"),
    ],
)
def test_a_role_and_name_after_a_body_are_no_part_of_it(label_en, text, body, person):
    result = label_en(text)
    assert result.texts("ORG") == [body]
    assert result.texts("PERSON") == [person]


def test_a_body_named_for_a_role_keeps_it_without_a_name_after(label_en):
    result = label_en("He met officials of the Office of the Prime Minister on Monday.")
    assert result.texts("ORG") == ["Office of the Prime Minister"]


def test_a_role_at_a_body_s_end_with_no_name_after_stays(label_en):
    result = label_en("The Kafue Congress of Trade Unions President said wages were low.")
    assert result.texts("PERSON") == []


def test_a_for_name_opens_a_body_at_a_sentence_start(label_en):
    assert label_en("Centre for Water Studies said the data was wrong.").texts("ORG") == ["Centre for Water Studies"]


# --- undefined acronyms ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("KWSB said the pipes would be fixed on Monday.", "KWSB"),
        ("In a statement, LWSC has announced new tariffs.", "LWSC"),
        ("Residents complained and KWSB denied the claims.", "KWSB"),
        ("Officials of KWSB said the pipes were old.", "KWSB"),
        ("He said NAPSO's director was away.", "NAPSO"),
    ],
)
def test_an_undefined_acronym_where_only_a_body_stands_is_an_org(label_en, text, body):
    assert label_en(text).texts("ORG") == [body]


@pytest.mark.parametrize(
    "text",
    [
        "RDC said the meeting would go on.",  # a role's acronym: one person
        "AK said he was innocent.",  # two letters: a person's initials
        "POLICE SAID THE ROAD WAS CLOSED.",  # shouting
        "He said the suspect told KWSB nothing.",  # no subject, no member before `of`
    ],
)
def test_capitals_that_name_no_body_stay_apart(label_en, text):
    assert label_en(text).texts("ORG") == []


# --- bishops' and churches' conferences ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Catholic Bishops' Conference of Lesotho said the poll was unfair.", "Catholic Bishops' Conference of Lesotho"),
        ("The Kenya Conference of Catholic Bishops said the tax was unfair.", "Kenya Conference of Catholic Bishops"),
        ("The Ghana Catholic Bishops’ Conference issued a statement.", "Ghana Catholic Bishops’ Conference"),
        ("The Zambia Episcopal Conference said the vote was flawed.", "Zambia Episcopal Conference"),
    ],
)
def test_a_conference_of_bishops_is_a_body(label_en, text, body):
    assert label_en(text).texts("ORG") == [body]


def test_a_heading_line_takes_no_cut_conference(label_en):
    result = label_en("The Lesotho Conference of Catholic Bishops\n\nWe wrote to the minister on Monday.")
    assert "Lesotho Conference" not in result.texts("ORG")


def test_a_conference_without_a_church_word_stays_a_meeting(label_en):
    result = label_en("Delegates arrived for the Lusaka Climate Conference on Monday.")
    assert result.texts("ORG") == []


# --- an `and` tail with an adjective ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Ministry of Finance and Economic Planning said revenue rose.", "Ministry of Finance and Economic Planning"),
        (
            "Officials from the Department of Immigration and Citizenship Services said visas were late.",
            "Department of Immigration and Citizenship Services",
        ),
    ],
)
def test_an_and_tail_with_an_adjective_ends_the_name(label_en, text, body):
    assert label_en(text).texts("ORG") == [body]


def test_a_person_after_a_ministry_s_and_stays_a_person(label_en):
    result = label_en("The Ministry of Health and Mary Banda signed the deal.")
    assert result.texts("ORG") == ["Ministry of Health"]


# --- a country's force in a headline ----------------------------------------------------------


def test_a_country_and_its_police_force_in_a_headline_are_a_body(label_en):
    assert label_en("Nigeria Police Force Arrests Three Suspects Over Theft\nThree men were held.").texts("ORG") == [
        "Nigeria Police Force"
    ]


def test_a_headline_verb_after_a_plural_noun_stays_a_verb(label_en):
    assert label_en("Floods Force Thousands From Homes In Lusaka\nThe river rose.").texts("ORG") == []


def test_a_described_unit_with_its_own_place_is_no_body_of_another_place(label_en):
    result = label_en(
        "Officers of the Zambia Police Service were deployed on Monday.\n\n"
        "The police command in Chipata says it has arrested two men over a theft."
    )
    speaker = result.texts("SPEAKER")
    assert speaker == ["The police command in Chipata"]
    quote = next(s.text for s in result.spans if s.label == "QUOTE")
    assert result.resolved_speaker_of(quote) == "The police command in Chipata"


def test_a_described_unit_points_back_at_a_body_of_its_own_place(label_en):
    result = label_en(
        "Officers of the Chipata Police Command were deployed on Monday.\n\n"
        "The police command in Chipata says it has arrested two men over a theft."
    )
    quote = next(s.text for s in result.spans if s.label == "QUOTE")
    assert result.resolved_speaker_of(quote) == "Chipata Police Command"


# --- savings and credit co-operatives --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Tumaini SACCO chairman Paul Kirui said loans were up.", "Tumaini SACCO"),
        ("The Walimu National Sacco said dividends would be paid in March.", "Walimu National Sacco"),
    ],
)
def test_a_savings_co_operative_is_a_body(label_en, text, body):
    assert label_en(text).texts("ORG") == [body]


def test_a_sacco_after_an_indefinite_article_is_no_body(label_en):
    assert label_en("She joined a Sacco last year.").texts("ORG") == []
