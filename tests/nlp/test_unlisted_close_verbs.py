"""English verbs after a closing quote that no cue table lists (`“...,” he raged.`, `“...,” seethed
Tom Baker.`): in that slot an `-ed` past tense with a short subject that fills its clause, or before a
name, is the quote's cue. Invented examples only."""

from __future__ import annotations

_OPENING = "Police closed the harbour road on Monday after a week of protests by the cafe owners.\n\n"


def test_a_pronoun_and_an_unlisted_verb_attribute_the_quote(label_en):
    labelled = label_en(_OPENING + "Tom Baker runs the cafe.\n\n“We were never asked about any of it,” he seethed.\n")
    assert labelled.cue_of("We were never asked about any of it,") == "seethed"
    assert labelled.speaker_of("We were never asked about any of it,") == "he"


def test_an_unlisted_verb_before_the_name_attributes_the_quote(label_en):
    labelled = label_en(_OPENING + "“This is a disgrace and the council knows it,” raged Tom Baker, who runs the cafe.\n")
    assert labelled.cue_of("This is a disgrace and the council knows it,") == "raged"
    assert labelled.speaker_of("This is a disgrace and the council knows it,") == "Tom Baker"


def test_a_role_subject_and_an_unlisted_verb(label_en):
    labelled = label_en(_OPENING + "“They should all resign tonight,” the angry owner scoffed.\n")
    assert labelled.cue_of("They should all resign tonight,") == "scoffed"
    assert labelled.speaker_of("They should all resign tonight,") == "the angry owner"


def test_more_words_after_the_verb_make_no_cue(label_en):
    labelled = label_en(
        _OPENING + "“We will be back next week with more of us,” the owners promised the mayor before leaving.\n"
        "Her song “Home Again,” the band recorded in Lagos, sold well.\n"
    )
    assert labelled.texts("CUE") == ["promised"]  # a listed cue still works; `recorded in` is no cue


def test_an_auxiliary_before_the_participle_is_no_subject(label_en):
    labelled = label_en(_OPENING + "“We were never asked about any of it,” the owners were shocked.\n")
    assert labelled.cue_of("We were never asked about any of it,") is None
