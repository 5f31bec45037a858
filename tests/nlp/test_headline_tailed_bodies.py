"""A body named by a tail word in a title-case English headline stands only when the body of the
text or a known name backs it (entity_headline_bodies); invented headlines."""

from __future__ import annotations


def test_headline_verbs_before_a_tail_word_make_no_body(label_en):
    result = label_en("Riverside Police Bust Wild Party, Arrest Ten\n\nOfficers arrested ten people at the hotel on Monday.")
    assert result.texts("ORG") == []


def test_headline_nouns_before_a_closing_tail_word_make_no_body(label_en):
    result = label_en("Foreign Visitor Attacks Waiters & Police in Lakeside\n\nA visitor was arrested on Friday.")
    assert result.texts("ORG") == []


def test_a_headline_word_before_a_body_named_in_the_text_is_left_out(label_en):
    result = label_en("Attacking Harbour Times\n\nThe minister said she no longer reads Harbour Times.")
    assert result.texts("ORG") == ["Harbour Times", "Harbour Times"]


def test_a_body_named_again_in_the_text_stays_in_the_headline(label_en):
    result = label_en("Kenya Wildlife Service Rescues Stranded Elephant\n\nThe Kenya Wildlife Service said the calf was safe.")
    assert result.texts("ORG") == ["Kenya Wildlife Service", "Kenya Wildlife Service"]


def test_headline_words_after_a_possessive_body_are_no_head(label_en):
    result = label_en(
        "Riverside People’s Council Mulls Antisocial Activities\n\n"
        "Theft was raised at a session of the Riverside People’s Council, which ended on Friday."
    )
    assert result.texts("PERSON") == []
    assert result.texts("ORG") == ["Riverside People’s Council", "Riverside People’s Council"]
