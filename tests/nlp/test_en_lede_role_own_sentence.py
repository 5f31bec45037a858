"""A lede's role speaker names a person a sentence later, never the person its own sentence acts on
(`A magistrate on Tuesday freed 19-year-old X, saying ...`: the magistrate is not X). Seen in the
window on the fifteenth session's screenshot; invented examples only."""

from __future__ import annotations

SAID = "the evidence against him was weak"


def test_the_person_a_role_acts_on_in_its_own_sentence_is_not_the_role(label_en):
    text = (
        "NAKURU, May 4 — A magistrate on Tuesday freed 19-year-old Peter Wambua, who had been held over "
        f"a fire at a bus depot, saying {SAID}.\n\n"
        "“I was at home that night,” the teenager told reporters."
    )
    assert label_en(text).resolved_speaker_of(SAID) != "Peter Wambua"


def test_a_lede_role_still_names_the_one_introduced_a_sentence_later(label_en):
    text = (
        f"A senior magistrate says {SAID}.\n\n"
        "Magistrate Rose Kiprono made the remark when she freed 19-year-old Peter Wambua on Tuesday."
    )
    assert label_en(text).resolved_speaker_of(SAID) == "Rose Kiprono"
