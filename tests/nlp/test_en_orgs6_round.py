"""English organisation recall (issue 11, en_orgs6 round): outlets and bodies named by a short
form that the page itself spells out elsewhere. Every sentence is invented."""

from __future__ import annotations

import pytest

# --- an acronym spelling the initials of a body the page names ---------------------------------


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("A source talking to TLC said the gate was shut.\nThis story ran in The Lakeland Chronicle.", "TLC"),
        ("The Lakeside Water Board cut supplies. A resident told LWB that taps were dry.", "LWB"),
    ],
)
def test_an_acronym_of_a_body_named_on_the_page_is_an_org(label_en, text, acronym):
    assert acronym in label_en(text).texts("ORG")


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ("A source talking to TLC said the gate was shut.", []),  # no body on the page spells it
        ("The Public Relations Office opened. A clerk told PRO nothing.", ["Public Relations Office"]),  # a role
    ],
)
def test_an_acronym_with_no_body_of_its_letters_stays_apart(label_en, text, bodies):
    assert label_en(text).texts("ORG") == bodies


# --- a newspaper's name after a small `the` -------------------------------------------------


def test_a_paper_after_a_small_the_is_the_paper_the_page_names(label_en):
    text = "Speaking in an interview with the Star on Friday, she said so.\nShe spoke to The Star Newspaper in Eastleigh."
    assert label_en(text).texts("ORG") == ["Star", "The Star"]


def test_a_paper_with_a_place_after_a_small_the(label_en):
    text = "The Lakeland Chronicle broke the story. Later he told the Lakeland Chronicle that it was false."
    assert label_en(text).texts("ORG") == ["The Lakeland Chronicle", "Lakeland Chronicle"]


def test_a_small_word_after_the_that_names_no_paper_stays(label_en):
    assert label_en("The Times reported it. At the times he told them.").texts("ORG") == ["The Times"]
