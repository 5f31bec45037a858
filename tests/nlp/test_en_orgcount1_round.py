"""English places and bodies counted on unseen pages (issue 11, en_orgcount1 round): a Nigerian local
government area with its unit's words, `City` after a known city, a role's acronym after `the`, and
the criminal investigation departments named by acronym. Every sentence is invented."""

from __future__ import annotations

import pytest

# --- a local government area is one GPE with its unit's words -------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Two farmers were killed in Ogbadu Local Government Area on Sunday.", "Ogbadu Local Government Area"),
        ("The chairman of Kaduna South Local Government Area, Musa Bello, resigned.", "Kaduna South Local Government Area"),
        ("Flooding hit Ise-Orun Local Government Area overnight.", "Ise-Orun Local Government Area"),
        ("Traders in Ikosi Local Council Development Area protested.", "Ikosi Local Council Development Area"),
    ],
)
def test_a_local_government_area_is_one_gpe(label_en, text, place):
    assert place in label_en(text).texts("GPE")


def test_a_known_place_grows_over_the_unit(label_en):
    result = label_en("The herders fled to Lafia Local Government Area after the attack.")
    assert result.texts("GPE") == ["Lafia Local Government Area"]


def test_the_unit_alone_is_no_place(label_en):  # a guard: no name before the unit
    assert label_en("The Local Government Area chairman spoke to reporters.").texts("GPE") == []


def test_a_headline_word_stays_out_of_the_area(label_en):  # a guard: the name's words only
    result = label_en("Gunmen Kill Three In Ogbadu Local Government Area\n\nThe police confirmed the attack.")
    assert "Gunmen Kill Three In Ogbadu Local Government Area" not in result.texts("GPE")


# --- `City` after a known city is part of its name --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Floods reached Cao Bang City on Sunday night.", "Cao Bang City"),
        ("The boat left Zamboanga City for Jolo at dawn.", "Zamboanga City"),
    ],
)
def test_city_after_a_known_city_is_part_of_it(label_en, text, place):
    assert place in label_en(text).texts("GPE")


def test_city_before_small_letter_police_stays_out(label_en):  # a guard: the force's place alone
    result = label_en("Officers said Cao Bang City police arrested two men on Friday.")
    assert "Cao Bang City" not in result.texts("GPE")


def test_a_city_named_with_its_word_is_unchanged(label_en):  # a guard: the scan's name kept
    assert "Mexico City" in label_en("Thousands marched in Mexico City on Sunday.").texts("GPE")


# --- a role's acronym after `the` names the holder, no body -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The CP said the suspects would be charged on Monday.",
        "The suspects were paraded, the PRO said in Minna.",
        "The PPRO added that the victim was stable.",
    ],
)
def test_a_role_acronym_after_the_is_no_body(label_en, text):
    assert label_en(text).texts("ORG") == []


def test_a_defined_party_acronym_stays_a_body(label_en):  # a guard: a defined acronym spreads
    result = label_en("The Democratic Progressive Party (DPP) met in Zomba. The DPP said it would appeal.")
    assert result.texts("ORG").count("DPP") == 2


def test_an_unknown_acronym_after_the_stays_a_body(label_en):  # a guard: the rule itself holds
    assert "KPTU" in label_en("Members of the KPTU marched on Friday.").texts("ORG")


# --- criminal investigation departments named by acronym --------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The suspects were moved to SCID for further investigation.", "SCID"),
        ("The case file was sent to the FCID in Abuja.", "FCID"),
    ],
)
def test_a_criminal_investigation_department_is_a_body(label_en, text, body):
    assert body in label_en(text).texts("ORG")
