"""South Asia's districts as English places (``en/south_asian_districts.toml``): the unambiguous
ones everywhere, the ambiguous ones only where the text names their country; names that are
words, given names or peoples stay out. Invented sentences."""

from __future__ import annotations

from annotator.nlp.entities.places.entity_gazetteers import package_places
from annotator.nlp.resources import read_toml


def test_districts_of_the_five_countries_are_english_places():
    places = package_places("en")
    for name in ("Sheikhupura", "Bhagalpur", "Kurnool", "Kanchanpur", "Dera Ismail Khan", "Lakhimpur Kheri"):
        assert places.get(name) == "GPE", name
    for name in ("Barisal", "Chittagong", "Bogra", "Kegalle", "Mullaitivu"):  # the older news spellings
        assert places.get(name) == "GPE", name


def test_words_names_and_peoples_stay_out():
    places = package_places("en")
    table = read_toml("en", "south_asian_districts.toml")
    listed = {name for country in table.values() for key in ("districts", "with_country") for name in country[key]}
    for name in ("Sagar", "Anand", "Hassan", "Swat", "Tank", "Mohmand", "Gorkha", "Mustang", "Una", "Salem"):
        assert name not in listed, name
    for name in ("Banda", "Basti", "Jhang", "Bagh"):
        assert name not in places, name  # only with their country (below)


def test_a_district_before_a_verb_or_a_police_force(label_en):
    result = label_en("Officials in Gorakhpur and Bhagalpur said the roads were closed.")
    assert "Bhagalpur" in result.texts("GPE")
    assert "Bhagalpur" not in result.texts("PERSON")
    result = label_en("Sialkot and Narowal police arrested four men on Tuesday.")
    assert "Narowal" in result.texts("GPE")


def test_an_ambiguous_district_where_the_text_names_its_country(label_en):
    result = label_en("Two brothers from Jhang were held in Punjab, the Pakistan police said.")
    assert "Jhang" in result.texts("GPE")
    result = label_en("Two brothers from Jhang were held on Monday, the police said.")
    assert "Jhang" not in result.texts("GPE")  # no country named


def test_an_ambiguous_district_inside_a_name_stays_out(label_en):
    result = label_en("Grace Banda met Indian traders in Lilongwe before the talks at Shaheen Bagh.")
    assert "Banda" not in result.texts("GPE")
    assert "Bagh" not in result.texts("GPE")
