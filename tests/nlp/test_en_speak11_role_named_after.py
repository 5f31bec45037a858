"""English role speakers named a sentence or a paragraph later (issue 11, en_speak11 round). A lede
that speaks through a role names the person after it when that person is introduced with the
role's head, even if the name never speaks with a cue of its own (`A senior magistrate says ... .`
/ `Magistrate X made the remark when ...`); and an indefinite role (`A Norwegian official denied
...`) is someone new even after other people were named, so it names the next person who speaks
and is introduced with a word of the role. Invented examples only."""

from __future__ import annotations

SAID = "the delays were a waste of the court's time"
DENIED = "Berg had died in the raid"


def test_a_lede_role_names_the_one_introduced_with_its_head(label_en):
    text = (
        f"A senior magistrate says {SAID}.\n\n"
        "Magistrate Lina Harvey made the remark when she adjourned a theft case for the fourth time."
    )
    assert label_en(text).resolved_speaker_of(SAID) == "Lina Harvey"


def test_an_indefinite_role_names_the_next_speaker_introduced_with_its_words(label_en):
    text = (
        "Police in the south said smuggler Tomas Berg was killed in a raid last week.\n\n"
        f"A Norwegian official on Friday denied that {DENIED}.\n\n"
        "“He is alive and still hiding in the forest,” Norwegian police director Ingrid Dahl was quoted "
        "as saying at a news conference."
    )
    assert label_en(text).resolved_speaker_of(DENIED) == "Ingrid Dahl"


def test_an_indefinite_role_is_not_a_speaker_introduced_otherwise(label_en):
    text = (
        "Police in the south said smuggler Tomas Berg was killed in a raid last week.\n\n"
        f"A police officer on Friday denied that {DENIED}.\n\n"
        "“The fire is under control,” fire chief Ingrid Dahl told reporters."
    )
    assert label_en(text).resolved_speaker_of(DENIED) != "Ingrid Dahl"


def test_a_lede_role_is_not_a_person_introduced_otherwise(label_en):
    text = (
        f"A senior magistrate says {SAID}.\n\n"
        "Lawyer Lina Harvey had asked for the case to be adjourned for the fourth time."
    )
    assert label_en(text).resolved_speaker_of(SAID) != "Lina Harvey"
