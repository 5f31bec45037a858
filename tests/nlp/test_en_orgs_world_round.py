"""English ORG recall on organisations every newsroom names bare (issue 11, en_orgs round): UN
agencies and other international bodies, charities, wire services, armed movements, companies
and weather and rating agencies, from a table of world knowledge rather than from one page's
pattern. Every sentence is invented."""

from __future__ import annotations


def test_un_agencies_by_their_short_forms(label_en):
    result = label_en(
        "Inspectors of the IAEA arrived on Monday, while OCHA, the ILO and IOM asked for more funds "
        "and UN Women opened an office."
    )
    assert result.texts("ORG") == ["IAEA", "OCHA", "ILO", "IOM", "UN Women"]
    assert result.texts("PERSON") == []


def test_regional_bodies_and_police_networks(label_en):
    result = label_en(
        "ECOWAS and SADC leaders met in the capital, and Interpol issued a notice that Europol shared "
        "with the OECD."
    )
    assert result.texts("ORG") == ["ECOWAS", "SADC", "Interpol", "Europol", "OECD"]
    assert result.texts("PERSON") == []


def test_charities_are_org_not_people(label_en):
    result = label_en(
        "Oxfam and Save the Children warned of hunger, and Doctors Without Borders said its clinic "
        "had closed; World Vision and the Committee to Protect Journalists agreed."
    )
    assert result.texts("ORG") == [
        "Oxfam",
        "Save the Children",
        "Doctors Without Borders",
        "World Vision",
        "Committee to Protect Journalists",
    ]
    assert result.texts("PERSON") == []


def test_wire_services_and_broadcasters(label_en):
    result = label_en("The figures were first reported by TASS and Sky News, and later by Anadolu Agency.")
    assert result.texts("ORG") == ["TASS", "Sky News", "Anadolu Agency"]


def test_armed_movements_named_bare(label_en):
    result = label_en("Boko Haram fighters raided the village, and the Houthis claimed a second attack.")
    assert result.texts("ORG") == ["Boko Haram", "Houthis"]
    assert result.texts("PERSON") == []


def test_weather_and_rating_agencies(label_en):
    result = label_en(
        "AccuWeather expects more rain, the Met Office agreed, and S&P Global cut the bank's rating."
    )
    assert result.texts("ORG") == ["AccuWeather", "Met Office", "S&P Global"]
    assert result.texts("PERSON") == []


def test_world_companies_named_bare(label_en):
    result = label_en("Walmart, Uber and Intel cut jobs this year, while SpaceX hired engineers.")
    assert result.texts("ORG") == ["Walmart", "Uber", "Intel", "SpaceX"]
    assert result.texts("PERSON") == []


def test_names_that_are_also_words_or_places_stay_out(label_en):
    result = label_en("Farmers along the Amazon sold apples, and a visa office in Ford Street reopened.")
    assert "Amazon" not in result.texts("ORG")
    assert result.texts("ORG") == []
