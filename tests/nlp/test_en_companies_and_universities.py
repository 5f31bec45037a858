"""English listed and state-owned companies named without a tail word, and universities named by
acronym, from knowledge for every English-news country (issue 11, en_know6 round). Every sentence
is invented; the names in them are real companies and universities, the events are not."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "orgs"),
    [
        # Africa: power utilities, telecoms, banks, airlines, mining houses.
        ("Power cuts by Zesco and Eskom worried miners, while ZESA said supply would improve.", ["Zesco", "Eskom", "ZESA"]),
        ("Subscribers of Safaricom, MTN and Econet complained about data prices.", ["Safaricom", "MTN", "Econet"]),
        ("Loans from Ecobank, UBA and Nedbank financed the plant, Capitec said.", ["Ecobank", "UBA", "Nedbank", "Capitec"]),
        ("Flights by Air Peace and RwandAir were delayed as Proflight cancelled two.", ["Air Peace", "RwandAir", "Proflight"]),
        ("Workers at Debswana, Namdeb and Sibanye-Stillwater went on strike.", ["Debswana", "Namdeb", "Sibanye-Stillwater"]),
        ("Transnet blamed PRASA for the delay, and Kenya Power blamed KenGen.", ["Transnet", "PRASA", "Kenya Power", "KenGen"]),
        # The Caribbean, the Pacific and the Gulf.
        ("Customers of Digicel and JPS waited for hours, while TSTT apologised.", ["Digicel", "JPS", "TSTT"]),
        ("Air Niugini and FNPF signed the deal as PNG Power cut supply to Lae.", ["Air Niugini", "FNPF", "PNG Power"]),
        ("Investors from Mubadala and ADQ met SABIC and Etisalat in Dubai.", ["Mubadala", "ADQ", "SABIC", "Etisalat"]),
        # South and South-East Asia.
        ("Shares of ONGC, NTPC and Coal India rose as SpiceJet fell.", ["ONGC", "NTPC", "Coal India", "SpiceJet"]),
        ("K-Electric and PTCL filed petitions, while LESCO raised tariffs.", ["K-Electric", "PTCL", "LESCO"]),
        ("Dhiraagu and Ncell expanded their networks, SriLankan said.", ["Dhiraagu", "Ncell", "SriLankan"]),
        # The UK and Ireland, North America, Australia and New Zealand.
        ("Ryanair and Aer Lingus cut fares, while Thames Water raised bills.", ["Ryanair", "Aer Lingus", "Thames Water"]),
        ("Hydro One and Enbridge joined Amtrak and Verizon in the plan.", ["Hydro One", "Enbridge", "Amtrak", "Verizon"]),
        ("Qantas, Telstra and Fonterra reported profits, Westpac said.", ["Qantas", "Telstra", "Fonterra", "Westpac"]),
    ],
)
def test_companies_named_without_a_tail_word(label_en, sentence, orgs):
    result = label_en(sentence)
    assert result.texts("ORG") == orgs
    assert result.texts("PERSON") == []


def test_a_company_before_a_role_and_a_name(label_en):
    result = label_en("Zesco public relations manager Mary Banda said the dam was low.")
    assert result.texts("ORG") == ["Zesco"]
    assert result.texts("PERSON") == ["Mary Banda"]


def test_a_long_form_with_and_stays_whole(label_en):
    result = label_en("The Kenya Power and Lighting Company raised its tariffs on Monday.")
    assert result.texts("ORG") == ["Kenya Power and Lighting Company"]


@pytest.mark.parametrize(
    ("sentence", "orgs"),
    [
        ("Students of UNZA, KNUST and UWI joined the study.", ["UNZA", "KNUST", "UWI"]),
        ("Lecturers at JNU and LUMS met colleagues from UNILAG.", ["JNU", "LUMS", "UNILAG"]),
        ("Researchers from UKZN, UPNG and NUS published the paper.", ["UKZN", "UPNG", "NUS"]),
    ],
)
def test_universities_named_by_acronym(label_en, sentence, orgs):
    result = label_en(sentence)
    assert result.texts("ORG") == orgs


def test_left_out_names_stay_untagged(label_en):
    result = label_en("She grew up in Tullow and Walton before working the gold fields near Santander.")
    assert result.texts("ORG") == []


@pytest.mark.parametrize(
    ("sentence", "orgs", "places"),
    [
        ("Ecobank Ghana raised its rates on Monday.", ["Ecobank Ghana"], []),
        ("Shares of Stanbic Bank Botswana and Vodacom Tanzania fell.", ["Stanbic Bank Botswana", "Vodacom Tanzania"], []),
        ("Econet Wireless Zimbabwe said the tariffs would rise.", ["Econet Wireless Zimbabwe"], []),
        ("Airtel Malawi chief executive Ruth Phiri said data prices would fall.", ["Airtel Malawi"], []),
    ],
)
def test_a_company_and_a_country_name_its_national_arm(label_en, sentence, orgs, places):
    result = label_en(sentence)
    assert result.texts("ORG") == orgs
    assert result.texts("GPE") == places
    assert result.texts("PERSON") == [name for name in ["Ruth Phiri"] if name in sentence]


@pytest.mark.parametrize(
    ("sentence", "orgs", "places"),
    [
        ("He moved his savings to Ecobank in Ghana.", ["Ecobank"], ["Ghana"]),
        ("The World Bank Kenya office published the figures.", ["World Bank"], ["Kenya"]),
        ("MTN, Kenya's rival, cut its prices.", ["MTN"], ["Kenya"]),
        ("Ecobank Ghana Limited raised its rates.", ["Ecobank Ghana Limited"], []),
    ],
)
def test_a_company_and_a_country_kept_apart(label_en, sentence, orgs, places):
    result = label_en(sentence)
    assert result.texts("ORG") == orgs
    assert result.texts("GPE") == places
