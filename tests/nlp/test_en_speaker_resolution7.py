"""English speakers that are groups of people named by where they live (issue 11, en_speakers7
round): `Residents of Bhangarpur said ...` names the residents, and the unknown town after `of`,
`in` or `from` is a place, not a person who became the speaker. Invented examples only."""

from __future__ import annotations

import pytest

SAID = "the water had been brown for three weeks"


@pytest.mark.parametrize(
    ("group", "place"),
    [
        ("Residents of", "Bhangarpur"),
        ("Villagers in", "Kalimpur"),
        ("Traders in", "Mbalizi"),
        ("The people of", "Nkhotakota"),
        ("Fishermen from", "Port Loko"),
        ("Inhabitants of", "Outer Ravenfield"),
    ],
)
def test_the_town_of_a_group_is_a_place_and_the_group_is_the_speaker(label_en, group, place):
    result = label_en(f"{group} {place} said {SAID}.\n")
    assert place in result.texts("GPE")
    assert place not in result.texts("PERSON")
    assert result.speaker_of(SAID) == f"{group} {place}"


@pytest.mark.parametrize("person", ["a man", "two women", "the family"])
def test_a_person_from_an_unknown_town_names_a_place(label_en, person):
    text = f"Police said {person} from Old Tarrow had been detained overnight.\n"
    result = label_en(text)
    assert "Old Tarrow" in result.texts("GPE")
    assert "Old Tarrow" not in result.texts("PERSON")


@pytest.mark.parametrize("group", ["The family of", "Supporters of", "Lawyers for"])
def test_a_person_after_a_group_that_is_not_of_a_place_stays_a_person(label_en, group):
    result = label_en(f"{group} Ramesh Taldar said {SAID}.\n")
    assert "Ramesh Taldar" in result.texts("PERSON")


ARRESTED = "We have arrested three men,"


def test_a_list_of_names_and_roles_keeps_its_second_name(label_en):
    result = label_en("John Phiri, Chairman, Mary Tembo, Secretary, and others said the talks had failed.\n")
    assert "Mary Tembo" in result.texts("PERSON")


JAILED = "the two accused were sent to judicial custody"


@pytest.mark.parametrize("rank", ["SDPO", "IIC", "DySP", "Addl SP", "SDM"])
def test_a_place_and_a_rank_by_initials_stay_out_of_the_speaker(label_en, rank):
    result = label_en(f"Ranpur {rank} Mitali Sahoo said {JAILED}.\n")
    assert result.speaker_of(JAILED) == "Mitali Sahoo"
    assert "Mitali Sahoo" in result.texts("PERSON")


def test_a_rank_by_initials_after_said_leaves_the_name_as_speaker(label_en):
    result = label_en(f"“{ARRESTED}” said Ziro SDPO Tage Rinya.\n")
    assert result.speaker_of(ARRESTED) == "Tage Rinya"


MONEY = "the town needed more money for its levees"


@pytest.mark.parametrize("title", ["Gov.", "Sen.", "Rep.", "Rev.", "Atty.", "Cpl."])
def test_a_dotted_title_inside_the_clause_leaves_the_first_subject_as_speaker(label_en, title):
    text = f"Mayor Tom Wexler voiced cautious hope after meeting with {title} Alan Brisk on Tuesday, but said {MONEY}.\n"
    assert label_en(text).speaker_of(MONEY) == "Tom Wexler"


def test_a_dotted_title_opens_no_sentence_but_a_full_stop_before_a_name_still_does():
    from annotator.nlp.text.sentences import sentences

    text = "Wexler met Gov. Alan Brisk on Tuesday. Brisk said little."
    pieces = [text[a:b].strip() for a, b in sentences(text, "en")]
    assert pieces == ["Wexler met Gov. Alan Brisk on Tuesday.", "Brisk said little."]
