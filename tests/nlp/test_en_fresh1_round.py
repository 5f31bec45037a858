"""English classes met on fresh pages in the first wave's check halves (issue 11, en_fresh1 round):
an age used as the noun before an origin (`the 33-year-old from X`), a closing document with `a`
(`according to a police affidavit`), `stating` with no comma after a past verb, a subject ending in
`the accused`, and `X Police Post`. Every sentence is invented; the place names are made up."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Police said the 33-year-old from Kavulani was arrested on Monday.", "Kavulani"),
        ("Police said two 19-year-olds from Ngitili were held overnight.", "Ngitili"),
        ("The court heard that the 52 year old from Mbarawe had no licence.", "Mbarawe"),
    ],
)
def test_an_age_as_the_noun_before_from_marks_an_origin(label_en, text, place):
    assert label_en(text).texts("GPE") == [place]


def test_an_age_before_a_name_still_marks_a_person(label_en):
    """Guard: without `from`, the word after the age is the person's name."""
    result = label_en("The 33-year-old Kavulo was arrested on Monday.")
    assert result.texts("GPE") == []
    assert result.texts("PERSON") == ["Kavulo"]


def test_a_closing_document_with_a_wraps_the_report_with_its_own_cue(label_en):
    text = "The farmer told officers that he had buried the gun near a barn, according to a police affidavit."
    result = label_en(text)
    outer = "The farmer told officers that he had buried the gun near a barn"
    assert result.speaker_of(outer) == "a police affidavit"
    assert result.cue_of(outer) == "according to"
    assert result.speaker_of("he had buried the gun near a barn") == "The farmer"


@pytest.mark.parametrize(
    "source",
    ["a neighbour", "a report by the state broadcaster", "a statement from the provincial police"],
)
def test_a_closing_source_with_a_that_is_no_document_wraps_nothing(label_en, source):
    """Guard: `a` before a noun that is no document (`a neighbour`), or a document by or from
    someone (an outlet relaying), leaves the inner report alone."""
    result = label_en(f"The farmer told officers that he had buried the gun near a barn, according to {source}.")
    assert "The farmer told officers that he had buried the gun near a barn" not in result.texts("QUOTE")


@pytest.mark.parametrize(
    ("text", "speaker", "report"),
    [
        ("The prosecutor objected stating the witness had been coached.", "The prosecutor", "the witness had been coached"),
        (
            "Counsel for the accused objected stating that the charge sheet was incomplete.",
            "Counsel for the accused",
            "the charge sheet was incomplete",
        ),
        (
            "Counsel for the accused opposed bail saying the charge sheet was incomplete.",
            "Counsel for the accused",
            "the charge sheet was incomplete",
        ),
    ],
)
def test_a_bare_stating_after_a_past_verb_reports_the_subject(label_en, text, speaker, report):
    result = label_en(text)
    assert result.speaker_of(report) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "He kept stating that he was innocent.",
        "The firm filed an affidavit stating that the land was theirs.",
        "She signed a petition stating that the road must be fixed.",
    ],
)
def test_a_bare_stating_after_an_aspect_verb_or_a_document_reports_nothing(label_en, text):
    """Guard: `kept stating`, a document stating: no report of the subject's."""
    assert label_en(text).texts("QUOTE") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The suspect was taken to Nakasava Police Post on Sunday.", "Nakasava"),
        ("He reported the theft at the Valelevu Police Post.", "Valelevu"),
    ],
)
def test_the_area_before_a_police_post_is_a_place(label_en, text, place):
    result = label_en(text)
    assert result.texts("GPE") == [place]
    assert result.texts("ORG") == []


def test_a_newspaper_post_and_a_police_adjective_keep_their_reading(label_en):
    """Guard: `The Jakarta Post` stays an ORG; `National Police Post` names no area."""
    assert label_en("The Jakarta Post reported it on Monday.").texts("ORG") == ["The Jakarta Post"]
    assert label_en("He was held at the National Police Post.").texts("GPE") == []
