"""English bodies found by how a page builds their names (issue 11, en_orgs3 round): a ministry
or a union named by a list of portfolios or trades that no table knows is one ORG, also when the
list comes before the head word and the acronym in brackets shows where the name starts; a name
followed by its acronym without brackets gives two ORGs. A list of people, places or other bodies
after a ministry stays apart. Every sentence is invented."""

from __future__ import annotations

import pytest

AGRICULTURE = "Ministry of Agriculture, Animal Industry and Fisheries"
TOURISM = "Ministry of Tourism, Wildlife and Antiquities"
HEALTH = "Ministry of Health, Community Development, Gender, Elderly and Children"
MECHANISATION = "Ministry of Agriculture, Mechanisation and Irrigation Development"
MEDICINE = "Ministry of Health, Nutrition and Indigenous Medicine"
CLIMATE = "Department of Environment, Climate and Wildlife"
WORKERS = "National Union of Commercial, Industrial and Allied Workers"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (f"The {AGRICULTURE} warned farmers.", AGRICULTURE),
        (f"Rangers of the {TOURISM} opened the park.", TOURISM),
        (f"The {HEALTH} said so.", HEALTH),
        (f"Officials of the {MECHANISATION} came.", MECHANISATION),
        (f"A statement from the {MEDICINE} was read.", MEDICINE),
        (f"The {CLIMATE} said it would plant trees.", CLIMATE),
        (f"Members of the {WORKERS} marched.", WORKERS),
    ],
)
def test_a_body_named_by_unlisted_portfolios_or_trades_is_one_organisation(label_en, text, body):
    assert label_en(text).texts("ORG") == [body]


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("The Ministry of Education, Mary Banda and Peter Phiri attended the event.", ["Ministry of Education"]),
        ("Officials from the Ministry of Health, Lusaka Province and Ndola attended.", ["Ministry of Health"]),
        ("The Ministry of Health, Mr Banda and Ms Phiri spoke.", ["Ministry of Health"]),
        (
            "He thanked the Ministry of Health, World Vision and Save the Children.",
            ["Ministry of Health", "World Vision", "Save the Children"],
        ),
    ],
)
def test_people_places_and_bodies_after_a_ministry_stay_apart(label_en, text, orgs):
    assert label_en(text).texts("ORG") == orgs


def test_a_list_of_trades_before_the_head_is_read_from_the_acronym(label_en):
    result = label_en("The Lusaka Bakers, Millers and Grocers Union (LBMGU) said LBMGU members would strike.")
    assert result.texts("ORG") == ["Lusaka Bakers, Millers and Grocers Union", "LBMGU", "LBMGU"]
    assert result.texts("PERSON") == []


def test_an_acronym_that_leaves_out_a_listed_word_still_finds_the_name(label_en):
    result = label_en("The Tamale Nurses, Midwives and Carers Association (TNCA) met on Friday.")
    assert result.texts("ORG") == ["Tamale Nurses, Midwives and Carers Association", "TNCA"]


def test_a_person_before_a_listed_union_stays_a_person(label_en):
    result = label_en("Officials of Mary Banda, Water and Sanitation Union (WSU) met.")
    assert result.texts("PERSON") == ["Mary Banda"]


def test_a_name_followed_by_its_acronym_without_brackets_gives_two_organisations(label_en):
    result = label_en("The Lusaka Water Supply Authority LWSA has denied the claims.")
    assert result.texts("ORG") == ["Lusaka Water Supply Authority", "LWSA"]


def test_a_place_and_a_body_before_their_acronym_are_one_name(label_en):
    result = label_en("The Tonga Congress of Trade Unions (TCTU) said TCTU would strike.")
    assert result.texts("ORG") == ["Tonga Congress of Trade Unions", "TCTU", "TCTU"]
    assert result.texts("GPE") == []


def test_a_person_before_initials_stays_a_person(label_en):
    result = label_en("Former president Susilo Bambang Yudhoyono (SBY) spoke on Monday.")
    assert result.texts("ORG") == []
