"""English round on the twenty-first batch's errors (en_b21): a surname that opens with a name
particle keeps it when written capitalised (`Van Dalen said` after `Joost van Dalen`), Dutch
`den` and `ter` join a name after `van`, and a rank the titles table writes only in capitals (`SI`)
cuts no word of a name written in title case (`Photo by Si Lan`). Every sentence is invented."""

from __future__ import annotations

DIKES = (
    "Water board chairman Pieter van den Berg is tired of the complaints about the locks, he said on Monday.\n\n"
    "“Every ship waits its turn,” Van den Berg said to the newspaper.\n"
)


def test_dutch_den_joins_the_name_after_van(label_en):
    assert "Pieter van den Berg" in label_en(DIKES).texts("PERSON")


def test_a_capitalised_particle_opens_the_surname_found_again(label_en):
    labelled = label_en(DIKES)
    assert "Van den Berg" in labelled.texts("PERSON")
    assert "Berg" not in labelled.texts("PERSON")
    assert labelled.speaker_of("Every ship waits its turn,") == "Van den Berg"


def test_a_capitalised_particle_surname_resolves_to_the_full_name(label_en):
    labelled = label_en(DIKES)
    assert labelled.resolved_speaker_of("Every ship waits its turn,") == "Pieter van den Berg"


def test_a_capitalised_particle_at_a_sentence_start(label_en):
    labelled = label_en(
        "Several farmers lost cattle in the flood, chairman Anke de Vries said to reporters.\n\n"
        "De Vries said the fields would stay under water for a week.\n"
    )
    assert labelled.texts("PERSON") == ["Anke de Vries", "De Vries"]


def test_a_capital_particle_needs_its_small_form_before_the_same_word(label_en):
    """Guard: `Van` kept only where the text writes `van Dalen`; `van` before another word (a van, or
    another surname) keeps no capitalised `Van` in a different name."""
    labelled = label_en(
        "Joost van Dalen said the pumps ran all night.\n\n"
        "Van Morrison was not on the list, van Dalen added.\n"
    )
    assert "Van Morrison" not in labelled.texts("PERSON")


def test_a_title_case_word_spelling_a_capitals_only_rank_stays_in_the_name(label_en):
    result = label_en("Ports closed on Friday, bringing heavy rain. [Photo by Si Lan / for the Coast Herald] |")
    assert "Si Lan" in result.texts("PERSON")


def test_the_capitals_rank_is_still_cut(label_en):
    """Guard: the rank in capitals before a name is no part of it."""
    result = label_en("SI Rahim Uddin of the local station said the suspect fled.")
    assert result.texts("PERSON") == ["Rahim Uddin"]


def test_a_one_particle_surname_resolves_to_the_full_name(label_en):
    labelled = label_en(
        "Pumping station chief Joost van Dalen said the pumps ran all night.\n\n"
        "“We never stopped once,” Van Dalen told the newspaper.\n"
    )
    assert labelled.speaker_of("We never stopped once,") == "Van Dalen"
    assert labelled.resolved_speaker_of("We never stopped once,") == "Joost van Dalen"
