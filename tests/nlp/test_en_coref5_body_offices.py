"""English role speakers that name someone other than the last speaker (issue 11, en_coref5 round):
`Union President X said ... . The treasurer explained ...` is not X (two offices of one body), and
`the owner` is not the suspect who held her. With no one introduced by the role the speaker stays
unresolved. Invented examples only."""

from __future__ import annotations

SAID = "the dues had not been paid since March"


def test_the_treasurer_is_not_the_president_who_spoke(label_en):
    text = (
        "Lusaka Bakers Union President Daniel Chanda said members would stop work on Monday. "
        f"The treasurer explained that {SAID}."
    )
    assert label_en(text).resolved_speaker_of(SAID) != "Daniel Chanda"


def test_the_secretary_in_a_later_paragraph_is_not_the_chairman(label_en):
    text = (
        "Harbour Fishers Association chairman Moses Banda said the boats would stay in port.\n\n"
        f"The secretary said {SAID}."
    )
    assert label_en(text).resolved_speaker_of(SAID) != "Moses Banda"


def test_the_president_is_still_the_president_introduced(label_en):
    text = (
        "Lusaka Bakers Union President Daniel Chanda said members would stop work on Monday. "
        f"The president explained that {SAID}."
    )
    assert label_en(text).resolved_speaker_of(SAID) == "Daniel Chanda"


def test_a_minister_may_be_the_senator_who_spoke(label_en):
    text = "Senator Ruth Kamau said the budget was ready.\n\n" f"The minister said {SAID}."
    assert label_en(text).resolved_speaker_of(SAID) == "Ruth Kamau"


def test_the_owner_is_not_the_suspect_who_held_her(label_en):
    text = (
        "The suspect, Tomas Lindqvist, was detained on Saturday after locking the owner of a bakery in "
        "a storeroom.\n\n"
        "“I only wanted money for the train,” he was quoted as saying by officers.\n\n"
        f"Speaking to reporters later, the owner said {SAID}."
    )
    assert label_en(text).resolved_speaker_of(SAID) != "Tomas Lindqvist"


def test_the_suspect_is_still_the_suspect_introduced(label_en):
    text = (
        "The suspect, Tomas Lindqvist, was detained on Saturday after locking the owner of a bakery in "
        "a storeroom.\n\n"
        f"The suspect said {SAID}."
    )
    assert label_en(text).resolved_speaker_of(SAID) == "Tomas Lindqvist"
