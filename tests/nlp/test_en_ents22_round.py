"""English entity causes counted by en_entcount2 (issue 11, en_ents22 round): an initial opening a
sentence split from its surname, a date with no comma before its year, and a European demonym or
language read as a place. Every sentence is invented."""

from __future__ import annotations

import pytest

# --- an initial opening a sentence -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The hosts pressed early. R. Varga scored twice before the break.", "R. Varga"),
        ("P. Oduya opened the scoring in the tenth minute.", "P. Oduya"),
        ("The visitors levelled through T. Brandt late on.", "T. Brandt"),
    ],
)
def test_an_initial_opening_a_sentence_opens_the_name(label_en, text, person):
    assert label_en(text).texts("PERSON") == [person]


@pytest.mark.parametrize(
    "text",
    [
        "He takes vitamin C. Doctors say it helps.",
        "Q. Why did the council wait so long?",
    ],
)
def test_a_letter_closing_or_opening_a_sentence_is_no_name(label_en, text):
    assert label_en(text).texts("PERSON") == []


# --- a date with no comma before its year ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The final was played on April 14 2023 in a half-empty stadium.", "April 14 2023"),
        ("A court jailed him on March 3rd 2021 for fraud.", "March 3rd 2021"),
    ],
)
def test_a_date_with_no_comma_before_its_year(label_en, text, date):
    assert label_en(text).texts("DATE") == [date]


def test_a_month_and_day_before_a_count_stay_apart(label_en):
    # guard: a count after the day is no year (`2 500` people), the day and month stay a DATE
    assert label_en("On April 14 500 people marched.").texts("DATE") == ["April 14"]


# --- a European demonym or language ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The talks were held in Estonian and Latvian.",
        "The Maltese minister met Cypriot and Hungarian envoys in the capital.",
        "Two Lithuanian players and a Slovak coach joined the club.",
    ],
)
def test_a_demonym_is_no_place(label_en, text):
    result = label_en(text)
    assert result.texts("GPE") == [] and result.texts("PERSON") == []


def test_the_country_stays_a_place(label_en):
    # guard: the country's own name is still a GPE
    assert label_en("Flights to Estonia and Malta resumed on Monday.").texts("GPE") == ["Estonia", "Malta"]
