"""English speech participles (issue 11, en_particip1): a participle with `that` opening a sentence
whose subject speaks through no other verb (`Noting that [...], the ministry criticised ...`), a
title before the name after such an opening, `whilst` before a participle, and a participle whose
object is a noun phrase (`, noting the damage to the bridge`, `, claiming the title`), which
reports nothing. Invented examples only."""

from __future__ import annotations


def _indirect(labelled) -> list[str]:
    return labelled.texts("QUOTE", type="indirect")


def test_opening_participle_with_no_other_report(label_en):
    labelled = label_en("Noting that the budget had been cut twice, the ministry criticised the council for the delays.\n")
    assert _indirect(labelled) == ["the budget had been cut twice"]
    assert labelled.cue_of("the budget had been cut twice") == "Noting"
    assert labelled.speaker_of("the budget had been cut twice") == "the ministry"


def test_opening_claiming_before_a_walkout(label_en):
    labelled = label_en("Claiming that the vote was rigged, the opposition walked out of the chamber.\n")
    assert labelled.speaker_of("the vote was rigged") == "the opposition"


def test_opening_participle_before_a_titled_name(label_en):
    labelled = label_en("Noting that the road was closed, Mayor Ann Keller said buses would run on Sunday.\n")
    assert labelled.speaker_of("the road was closed") == "Ann Keller"
    assert labelled.speaker_of("buses would run on Sunday") == "Ann Keller"


def test_opening_participle_guard_no_comma(label_en):
    """Guard: a gerund subject with no comma and no speaker after it reports nothing."""
    labelled = label_en("Saying that the roads were safe does not make them safe for children.\n")
    assert _indirect(labelled) == []


def test_opening_participle_guard_no_act_of_speech(label_en):
    """Guard: `Noting that` before a plain act of the subject (no verb of speech, a participle that may
    be only noticing) reports nothing."""
    labelled = label_en("Noting that the river had risen overnight, the villagers moved their cattle uphill.\n")
    assert _indirect(labelled) == []


def test_opening_participle_guard_relative_inside(label_en):
    """Guard: a relative clause inside the opening report is no speaker; the subject after it is."""
    labelled = label_en(
        "Arguing that the plan, which was drawn up in May, had failed, the union called a strike on Friday.\n"
    )
    assert labelled.speaker_of("the plan, which was drawn up in May, had failed") == "the union"


def test_whilst_before_a_participle(label_en):
    labelled = label_en("“We will appeal,” the minister said whilst highlighting that the court had made errors.\n")
    assert labelled.speaker_of("the court had made errors") == "the minister"
    assert labelled.cue_of("the court had made errors") == "highlighting"


def test_while_before_a_participle_still_reports(label_en):
    """Guard: `while` as before."""
    labelled = label_en("“We will appeal,” the minister said while noting that the court had made errors.\n")
    assert labelled.speaker_of("the court had made errors") == "the minister"


def test_noting_a_noun_phrase_is_no_report(label_en):
    labelled = label_en("The governor visited the flooded town on Sunday, noting the damage to the bridge.\n")
    assert _indirect(labelled) == []


def test_claiming_a_title_is_no_report(label_en):
    labelled = label_en("The team won the final on Saturday, claiming the title for the third time.\n")
    assert _indirect(labelled) == []


def test_claiming_a_clause_without_that_still_reports(label_en):
    """Guard: a clause with a finite verb after the participle, no `that`, is still the report."""
    labelled = label_en("The unions walked out of the talks, claiming the offer was a sham.\n")
    assert labelled.speaker_of("the offer was a sham") == "The unions"
    assert labelled.cue_of("the offer was a sham") == "claiming"


def test_arguing_with_is_no_report(label_en):
    """Guard: `arguing with` someone is no speech report."""
    labelled = label_en("The two men were arguing with the guard when police arrived.\n")
    assert _indirect(labelled) == []


def test_two_names_before_a_participle_are_one_speaker(label_en):
    labelled = label_en("Ann Pike and Tom Reed left the meeting early, claiming that the chair had ignored them.\n")
    assert labelled.speaker_of("the chair had ignored them") == "Ann Pike and Tom Reed"


def test_a_list_of_names_before_a_participle_is_one_speaker(label_en):
    labelled = label_en(
        "Ann Pike, Tom Reed, Sara Lowe and John Hart left the meeting early, claiming the chair had ignored them.\n"
    )
    assert labelled.speaker_of("the chair had ignored them") == "Ann Pike, Tom Reed, Sara Lowe and John Hart"


def test_a_list_of_names_before_said_is_one_speaker(label_en):
    labelled = label_en("Ann Pike, Tom Reed, Sara Lowe and John Hart said the chair had ignored them.\n")
    assert labelled.speaker_of("the chair had ignored them") == "Ann Pike, Tom Reed, Sara Lowe and John Hart"


def test_one_name_before_a_participle_stays_alone(label_en):
    """Guard: one subject name, and a name in the object, are no list."""
    labelled = label_en("Ann Pike met Tom Reed and Sara Lowe on Monday, claiming that the chair had ignored them.\n")
    assert labelled.speaker_of("the chair had ignored them") == "Ann Pike"


def test_names_listed_as_objects_are_no_speaker(label_en):
    """Guard: people named after the verb (`Police arrested A, B and C`) do not speak."""
    labelled = label_en("Police said they arrested Ann Pike, Tom Reed and Sara Lowe on Monday.\n")
    assert labelled.speaker_of("they arrested Ann Pike, Tom Reed and Sara Lowe on Monday") == "Police"
