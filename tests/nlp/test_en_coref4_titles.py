"""English role speakers resolved to the person the text introduced with that role (issue 11,
en_coref4 round), not to the last person named: `the trial magistrate` is the one person introduced
as `Magistrate X` (the word before the head only says in what the holder acts), and `the
prosecutor, Jane Doe,` introduces the prosecutor by a closed apposition. Invented examples only."""

from __future__ import annotations

SAID = "the matter would go to the high court"


def test_the_trial_magistrate_is_the_one_magistrate_introduced(label_en):
    text = (
        "Principal Magistrate Nana Owusu-Ansah heard the case on Monday.\n\n"
        "Police Prosecutor Inspector Kwame Boateng told the court that the accused had fled twice.\n\n"
        "“I will not take your plea today,” said the trial magistrate."
    )
    assert label_en(text).resolved_speaker_of("I will not take your plea today,") == "Nana Owusu-Ansah"


def test_the_investigating_officer_is_the_one_officer_introduced(label_en):
    text = (
        "Officer Daniel Mensah searched the warehouse on Friday. Lawyer Grace Tetteh asked for bail.\n\n"
        f"The investigating officer said {SAID}."
    )
    assert label_en(text).resolved_speaker_of(SAID) == "Daniel Mensah"


def test_two_magistrates_introduced_leave_the_head_alone(label_en):
    text = (
        "Magistrate Ruth Banda heard the first case. Magistrate Peter Phiri heard the second one.\n\n"
        f"The presiding magistrate said {SAID}."
    )
    assert label_en(text).resolved_speaker_of(SAID) != "Ruth Banda"


def test_the_prosecutor_in_a_closed_apposition_after_the_title(label_en):
    text = (
        "Magistrate Thabo Kgosi ordered the prosecutor, Lerato Dube, to explain her absence.\n\n"
        f"The prosecutor said {SAID}."
    )
    assert label_en(text).resolved_speaker_of(SAID) == "Lerato Dube"


def test_a_clause_before_a_comma_is_no_apposition(label_en):
    text = (
        "Magistrate Thabo Kgosi opened the hearing. When he turned to the prosecutor, Lerato Dube "
        "stood up.\n\n"
        f"The magistrate said {SAID}."
    )
    assert label_en(text).resolved_speaker_of(SAID) == "Thabo Kgosi"
