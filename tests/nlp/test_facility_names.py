"""Places and bodies inside a facility's name (entity_bodies: ``facility`` for a name after its
facility word, ``named_facility`` for a name before it); invented sentences."""

from __future__ import annotations


def test_a_place_that_opens_a_facility_name_is_not_tagged(label_en):
    result = label_en("The final was played at Shah Alam Stadium, and two men are held in Guantanamo Bay Prison.")
    assert result.texts("GPE") == result.texts("LOC") == result.texts("PERSON") == []


def test_ports_and_palaces_are_facilities(label_en):
    result = label_en("Ferries left Harbour Bay International Port, near Merdeka Palace.")
    assert result.texts("ORG") == []
    assert result.texts("PERSON") == []


def test_markets_and_stadiums_hold_the_places_in_their_names(label_id):
    result = label_id(
        "Pedagang di Pasar Induk Kramat Jati dan Pasar Bolu Bantul mengeluh, sedangkan laga digelar di "
        "Stadion Gelora Sleman, Kabupaten Sleman."
    )
    assert result.texts("GPE") == ["Kabupaten Sleman"]
    assert result.texts("PERSON") == []


def test_a_place_before_a_facility_word_in_an_indonesian_text(label_id):
    result = label_id("Laga itu digelar di Sleman Stadium, Kabupaten Sleman.")
    assert result.texts("GPE") == ["Kabupaten Sleman"]
    assert result.texts("PERSON") == []


def test_a_body_named_in_a_facility_of_an_indonesian_text_is_tagged(label_id):
    result = label_id("Rapat digelar di Telkom Tower, Jakarta.")
    assert result.texts("ORG") == ["Telkom"]
    assert result.texts("GPE") == ["Jakarta"]


def test_a_body_whose_own_name_ends_in_a_facility_word(label_en):
    result = label_en("Kuala Lumpur City Hall (DBKL) did not reply.")
    assert result.texts("ORG") == ["Kuala Lumpur City Hall", "DBKL"]
