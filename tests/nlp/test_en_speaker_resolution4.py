"""English speakers resolved to a name across newsrooms (issue 11, en_speakers4 round): a portfolio
of several words between `Minister of` and the name, a `he said` after a document spoke (a report
stands for no one, so the pronoun goes back to the person who spoke before), a `he said` after a
newcomer, a crosshead and a paragraph carrying on with `He`, and a quote paragraph after a closed
quote paragraph that got its speaker from the sentence before it, and councillors' abbreviated
titles (`Coun.`, `Cllr`) kept out of the name, and a role after the clause's last comma as the
subject rather than a person named in the adjunct before it. Invented examples only."""

from __future__ import annotations

import pytest

QUOTE = "There is no record of any such eviction,"


@pytest.mark.parametrize("portfolio", ["Government Communication", "Communication", "Information and Communication"])
def test_a_multi_word_portfolio_is_no_part_of_the_name(label_en, portfolio):
    text = (
        f"Minister of {portfolio} Samir Haddad Thursday said the budget talks were over.\n\n"
        f"“{QUOTE}” Haddad said."
    )
    result = label_en(text)
    assert "Samir Haddad" in result.texts("PERSON")
    assert result.resolved_speaker_of(QUOTE) == "Samir Haddad"


@pytest.mark.parametrize("document", ["The media report", "The statement", "A police report"])
def test_he_after_a_document_speaker_goes_back_to_the_person_who_spoke(label_en, document):
    text = (
        "Police Commissioner Mark Linden has rejected claims that officers joined an eviction.\n\n"
        "“It is irresponsible to publish this without checking,” he said.\n\n"
        f"{document} said officers had taken part in an eviction near the river.\n\n"
        f"“{QUOTE}” he said."
    )
    assert label_en(text).resolved_speaker_of(QUOTE) == "Mark Linden"



@pytest.mark.parametrize("between", ["New chapter\n\n", "He has passed several measures on parking.\n\n", ""])
def test_he_after_a_newcomer_passes_over_a_crosshead_and_a_carrying_on_paragraph(label_en, between):
    text = (
        "Vice Mayor Edwin Castro thanked the members for their work since 2013.\n\n"
        "“I am very proud of this council,” he said during the last session.\n\n"
        "Among the measures they passed, Castro said, was an investment code.\n\n"
        "Councilor Ramon Reyes, who spoke first, thanked the voters for allowing him to serve.\n\n"
        f"{between}"
        f"“{QUOTE}” he said."
    )
    assert label_en(text).resolved_speaker_of(QUOTE) == "Ramon Reyes"


def test_he_after_a_paragraph_about_someone_else_still_means_the_last_speaker(label_en):
    text = (
        "Inspector Paul Mensah said the suspect was arrested at the border.\n\n"
        "“We will question him tomorrow,” Mensah said.\n\n"
        "He has worked at the station for ten years.\n\n"
        f"“{QUOTE}” he said."
    )
    assert label_en(text).resolved_speaker_of(QUOTE) == "Paul Mensah"


def test_a_quote_paragraph_after_a_closed_quote_paragraph_continues_its_speaker(label_en):
    text = (
        "“Every day the feeling gets worse,” said Lorna Gale, sister of the deceased.\n\n"
        "Lorna further explained that she took her sister to the doctor. “She slept all day Tuesday.”\n\n"
        "“I woke her on Wednesday and gave her some tea.”"
    )
    result = label_en(text)
    assert result.speaker_of("She slept all day Tuesday.") == "Lorna"
    assert result.resolved_speaker_of("I woke her on Wednesday and gave her some tea.") == "Lorna Gale"


@pytest.mark.parametrize(("title", "name"), [("Coun.", "Rebecca Lund"), ("Cllr", "Mary Doyle"), ("Cllr.", "Sean Walsh")])
def test_a_councillors_abbreviated_title_is_no_part_of_the_speaker(label_en, title, name):
    text = f"“{QUOTE}” said {title} {name}, who chairs the housing committee."
    result = label_en(text)
    assert result.speaker_of(QUOTE) == name
    assert name in result.texts("PERSON")


@pytest.mark.parametrize(
    "opening",
    [
        "Following the arrest of Peter Okafor on Monday, the police spokesman",
        "In the story, about the arrest of Jameson Tomba, a minister in Morgan Tsvara's office, the newspaper",
        "Hours after the Special Investigation Team secured custody of Peter Okafor, the senior officer",
    ],
)
def test_a_role_after_the_last_comma_is_the_subject_not_the_person_before_it(label_en, opening):
    reported = "more suspects were being sought"
    text = f"Police Inspector Ravi Menon spoke to reporters in the capital.\n\n{opening} said {reported}."
    result = label_en(text)
    speaker = result.speaker_of(reported)
    assert speaker is not None and speaker.split()[-1] in {"spokesman", "newspaper", "officer"}
    assert result.resolved_speaker_of(reported) not in {"Peter Okafor", "Jameson Tomba", "Morgan Tsvara"}


def test_an_apposition_closed_by_a_comma_keeps_the_name_as_the_subject(label_en):
    reported = "the suspect had confessed during interrogation"
    text = f"Deputy police chief Somchai Preecha, the officer leading the investigation, told reporters that {reported}."
    assert label_en(text).speaker_of(reported) == "Somchai Preecha"
