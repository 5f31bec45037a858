"""Body lines broken by hard line breaks (issue 11, en_speak11 round): wire copy printed at a fixed
width breaks `Deputy Minister for Transport Joseph Mwangi said the new rules were` / `needed
because ...`. Most words of such a line may be capitalised, so it was read as a headline, where
only known names are tagged; the speaker stayed `Deputy Minister ... Joseph Mwangi` and a later
`He` went to the person before. A line whose next line goes on in small letters is a body line;
a headline followed by its lower-cased copy (a page's slug) stays a headline. Invented examples only."""

from __future__ import annotations

SAID = "the new rules were\nneeded because of the number of crashes"
LATER = "the rules would start in May"
TEXT = (
    "Speaking in the House, Minister for Health Amina Kiprono said the budget was\n"
    "ready for a vote on Friday.\n"
    f"Deputy Minister for Transport Joseph Mwangi said {SAID}.\n"
    f"He said {LATER}."
)


def test_a_wrapped_line_names_the_speaker(label_en):
    labels = label_en(TEXT)
    assert labels.speaker_of(SAID) == "Joseph Mwangi"
    assert "Joseph Mwangi" in labels.texts("PERSON")


def test_a_pronoun_after_a_wrapped_line_is_its_speaker(label_en):
    assert label_en(TEXT).resolved_speaker_of(LATER) == "Joseph Mwangi"


def test_a_headline_before_its_slug_stays_a_headline(label_en):
    text = (
        "Minister Joseph Mwangi Opens Clinic In Kisumu Town\n"
        "minister joseph mwangi opens clinic in kisumu town\n"
        "The clinic will serve 4,000 families, officials said."
    )
    labels = label_en(text)
    assert "Joseph Mwangi Opens Clinic" not in labels.texts("ORG")
    assert "Joseph Mwangi Opens Clinic" not in labels.texts("PERSON")
