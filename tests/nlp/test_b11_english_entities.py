"""English entity classes seen on the eleventh batch's pages (Jordan, Kenya, Ireland, Nigeria) and
fresh probes, each on invented sentences: a budget's year, Ireland's
police words, a law's title read as a name, a page box's heading."""

from __future__ import annotations


def test_end_of_an_unanchored_period_is_no_date(label_en):
    result = label_en("The camps will close by the end of the week.")
    assert result.texts("DATE") == []


def test_a_budget_year_is_no_date(label_en):
    result = label_en("The draft plan for the fiscal year 2026 was sent to the council on Monday.")
    assert result.texts("DATE") == ["Monday"]


def test_irish_police_words_are_no_names(label_en):
    result = label_en(
        "Gardaí were called to the scene. Garda Sgt Nora Keane told the court that An Garda Síochána "
        "had opened an inquiry, and Det Garda Liam Daly agreed."
    )
    assert result.texts("PERSON") == ["Nora Keane", "Liam Daly"]
    assert result.texts("ORG") == ["An Garda Síochána"]


def test_a_law_title_with_small_words_is_no_name(label_en):
    result = label_en("He was charged under the Cruel Treatment Against the Animal Act, Tom Reilly said.")
    assert result.texts("PERSON") == ["Tom Reilly"]


def test_a_page_box_heading_is_no_place(label_en):
    result = label_en("In Summary\n  • Rains displaced hundreds of families.\nThe rains hit Kisumu on Friday.")
    assert result.texts("GPE") == ["Kisumu"]


def test_a_news_agency_named_after_the_words_news_agency(label_en):
    result = label_en("The talks ended, the state news agency Lira reported, citing the Ruritania News Agency, Delta.")
    assert result.texts("ORG") == ["Lira", "Ruritania News Agency", "Delta"]


def test_a_name_after_a_news_agency_phrase_and_a_comma_stays_a_person(label_en):
    result = label_en("He told the news agency, Omar Haddad said.")
    assert result.texts("PERSON") == ["Omar Haddad"]
