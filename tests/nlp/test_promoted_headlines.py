"""Promoted headlines printed inside the body (nlp/text/promoted_headlines.py): a block of other
stories' headlines between body paragraphs is FURNITURE, and its quoted words are no quotes."""

from __future__ import annotations

from annotator.nlp.text.promoted_headlines import promoted_headlines
from tests.nlp.helpers import run

BODY = (
    "Harbour town braces for second storm\n"
    "Residents of the harbour town were told to stay indoors on Tuesday.\n"
    "The council said the sea wall had held overnight.\n"
    "Farmers count losses as river bursts its banks near the old mill\n"
    "Housing: ‘We have waited eleven years for a proper roof’\n"
    "‘Nobody came to help us when the water rose over the bridge’\n"
    "The mayor visited the shelter on Wednesday morning.\n"
    "“The wall will be raised before winter,” Mayor Clara Voss said.\n"
)


def test_block_of_headlines_is_furniture() -> None:
    lines = [BODY[s:e] for s, e in promoted_headlines(BODY, [])]
    assert lines == [
        "Farmers count losses as river bursts its banks near the old mill",
        "Housing: ‘We have waited eleven years for a proper roof’",
        "‘Nobody came to help us when the water rose over the bridge’",
    ]


def test_quoted_words_of_promoted_headlines_are_no_quotes() -> None:
    labelled = run(BODY, "en")
    assert labelled.quotes() == ["The wall will be raised before winter,"]
    assert "Housing: ‘We have waited eleven years for a proper roof’" in labelled.texts("FURNITURE")


def test_two_unpunctuated_lines_are_no_block() -> None:
    text = (
        "Harbour town braces for second storm\n"
        "Residents of the harbour town were told to stay indoors on Tuesday.\n"
        "‘Nobody came to help us when the water rose over the bridge’\n"
        "Housing: ‘We have waited eleven years for a proper roof’\n"
        "The mayor visited the shelter on Wednesday morning.\n"
    )
    assert promoted_headlines(text, []) == []


def test_lines_after_the_headline_are_no_block() -> None:
    text = (
        "Harbour town braces for second storm as rain returns\n"
        "Residents told to stay indoors while the sea wall is checked\n"
        "Council promises a new wall before the winter storms arrive\n"
        "Mayor visits the shelter and meets families from the low streets\n"
        "Residents of the harbour town were told to stay indoors on Tuesday.\n"
    )
    assert promoted_headlines(text, []) == []


def test_a_byline_line_breaks_a_block_by_the_language_table() -> None:
    byline = "By Clara Voss and Tomas Reyes in the harbour town"
    text = BODY.replace("Housing: ‘We have waited eleven years for a proper roof’", byline)
    assert promoted_headlines(text, []) != []  # without the table the byline reads as a headline
    assert promoted_headlines(text, [], byline_openers=("By",)) == []
    assert byline not in run(text, "en").texts("FURNITURE")
