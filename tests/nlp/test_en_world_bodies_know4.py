"""English ORG recall on international, regional, sports and party organisations that news names
bare or by a long name the scan splits (issue 11, en_know4 round), from a table of world knowledge.
Every sentence is invented; no name in them was taken from a page."""

from __future__ import annotations


def test_un_long_names_and_missions(label_en):
    result = label_en(
        "The United Nations Office on Drugs and Crime and the Intergovernmental Panel on Climate Change "
        "briefed envoys, while MINUSCA and UNISFA asked for more troops."
    )
    assert result.texts("ORG") == [
        "United Nations Office on Drugs and Crime",
        "Intergovernmental Panel on Climate Change",
        "MINUSCA",
        "UNISFA",
    ]
    assert result.texts("PERSON") == []


def test_development_banks_and_regional_blocs(label_en):
    result = label_en(
        "Afreximbank and the IsDB signed a loan, and the East African Community, the Economic Community "
        "of West African States and the Pacific Islands Forum welcomed it."
    )
    assert result.texts("ORG") == [
        "Afreximbank",
        "IsDB",
        "East African Community",
        "Economic Community of West African States",
        "Pacific Islands Forum",
    ]
    assert result.texts("GPE") == []
    assert result.texts("PERSON") == []


def test_sports_bodies_by_sport_and_country(label_en):
    result = label_en(
        "World Rugby fined the union, Cricket Australia appealed, and the Asian Football Confederation "
        "and the BCCI backed Athletics Kenya."
    )
    assert result.texts("ORG") == [
        "World Rugby",
        "Cricket Australia",
        "Asian Football Confederation",
        "BCCI",
        "Athletics Kenya",
    ]
    assert result.texts("PERSON") == []


def test_parties_by_name_and_acronym(label_en):
    result = label_en(
        "The Economic Freedom Fighters walked out, the ODM and the UPND objected, and Likud, the SNP "
        "and the All Progressives Congress issued statements."
    )
    assert result.texts("ORG") == [
        "Economic Freedom Fighters",
        "ODM",
        "UPND",
        "Likud",
        "SNP",
        "All Progressives Congress",
    ]
    assert result.texts("PERSON") == []


def test_charities_and_think_tanks(label_en):
    result = label_en(
        "WaterAid and Habitat for Humanity built wells, and analysts at Chatham House and the "
        "Institute for the Study of War cited ACLED."
    )
    assert result.texts("ORG") == [
        "WaterAid",
        "Habitat for Humanity",
        "Chatham House",
        "Institute for the Study of War",
        "ACLED",
    ]
    assert result.texts("PERSON") == []


def test_ambiguous_acronyms_stay_out(label_en):
    result = label_en(
        "Two PPP projects were signed on Monday, and soldiers in an APC guarded two NPP sites while "
        "the Renaissance dam filled."
    )
    assert result.texts("ORG") == []


def test_national_red_cross_and_red_crescent_societies(label_en):
    result = label_en(
        "The Zambia Red Cross and the Canadian Red Cross sent tents, the Jordan National Red Crescent "
        "ran clinics, and the Syrian Arab Red Crescent counted the dead."
    )
    assert result.texts("ORG") == [
        "Zambia Red Cross",
        "Canadian Red Cross",
        "Jordan National Red Crescent",
        "Syrian Arab Red Crescent",
    ]
    assert result.texts("GPE") == []


def test_the_movement_alone_and_a_place_after_a_comma_stay_apart(label_en):
    result = label_en("Aid reached Lusaka, Red Cross officials said, and the Malawi Red Cross Society agreed.")
    assert result.texts("ORG") == ["Red Cross", "Malawi Red Cross Society"]
    assert result.texts("GPE") == ["Lusaka"]


def test_a_place_after_in_is_where_the_movement_works(label_en):
    result = label_en("Volunteers in Nairobi Red Cross tents handed out food, the Kenya Red Cross said.")
    assert result.texts("ORG") == ["Red Cross", "Kenya Red Cross"]
    assert result.texts("GPE") == ["Nairobi"]
