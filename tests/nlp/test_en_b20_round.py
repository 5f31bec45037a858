"""English round on the twentieth batch's errors (en_b20): `end of` and `beginning of` open the
DATE they belong to (`the [end of June]`), and a bare participle before a colon after the subject
sent out a document is the quote's cue (`X sent a statement to reporters on Monday saying: “...”`),
the subject its speaker. Every sentence is invented."""

from __future__ import annotations


def _quote(labelled, opening: str) -> str:
    """The text of the direct quote that opens with ``opening``."""
    found = [quote for quote in labelled.quotes() if quote.startswith(opening)]
    assert found, f"no quote opening {opening!r}; have {labelled.quotes()}"
    return found[0]


def test_end_of_and_beginning_of_a_month_are_one_date(label_en):
    result = label_en(
        "The ferry service will resume by the end of June, the operator said, after repairs that "
        "began at the beginning of March 2021."
    )
    assert result.texts("DATE") == ["end of June", "beginning of March 2021"]


def test_end_of_a_bare_year_keeps_the_year_alone(label_en):
    """Guard: before a bare year `end of` stays out (`the end of [2019]`)."""
    result = label_en("The ferry service has lost money since the end of 2019.")
    assert result.texts("DATE") == ["2019"]


def test_start_of_a_month_keeps_the_month_alone(label_en):
    """Guard: `the start of January` leaves `start of` out, as the invented sets annotate it."""
    result = label_en("Fuel prices have risen twice since the start of January.")
    assert result.texts("DATE") == ["January"]


HARBOUR = (
    "The harbour board closed the northern pier on Friday after a crane collapsed.\n\n"
    "Board spokesman Peter Okafor sent a statement to reporters on Saturday saying:”The pier will "
    "stay closed until the engineers have checked every crane.”\n"
)


def test_a_participle_after_a_sent_statement_is_the_cue(label_en):
    labelled = label_en(HARBOUR)
    quote = _quote(labelled, "The pier will")
    assert labelled.cue_of(quote) == "saying"
    assert labelled.speaker_of(quote) == "Peter Okafor"


def test_a_participle_right_after_an_issued_statement_is_the_cue(label_en):
    labelled = label_en(
        "The harbour board closed the northern pier on Friday.\n\n"
        "Mayor Grace Bello issued a statement saying: “No ship will dock here until the inquiry ends.”\n"
    )
    quote = _quote(labelled, "No ship will dock")
    assert labelled.cue_of(quote) == "saying"
    assert labelled.speaker_of(quote) == "Grace Bello"


def test_a_received_letter_gives_no_cue(label_en):
    """Guard: the subject of `received a letter saying: “...”` read the words, so `saying` is no cue."""
    labelled = label_en(
        "The harbour board closed the northern pier on Friday.\n\n"
        "Dock worker Samuel Ortiz received a letter saying: “Your contract ends this month.”\n"
    )
    assert labelled.cue_of(_quote(labelled, "Your contract")) != "saying"
