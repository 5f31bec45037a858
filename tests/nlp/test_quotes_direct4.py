"""English direct quotes, quotes_direct4 round (issue 11): `charged` in the slot right after a
closing mark is the quote's cue, before a later speech verb of a relative clause; quote lists of
`Name: "..."` lines keep their speakers. Invented examples only."""

from __future__ import annotations

QUOTE = "The council has wasted the relief money"


def test_charged_after_the_close_is_the_cue(label_en):
    text = f'"{QUOTE}," charged Tobias Renner, who further alleged that the books were hidden.\n'
    result = label_en(text)
    assert result.cue_of(QUOTE + ",") == "charged"
    assert result.speaker_of(QUOTE + ",") == "Tobias Renner"


def test_charged_alone_after_the_close(label_en):
    result = label_en(f'"{QUOTE}," charged Tobias Renner.\n')
    assert result.cue_of(QUOTE + ",") == "charged"


def test_charged_with_an_offence_stays_no_cue(label_en):
    text = "Police charged Tobias Renner with fraud on Monday, a spokesman said.\n"
    result = label_en(text)
    assert "charged" not in result.texts("CUE")


def test_a_list_of_name_colon_quotes(label_en):
    text = (
        "What the coaches said after the final.\n\n"
        'Coach Renner: "We lost our shape after the break."\n\n'
        'Marta Keller: "My players never stopped running."\n'
    )
    result = label_en(text)
    assert result.speaker_of("We lost our shape after the break.") == "Renner"
    assert result.speaker_of("My players never stopped running.") == "Marta Keller"


def test_charged_after_a_scare_quote_stays_no_cue(label_en):
    text = 'The officer said the "street boss" charged with theft in May would stand trial soon.\n'
    assert "charged" not in label_en(text).texts("CUE")


RANT = "You have let the whole valley down."
MORE = "We will not stay silent any longer."


def test_a_colon_clause_opened_by_a_titled_name(label_en):
    text = (
        "The budget debate turned sour on Tuesday.\n\n"
        f'Deputy Speaker Hanna Vogt then rounds on the governing bloc: "{RANT}"\n\n'
        f'"{MORE}"\n'
    )
    result = label_en(text)
    assert result.speaker_of(RANT) == "Hanna Vogt"
    assert result.cue_of(RANT) is None
    assert result.speaker_of(MORE) == "Hanna Vogt"


def test_a_colon_clause_after_a_sentence_of_its_paragraph(label_en):
    text = f'The budget debate turned sour on Tuesday. Hanna Vogt then rounds on the governing bloc: "{RANT}"\n'
    assert label_en(text).speaker_of(RANT) == "Hanna Vogt"


def test_a_colon_clause_not_opened_by_a_name_names_nobody(label_en):
    text = f'The budget debate turned sour. A banner beside Hanna Vogt carried the words: "{RANT}"\n'
    # A banner's words are no quote at all since quotes_direct5; either way nobody is their speaker.
    assert "Hanna Vogt" not in label_en(text).texts("SPEAKER")
