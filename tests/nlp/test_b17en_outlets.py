"""English ORG recall on news outlets named in a story's body (b17en round): the world's
English-language newspapers, broadcasters and news sites come from a table of knowledge
(``outlets.txt``), every region alike, with mastheads that are common words left out. Every
sentence is invented."""

from __future__ import annotations


def test_outlets_named_in_the_body_are_org(label_en):
    result = label_en(
        "The minister told Nyasa Times that the talks had failed, while Kaieteur News and the "
        "Solomon Star carried the same report on Monday."
    )
    assert result.texts("ORG") == ["Nyasa Times", "Kaieteur News", "Solomon Star"]
    assert result.texts("PERSON") == []


def test_outlet_with_a_region_in_its_name_is_not_a_place(label_en):
    result = label_en("Reporters of FrontPage Africa were summoned, the editor told The Canadian Press.")
    assert result.texts("ORG") == ["FrontPage Africa", "The Canadian Press"]
    assert result.texts("LOC") == []


def test_outlets_of_other_regions(label_en):
    result = label_en(
        "The Kathmandu Post, the Winnipeg Free Press and the Irish Examiner all asked the ministry "
        "for comment."
    )
    assert result.texts("ORG") == ["The Kathmandu Post", "Winnipeg Free Press", "Irish Examiner"]
    assert result.texts("GPE") == []


def test_mastheads_that_are_common_words_stay_out(label_en):
    result = label_en("Dawn broke over the harbour and the nation waited for the star to speak.")
    assert result.texts("ORG") == []


def test_irish_counties_after_co_are_places(label_en):
    result = label_en(
        "The hearing in Co Wexford was adjourned, and a second case in County Kerry was sent to "
        "Kilkenny."
    )
    assert result.texts("GPE") == ["Co Wexford", "County Kerry", "Kilkenny"]
    assert result.texts("PERSON") == []
