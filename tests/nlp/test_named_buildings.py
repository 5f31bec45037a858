"""Buildings, venues and grounds named after someone or something (facility tails completed from
knowledge, en_precision round): neither the building nor the name in it is tagged, while the
people and places beside it still are. Invented sentences."""

from __future__ import annotations


def test_a_name_run_ending_in_a_building_word_is_no_person(label_en):
    result = label_en(
        "The hearing moved from Westbridge Courthouse to the Harriet Okonjo Memorial Library, "
        "and the film was shown at the Liberty Occupation Museum, said Daniel Mensah."
    )
    assert result.texts("PERSON") == ["Daniel Mensah"]
    assert result.texts("ORG") == []


def test_a_name_before_a_hotel_square_or_palace_is_held(label_en):
    result = label_en(
        "Guests fled the Coral Sunrise Hotel as crowds filled the Golden Eagle Square near the "
        "Amina Yusuf Palace, Peter Okafor said."
    )
    assert result.texts("PERSON") == ["Peter Okafor"]


def test_a_person_who_merely_stands_before_a_building_word_elsewhere_is_kept(label_en):
    result = label_en("Maria Lopez said the Seaview Building was closed, and Maria Lopez left.")
    assert result.texts("PERSON") == ["Maria Lopez", "Maria Lopez"]


def test_the_parliament_building_is_no_body_but_the_parliament_is(label_en):
    result = label_en("Youths gathered outside Parliament House in Kavala, and Parliament later debated the matter.")
    assert result.texts("ORG") == ["Parliament"]
