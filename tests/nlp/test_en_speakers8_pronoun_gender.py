"""An English `he`/`she` speaker stands for someone of its own gender (issue 11, en_speakers8
round): when the antecedent look-up lands on a person the text shows to be of the other gender
(an honorific, a gendered noun before the name or heading its apposition, an earlier `he`/`she`
that resolved to that person), the pronoun goes to the nearest fitting person of its sentence,
else to the last fitting sentence subject just before. Invented examples only."""

from __future__ import annotations

SAID = "the hearing had been moved without notice"


def test_she_after_a_man_known_by_an_earlier_he_goes_to_the_woman_introduced_after_him(label_en):
    text = (
        "Magistrate Paul Okoro criticised the police for the delay.\n\n"
        "He said the court had sat until six in the evening.\n\n"
        "Also objecting was defence lawyer Amina Yusuf, who appears with lawyer Tunde Bello.\n\n"
        f"She said {SAID}."
    )
    assert label_en(text).resolved_speaker_of(SAID) == "Amina Yusuf"


def test_she_in_the_sentence_of_a_man_with_an_honorific_goes_to_the_person_after_him(label_en):
    text = f"Mr Daniel Harte ordered reporter Kim Lowry to name her source, and when she said {SAID}. The judge sent her out."
    assert label_en(text).resolved_speaker_of(SAID) == "Kim Lowry"


def test_he_after_a_spokeswoman_goes_to_the_man_before_her(label_en):
    text = (
        "Council leader Tom Reyes met the protesters on Monday.\n\n"
        "Ana Cruz, a spokeswoman for the council, confirmed the meeting took place.\n\n"
        f"He said {SAID}."
    )
    assert label_en(text).resolved_speaker_of(SAID) != "Ana Cruz"


def test_a_pronoun_of_the_same_gender_is_left_to_the_look_up(label_en):
    text = f"Mrs Helen Moyo chaired the meeting of the school board.\n\nShe said {SAID}."
    assert label_en(text).resolved_speaker_of(SAID) == "Helen Moyo"


def test_a_person_of_unknown_gender_keeps_the_pronoun(label_en):
    text = f"Mayor Chris Adeyemi opened the new market on Friday.\n\nShe said {SAID}."
    assert label_en(text).resolved_speaker_of(SAID) == "Chris Adeyemi"


def test_a_new_clause_after_a_name_is_no_apposition(label_en):
    text = (
        "Inspector Anil Das filed the first report. "
        "Superintendent Ravi Kumar, the district police chief, cleared the officer last week. "
        f"He claimed that {SAID}. In her letter to Ravi Kumar, the woman accused the officer of lying."
    )
    assert label_en(text).resolved_speaker_of(SAID) == "Ravi Kumar"


def test_a_misprinted_pronoun_with_no_one_else_keeps_the_person_talked_about(label_en):
    text = "Police spokeswoman Maria Costa said the inquiry was still open.\n\n“We need more time,” he said."
    assert label_en(text).resolved_speaker_of("We need more time,") == "Maria Costa"
