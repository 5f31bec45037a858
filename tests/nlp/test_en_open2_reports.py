"""English reports, causes counted on pages of several newsrooms (issue 11, en_open2 round): a
question put to the subject (`when asked if`) read as the subject asking; `[...] says <title> <Name>.`
with no comma read the wrong way round; another party's refusal (`, but the company declined to
comment`) run into the report. Invented examples only."""

from __future__ import annotations


def _reports(labelled) -> list[str]:
    return labelled.texts("QUOTE", type="indirect")


def test_a_subject_asked_if_does_not_ask(label_en):
    labelled = label_en("The governor smiled when asked if the new dam would be finished this year.\n")
    assert _reports(labelled) == []


def test_a_subject_that_was_asked_whether_does_not_ask(label_en):
    labelled = label_en("The coach was asked whether the striker would be fit for the final.\n")
    assert _reports(labelled) == []


def test_a_subject_that_asked_still_asks(label_en):
    """Guard: `X asked if ...` is still X's reported question."""
    labelled = label_en("The opposition leader asked if the new dam would be finished this year.\n")
    assert labelled.speaker_of("the new dam would be finished this year") == "The opposition leader"


def test_a_coordinated_question_still_asks(label_en):
    """Guard: `..., and asked whether ...` keeps the subject opening the sentence."""
    labelled = label_en("Ana Ruiz praised the nurses, and asked whether the ward would get more beds.\n")
    assert labelled.speaker_of("the ward would get more beds") == "Ana Ruiz"


def test_a_closing_title_and_name_with_no_comma_speaks(label_en):
    labelled = label_en("Tourism will recover strongly next year says Prime Minister John Tamba.\n")
    assert _reports(labelled) == ["Tourism will recover strongly next year"]
    assert labelled.speaker_of("Tourism will recover strongly next year") == "John Tamba"


def test_a_closing_role_and_name_with_no_comma_speaks(label_en):
    labelled = label_en("Prices will keep rising through the winter says central bank governor Lucy Mbeki.\n")
    assert labelled.speaker_of("Prices will keep rising through the winter") == "Lucy Mbeki"


def test_an_opening_speaker_keeps_its_report(label_en):
    """Guard: `X says <clause>` still reads X as the speaker."""
    labelled = label_en("Prime Minister John Tamba says tourism will recover strongly next year.\n")
    assert labelled.speaker_of("tourism will recover strongly next year") == "John Tamba"


def test_another_partys_refusal_is_no_part_of_the_report(label_en):
    labelled = label_en("The union said that the talks had failed, but the company declined to comment.\n")
    assert _reports(labelled) == ["the talks had failed"]


def test_a_named_partys_refusal_is_no_part_of_the_report(label_en):
    labelled = label_en("Residents said the water had been cut for a week but Lakeside Utilities refused to give details.\n")
    assert _reports(labelled) == ["the water had been cut for a week"]


def test_another_partys_refusal_of_an_act_stays_reported(label_en):
    """Guard: a refusal to do something (no telling) can be the speaker's own account."""
    labelled = label_en("The council said the bridge was unsafe but the governor refused to close it.\n")
    assert _reports(labelled) == ["the bridge was unsafe but the governor refused to close it"]


def test_who_after_a_complete_clause_speaks(label_en):
    labelled = label_en("The prosecution's case rested on two witnesses, who said they saw the driver leave the scene.\n")
    assert _reports(labelled) == ["they saw the driver leave the scene"]
    assert labelled.speaker_of("they saw the driver leave the scene") == "who"
    assert labelled.resolved_speaker_of("they saw the driver leave the scene") == "who"  # no one named before the comma


def test_who_after_a_name_resolves_to_it(label_en):
    labelled = label_en("Police later arrested Ana Silva, who said she had been at home all night.\n")
    assert labelled.speaker_of("she had been at home all night") == "who"
    assert labelled.resolved_speaker_of("she had been at home all night") == "Ana Silva"


def test_who_after_a_name_and_its_apposition_resolves_to_it(label_en):
    text = (
        "The plan was criticised by Maria Lopez, the head of the traders' association, who said the new fees "
        "would drive small shops out of business.\n"
    )
    labelled = label_en(text)
    assert labelled.resolved_speaker_of("the new fees would drive small shops out of business") == "Maria Lopez"


def test_a_subject_before_its_own_verb_is_no_relative(label_en):
    """Guard: a relative clause inside a short subject (`The mayor, who ..., resigned`) gives no `who` report."""
    labelled = label_en("The mayor, who said the budget was wrong, resigned on Monday.\n")
    assert "who" not in labelled.texts("SPEAKER")


def test_an_object_punished_for_alleging_reports(label_en):
    labelled = label_en("A court in the capital jailed a teacher for alleging that the exam papers had been sold.\n")
    assert _reports(labelled) == ["the exam papers had been sold"]
    assert labelled.speaker_of("the exam papers had been sold") == "a teacher"
    assert labelled.cue_of("the exam papers had been sold") == "alleging"


def test_a_named_object_punished_for_saying_reports(label_en):
    labelled = label_en("The club fined Tomas Berg for saying the referee had been paid.\n")
    assert labelled.speaker_of("the referee had been paid") == "Tomas Berg"


def test_a_passive_subject_sued_for_claiming_reports(label_en):
    labelled = label_en("The former mayor was sued by the council for claiming that the audit was rigged.\n")
    assert labelled.speaker_of("the audit was rigged") == "The former mayor"


def test_a_subject_being_sued_for_claiming_is_the_subject_alone(label_en):
    """`is being sued`: the auxiliaries are no part of the speaker."""
    labelled = label_en("The former mayor is being sued by the council for claiming that the audit was rigged.\n")
    assert labelled.speaker_of("the audit was rigged") == "The former mayor"


def test_a_relative_subject_arrested_for_claiming_reports_to_its_comma(label_en):
    text = "A 40-year-old man, who has been arrested for robbing a pharmacy and claiming he had a gun, apologised.\n"
    labelled = label_en(text)
    assert _reports(labelled) == ["he had a gun"]
    assert labelled.speaker_of("he had a gun") == "who"


def test_thanked_for_saying_goodbye_reports_nothing(label_en):
    """Guard: `for saying` with no clause after it is no report."""
    labelled = label_en("She thanked the nurses for saying goodbye to her mother.\n")
    assert _reports(labelled) == []


def test_who_say_in_the_present_reports_nothing(label_en):
    """Guard: `, who say ...` in the present tells what a group holds, no statement."""
    labelled = label_en("Plans for a dam have alarmed fishing communities downstream, who say the project could cut the river.\n")
    assert _reports(labelled) == []
