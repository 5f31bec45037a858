"""English organisation speakers resolved by the type their noun names (issue 11, en_speakers6
round): `the ministry`, `the police`, `the court` point back only at an organisation whose name
holds that noun, never at the last organisation of another type; a descriptive noun (`the
agency`) may still stand for any organisation named before. Invented examples only."""

from __future__ import annotations

import pytest

SAID = "the new rules would apply from Monday"


@pytest.mark.parametrize("speaker", ["The ministry", "The police", "The court", "The department"])
def test_a_type_noun_no_name_holds_is_left_unresolved(label_en, speaker):
    text = f"The Fisheries Authority closed three landing sites on Tuesday after a cholera outbreak.\n\n{speaker} said {SAID}."
    assert label_en(text).resolved_speaker_of(SAID) == speaker


@pytest.mark.parametrize(
    ("named", "speaker"),
    [
        ("the Ministry of Fisheries", "The ministry"),
        # `The police` after `the Fisheries Police Unit` is the force at large (en_coref3,
        # tests/nlp/test_en_coref3_police.py), as the real pages annotate it.
        ("the Fisheries Police Command", "The command"),
    ],
)
def test_a_type_noun_points_back_at_the_name_that_holds_it(label_en, named, speaker):
    text = (
        f"The Fisheries Authority and {named} closed three landing sites on Tuesday after a cholera outbreak.\n\n"
        f"{speaker} said {SAID}."
    )
    assert label_en(text).resolved_speaker_of(SAID) != speaker


def test_a_descriptive_noun_still_points_back_at_the_last_organisation(label_en):
    text = f"The Fisheries Authority closed three landing sites on Tuesday after a cholera outbreak.\n\nThe agency said {SAID}."
    assert label_en(text).resolved_speaker_of(SAID) == "Fisheries Authority"


ARRESTED = "it has arrested four suspected cattle thieves"


@pytest.mark.parametrize("seat", ["Kwara", "Benue", "Akwa Ibom"])
def test_an_organisation_seat_after_in_is_a_place_not_the_speaker(label_en, seat):
    text = f"The Police Command in {seat} said {ARRESTED}.\n"
    result = label_en(text)
    assert result.speaker_of(ARRESTED) == "Police Command"
    assert seat in result.texts("GPE")


@pytest.mark.parametrize(
    "dateline",
    ["Jos, March 3, 2023 (NAN)", "Pune, Oct. 9 (PTI)", "Chennai [India], June 21 (ANI):", "Gaya, Feb 2 (IANS)"],
)
def test_a_wire_dateline_without_a_dash_is_furniture_not_part_of_the_speaker(label_en, dateline):
    text = f"{dateline} The State Fire Service says {ARRESTED}.\n"
    result = label_en(text)
    assert dateline in result.texts("FURNITURE")
    assert result.speaker_of(ARRESTED) in ("State Fire Service", "The State Fire Service")


def test_a_sentence_opening_with_a_place_and_a_date_is_no_dateline(label_en):
    text = f"Lagos, May 3 was a quiet day, and the State Fire Service said {ARRESTED}.\n"
    assert label_en(text).texts("FURNITURE") == []


@pytest.mark.parametrize("rank", ["Asst Comm", "Snr Asst Comm", "Dep Comm", "Spt", "Det Insp", "Snr Supt"])
def test_an_abbreviated_rank_stays_out_of_the_speaker_and_its_name(label_en, rank):
    text = f"Police spokesperson {rank} Grace Tembo said the two suspects were held in Mutare.\n\n{rank} Tembo said {ARRESTED}.\n"
    result = label_en(text)
    assert result.speaker_of(ARRESTED) == "Tembo"
    assert result.resolved_speaker_of(ARRESTED) == "Grace Tembo"
