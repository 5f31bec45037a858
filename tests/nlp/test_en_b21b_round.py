"""English round en_b21b, the rest of the twenty-first batch's causes: French, Afrikaans, Italian and
Portuguese small-letter particles (`du`, `des`, `della`, `das`) inside a personal name. Every
sentence is invented."""

from __future__ import annotations


def test_du_joins_a_name(label_en):
    labelled = label_en("The orchard owner Marthinus du Toit said the frost had killed half the blossom.\n")
    assert "Marthinus du Toit" in labelled.texts("PERSON")


def test_della_and_das_join_a_name(label_en):
    labelled = label_en(
        "The architect Carla della Valle met the engineer Joana das Neves at the bridge on Friday.\n"
    )
    persons = labelled.texts("PERSON")
    assert "Carla della Valle" in persons
    assert "Joana das Neves" in persons


def test_a_particle_after_no_name_starts_none(label_en):
    """Guard: a particle starts no name and joins none after a small-letter word."""
    labelled = label_en("The farmers sold the crop du jour at the market in Wellington.\n")
    assert not any(text.startswith("du") for text in labelled.texts("PERSON"))


def test_a_direct_quote_after_that_and_a_comma(label_en):
    labelled = label_en(
        "Transport Minister Dana Kowal visited the depot on Monday. "
        "Kowal promised that, “We will fix every bus before the winter comes.”\n"
    )
    assert labelled.speaker_of("We will fix every bus before the winter comes.") == "Kowal"


def test_that_and_a_comma_before_a_mark_opening_mid_clause_is_no_lead_in(label_en):
    """Guard: a close-slot verb two words before the mark with no `that` between them is no cue."""
    labelled = label_en("The crowd shouted loudly, “Open the gates now for everyone!”\n")
    assert "shouted" not in labelled.texts("CUE")


def test_the_state_style_joins_the_country(label_en):
    labelled = label_en("The State of Qatar has many problems to solve, the hospital director said.\n")
    assert "State of Qatar" in labelled.texts("GPE")


def test_a_state_style_after_of_ends_an_office(label_en):
    """Guard: `Secretary of State of X` keeps the country alone."""
    labelled = label_en("The envoy met the Secretary of State of Qatar in Doha on Monday.\n")
    assert "State of Qatar" not in labelled.texts("GPE")


def test_a_compass_quarter_of_china_is_a_region(label_en):
    labelled = label_en("Heavy rain flooded farms in East China on Friday.\n")
    assert "East China" in labelled.texts("LOC")
    assert "East China" not in labelled.texts("GPE")


def test_a_capitalised_dateline_town_before_its_country_is_a_place(label_en):
    labelled = label_en(
        "By Lena Ortiz\n\nPALOMAR, Costa Rica – The storm that struck the coast on Monday left no one hurt.\n"
    )
    assert "PALOMAR" in labelled.texts("GPE")
    assert "PALOMAR" not in labelled.texts("ORG")
