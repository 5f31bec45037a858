"""English places found from their frame (issue 11, en_names10 round): a state named by its style
(`the Republic of Cyprus`, `Benin Republic`), where someone lives or comes from (`a man from X`,
`Name, 30, of X`, `X compound`, `X gewog`). Every sentence is invented; the place names are made up
or were seen on no page."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("He said the laws of the Republic of Ghana forbid it.", "Republic of Ghana"),
        ("Envoys of the Kingdom of Tonga arrived on Monday.", "Kingdom of Tonga"),
        ("Followers of the Sultanate of Sulu crossed the sea.", "Sultanate of Sulu"),
        ("The President of the Republic said the Republic of Cyprus was ready.", "Republic of Cyprus"),
        ("The team flew to Benin Republic on Monday.", "Benin Republic"),
        ("He said the Squirrels of Benin Republic were a good side.", "Benin Republic"),
    ],
)
def test_a_state_named_by_its_style_is_one_place(label_en, text, place):
    assert label_en(text).texts("GPE") == [place]


def test_an_adjective_before_the_style_leaves_the_place_alone(label_en):
    """Guard: the rule does not decide whether `Islamic` opens the state's name."""
    result = label_en("Envoys of the Islamic Republic of Iran met the minister.")
    assert result.texts("GPE") == ["Iran"]


def test_a_style_word_without_a_place_is_no_place(label_en):
    """Guard: `the President of the Republic` names no place."""
    result = label_en("The President of the Republic, Nana Kweku Mensah, said it was over.")
    assert result.texts("GPE") == []
    assert result.texts("PERSON") == ["Nana Kweku Mensah"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Police said a man from Kwelumba was beaten on Monday.", "Kwelumba"),
        ("The victim, a woman from Tamburai, was treated at home.", "Tamburai"),
        ("Residents of Mbokoto said the road was closed.", "Mbokoto"),
        ("The suspect, Joseph Otieno, 30, of Mbaraki, was charged.", "Mbaraki"),
        ("Police arrested Peter Mwale of Chibolya compound on Friday.", "Chibolya"),
        ("The tshogpa of Dorokha gewog was fined.", "Dorokha"),
    ],
)
def test_where_someone_lives_or_comes_from_is_a_place(label_en, text, place):
    assert label_en(text).texts("GPE") == [place]


def test_a_list_of_people_with_ages_and_homes(label_en):
    """Guard: a name with its age after `; and` is a person, not another item of the places."""
    result = label_en(
        "He named them as Emmanuel Kato, 30, of Mbaraki; Hyelda Musa, 28, of Kiboko; and Joseph Tanko, 33, of Karuni."
    )
    assert result.texts("PERSON") == ["Emmanuel Kato", "Hyelda Musa", "Joseph Tanko"]
    assert result.texts("GPE") == ["Mbaraki", "Kiboko", "Karuni"]


def test_the_family_of_someone_is_no_place(label_en):
    """Guard: a single person's noun says where someone comes from only with `from`."""
    result = label_en("The family of Okello said they would appeal.")
    assert result.texts("GPE") == []


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("Officers of Nabuni Police Station arrested him on Monday.", "Nabuni"),
        ("The case was reported to the Kitty Police Outpost.", "Kitty"),
        ("He was held at the Port Loko Police Station overnight.", "Port Loko"),
    ],
)
def test_the_area_before_a_police_station_is_a_place(label_en, text, area):
    result = label_en(text)
    assert result.texts("GPE") == [area]
    assert result.texts("ORG") == []


@pytest.mark.parametrize(
    "text",
    [
        "He was taken to Central Police Station on Friday.",
        "The men were held at Marlow Street Police Station.",
    ],
)
def test_a_station_named_by_a_compass_word_or_a_street_names_no_area(label_en, text):
    """Guards: `Central` names no area; a street before the station is the street's name."""
    assert label_en(text).texts("GPE") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Her counsel, TJ Mabini, said they would appeal.", "TJ Mabini"),
        ("The portal said managing editor VK Menon was questioned.", "VK Menon"),
        ("He said the KB Prasad Koirala-led cabinet had failed.", "KB Prasad Koirala"),
    ],
)
def test_two_capitals_written_together_open_a_name(label_en, text, name):
    assert label_en(text).texts("PERSON") == [name]


@pytest.mark.parametrize(
    "text",
    [
        "The bank kept the BX Rate at 6 percent, its policy rate.",
        "Ahead of the NZ Test, the visitors lost the second Test.",
        "Envoys met HE Sheikh Jaber on Monday.",
        "Remarks by SM Tan were noted in the House.",
    ],
)
def test_two_capitals_before_a_noun_a_title_or_as_a_role_open_no_name(label_en, text):
    """Guards: a noun the page writes in small letters or after an article, a style before a title,
    and a role by its initials (`SM`, Singapore's Senior Minister) are no initials of a name."""
    people = label_en(text).texts("PERSON")
    assert not any(name.split()[0].isupper() for name in people)


def test_a_surname_with_its_article_found_again_alone(label_en):
    result = label_en(
        'Foreign Minister Sheikh Khalid Hamad al-Mansouri said the talks would go on. '
        '"We are ready," al-Mansouri said. Speaking later, al-Mansouri met the envoy.'
    )
    assert result.texts("PERSON") == ["Khalid Hamad al-Mansouri", "al-Mansouri", "al-Mansouri"]


def test_an_article_joined_word_of_no_name_stays_unnamed(label_en):
    """Guard: only a word of a PERSON found elsewhere spreads (`al-Hayat` names no one here)."""
    result = label_en("Minister Omar Hassan told al-Hayat that the talks would go on.")
    assert result.texts("PERSON") == ["Omar Hassan"]
