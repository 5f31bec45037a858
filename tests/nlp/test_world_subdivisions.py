"""Every country's first-level subdivisions as English places (pycountry), guarded against words,
given names, surnames and compass words; the Arab states' governorates in news spelling; `St X`
parishes where the text names their country; places whose names open with a small letter
(`eSwatini`). Invented sentences."""

from __future__ import annotations

from annotator.nlp.entities.places.entity_gazetteers import package_places
from annotator.nlp.entities.places.lower_initial_places import lower_initial_shape
from annotator.nlp.entities.places.world_subdivisions import news_form


def test_every_countrys_subdivisions_are_english_places():
    places = package_places("en")
    for name in ("Nangarhar", "Ogun", "Chubut", "Guanacaste", "Oaxaca", "Kagera", "Guangdong", "Gyeonggi", "Taranaki"):
        assert places.get(name) == "GPE", name


def test_gulf_governorates_in_news_spelling():
    places = package_places("en")
    for name in ("Muharraq", "Capital Governorate", "Dhofar", "Farwaniya", "Nineveh", "Hodeidah"):
        assert places.get(name) == "GPE", name
    assert "Dubayy" not in places and "Ash Shamaliyah" not in places  # ISO's romanised Arabic


def test_subdivisions_that_are_words_names_or_directions_stay_out():
    places = package_places("en")
    for name in ("Plateau", "Rivers", "Mary", "Nelson", "Mendoza", "Zaire", "Bayern", "Lazio", "North Bank"):
        assert name not in places, name  # words, given names, surnames, clubs, common words only
    for name in ("Norte", "Sud-Ouest", "Centre-Nord"):
        assert name not in places, name  # compass words only
    assert "Yamaguchi" not in places  # Japan's prefectures are surnames too


def test_iso_type_words_are_cut():
    words = ["Sheng", "Zizhiqu", "Uygur", "-do"]
    assert news_form("Xinjiang Uygur Zizhiqu", words) == "Xinjiang"
    assert news_form("Gyeonggi-do", words) == "Gyeonggi"
    assert news_form("Sheng", words) == "Sheng"  # never to nothing
    assert news_form("Kosheng", words) == "Kosheng"  # a type word stands alone


def test_provinces_of_unpicked_countries_in_a_sentence(label_en):
    result = label_en("Floods cut roads across Nangarhar and Ogun on Monday, officials said.")
    assert "Nangarhar" in result.texts("GPE")
    assert "Ogun" in result.texts("GPE")


def test_a_saint_parish_where_the_text_names_its_country(label_en):
    result = label_en("Two men were held in St Catherine and St. Elizabeth, the Jamaica police said on Friday.")
    assert "St Catherine" in result.texts("GPE")
    assert "St. Elizabeth" in result.texts("GPE")


def test_a_saint_is_no_parish_without_its_country_or_before_a_name(label_en):
    result = label_en("Mourners gathered at St James Church and later at St Catherine in the evening.")
    assert "St Catherine" not in result.texts("GPE")  # no parish country named
    result = label_en("In Jamaica, pupils of St Andrew High School and St Ann's Bay sang.")
    assert "St Andrew" not in result.texts("GPE")
    assert "St Ann" not in result.texts("GPE")


def test_names_opening_with_a_small_letter(label_en):
    assert lower_initial_shape("eSwatini") and lower_initial_shape("kwaZulu-Natal")
    assert not lower_initial_shape("iPhone7") and not lower_initial_shape("said")
    result = label_en("The king of eSwatini visited eThekwini and uMhlathuze last week.")
    for name in ("eSwatini", "eThekwini", "uMhlathuze"):
        assert name in result.texts("GPE"), name
