"""English direct-quote speakers resolved to the right person (issue 11, en_speakers3 round):
a name that only modifies a noun is not who `he said` means, an English verb in `di-` is no
Indonesian passive, a quote's last word is no quantifier of the role after it, and a title in
small letters right before a name still names that person. Invented examples only."""

from __future__ import annotations

import pytest

QUOTE = "We have waited long enough for this bridge,"


def test_a_name_after_an_article_is_not_the_subject_a_pronoun_means(label_en):
    text = (
        "Ravonia will not bow to pressure from the Viktor Halvorsen administration to sign the "
        "fishing pact, trade minister Amara Okonjo has vowed, citing an old proverb.\n\n"
        f"“{QUOTE}” he said in a radio interview."
    )
    assert label_en(text).resolved_speaker_of(QUOTE) == "Amara Okonjo"


@pytest.mark.parametrize("verb", ["dismissed", "disputed", "distanced himself from"])
def test_an_english_verb_in_di_keeps_the_newcomer_its_subject(label_en, verb):
    text = (
        "Councillor Petra Lindqvist said she would ask for the tender papers.\n\n"
        f"Meanwhile, speaking on a morning programme, Transport Minister Kofi Mensah {verb} the "
        "complaint about the contract.\n\n"
        f"“{QUOTE}” he said."
    )
    assert label_en(text).resolved_speaker_of(QUOTE) == "Kofi Mensah"


def test_a_role_after_a_quote_ending_in_a_plural_noun_is_resolved(label_en):
    text = (
        "The plan was defended by energy minister Tomas Eriksen on Monday.\n\n"
        "“The grid already serves two million people,” the minister said."
    )
    result = label_en(text)
    assert result.speaker_of("The grid already serves two million people,") == "the minister"
    assert result.resolved_speaker_of("The grid already serves two million people,") == "Tomas Eriksen"


def test_a_small_letter_title_right_before_a_name_names_that_person(label_en):
    text = (
        "Ports will reopen next week, foreign minister Lena Duarte told a summit in Valletta.\n\n"
        "Harbour chief Marco Bellini said the ferries were ready.\n\n"
        f"“{QUOTE}” the foreign minister said."
    )
    assert label_en(text).resolved_speaker_of(QUOTE) == "Lena Duarte"



@pytest.mark.parametrize("body", ["The mission", "The embassy"])
def test_a_diplomatic_post_speaks_as_a_body_not_as_the_last_person(label_en, body):
    text = (
        "A clerk of the Norland Embassy was held for hours, said deputy commissioner Rafael Ortiz "
        "on Monday.\n\n"
        f"{body} said it had protested to the foreign ministry.\n\n"
        f"“{QUOTE}”"
    )
    result = label_en(text)
    assert result.speaker_of(QUOTE) == body
    assert result.resolved_speaker_of(QUOTE) != "Rafael Ortiz"


def test_an_east_african_police_post_by_its_initials_names_its_holder(label_en):
    text = (
        "Kibera OCPD Wanjiru Mutua said the two suspects were held overnight.\n\n"
        "Residents said the raid lasted an hour.\n\n"
        f"“{QUOTE}” the OCPD said."
    )
    result = label_en(text)
    assert result.speaker_of(QUOTE) == "the OCPD"
    assert result.resolved_speaker_of(QUOTE) == "Wanjiru Mutua"
