"""English indirect speech on unseen newsrooms (issue 11, en_indirect10 round): reporting verbs of
wire, Gulf, South Asian and court English that the cue lexicon lacked (`indicated that`, `opined
that`, `mentioned that`, `observed that`, `upheld that`), and an inverted report whose speaker is
followed by where or when it was said (`..., said the police spokesman at the media briefing held on
Friday.`). Invented examples only."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "cue", "clause", "speaker"),
    [
        (
            "The finance minister indicated that the deficit would narrow to four percent next year.",
            "indicated",
            "the deficit would narrow to four percent next year",
            "The finance minister",
        ),
        (
            "He opined that the provincial councils had lost the trust of voters.",
            "opined",
            "the provincial councils had lost the trust of voters",
            "He",
        ),
        (
            "The harbour master mentioned that two trawlers were still unaccounted for.",
            "mentioned",
            "two trawlers were still unaccounted for",
            "The harbour master",
        ),
        (
            "The bench observed that the petitioner had not exhausted other remedies.",
            "observed",
            "the petitioner had not exhausted other remedies",
            "The bench",
        ),
        (
            "The governor indicated the new tariffs would take effect in March.",
            "indicated",
            "the new tariffs would take effect in March",
            "The governor",
        ),
        (
            "The senator upheld that every district deserved its own clinic.",
            "upheld",
            "every district deserved its own clinic",
            "The senator",
        ),
    ],
)
def test_reporting_verbs_of_wire_and_regional_english(label_en, sentence, cue, clause, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == cue
    assert result.speaker_of(clause) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The survey indicated a sharp rise in rents across the valley.",
        "Mourners observed a minute of silence for the drowned fishermen.",
        "She mentioned the flooded bridge in her speech to the council.",
        "The appeals court upheld the verdict against the two smugglers.",
    ],
)
def test_the_same_verbs_with_an_object_are_no_report(label_en, sentence):
    assert label_en(sentence).texts("QUOTE", type="indirect") == []


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        (
            "The river had burst its banks overnight, said the district officer during a briefing on Tuesday.",
            "The river had burst its banks overnight",
            "the district officer",
        ),
        (
            "Stolen cattle will be returned to their owners, said the police spokesman Inspector Pradeep Mendis "
            "at the media conference held at the Media Centre yesterday.",
            "Stolen cattle will be returned to their owners",
            "Pradeep Mendis",
        ),
        (
            "Investigations are continuing, revealed the police spokesman during the press briefing on Friday.",
            "Investigations are continuing",
            "the police spokesman",
        ),
        (
            "The ferry terminal will reopen next week, said Mr Lim when met by reporters after the ceremony.",
            "The ferry terminal will reopen next week",
            "Lim",
        ),
    ],
)
def test_an_occasion_after_a_closing_speaker_keeps_the_report_before_the_verb(label_en, sentence, clause, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == speaker


def test_a_participle_after_a_closing_role_reports_more_of_the_same_speaker(label_en):
    sentence = "The gunman had fled across the border, said the police chief, adding that a manhunt was under way."
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == ["The gunman had fled across the border", "a manhunt was under way"]
    assert result.speaker_of("The gunman had fled across the border") == "the police chief"
    assert result.speaker_of("a manhunt was under way") == "the police chief"



@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        (
            "The ferry had capsized near the harbour mouth, Lina Wong, a spokeswoman for the marine department, "
            "said in a text message.",
            "The ferry had capsized near the harbour mouth",
            "Lina Wong",
        ),
        (
            "Two soldiers were killed in the ambush, Colonel Ramon Cruz, an army spokesman, said at a briefing on Monday.",
            "Two soldiers were killed in the ambush",
            "Ramon Cruz",
        ),
    ],
)
def test_a_closing_name_and_apposition_then_an_occasion(label_en, sentence, clause, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == speaker


def test_an_occasion_then_a_participle_after_a_closing_apposition(label_en):
    sentence = (
        "Two soldiers were killed in the ambush, Colonel Ramon Cruz, an army spokesman, said in a statement, "
        "adding that the attackers fled into the forest."
    )
    result = label_en(sentence)
    reports = ["Two soldiers were killed in the ambush", "the attackers fled into the forest"]
    assert result.texts("QUOTE", type="indirect") == reports
    assert result.speaker_of("the attackers fled into the forest") == "Ramon Cruz"


def test_a_report_after_the_occasion_is_still_the_report(label_en):
    sentence = "Lina Wong, a spokeswoman for the marine department, said in a text message the ferry had capsized."
    assert label_en(sentence).texts("QUOTE", type="indirect") == ["the ferry had capsized"]


@pytest.mark.parametrize(
    "role",
    [
        "official representative of the Foreign Ministry",
        "spokesman of the Interior Ministry",
        "official for the harbour authority",
    ],
)
def test_a_role_of_a_unit_before_a_closing_name_then_an_occasion(label_en, role):
    sentence = f"The grain ships were held up by mines in the port, {role} Maria Petrova said at a briefing in the capital."
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == ["The grain ships were held up by mines in the port"]
    assert result.speaker_of("The grain ships were held up by mines in the port") == "Maria Petrova"
