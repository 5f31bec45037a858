"""English national state institutions from knowledge (issue 11, en_know3 round): the acronyms that
news uses without spelling them out (police, armed forces, revenue, electoral, anti-corruption,
central banks, statistics, prisons, fire and disaster services) and the names that no tail word
reaches (statistics offices named by the word first, customs services, legislatures by their own
names, forces named in their own language). Every sentence is invented."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "orgs"),
    [
        ("Officers of SAPS and ZRP met on Monday, while NAMPOL sent two men.", ["SAPS", "ZRP", "NAMPOL"]),
        ("The minister said KDF, BDF and UPDF troops would stay.", ["KDF", "BDF", "UPDF"]),
        ("He said ZIMRA, BURS and FIRS would share data with KRA.", ["ZIMRA", "BURS", "FIRS", "KRA"]),
        ("The opposition said INEC and IEBC should learn from ZEC.", ["INEC", "IEBC", "ZEC"]),
        ("Officials said EFCC, ICPC and EACC had opened files on him.", ["EFCC", "ICPC", "EACC"]),
        ("Analysts expect CBN and SARB to hold, while RBZ may cut.", ["CBN", "SARB", "RBZ"]),
        ("Figures from KNBS and ZIMSTAT show prices rising, NBS said.", ["KNBS", "ZIMSTAT", "NBS"]),
        ("Rescuers from NADMO, GNFS and NEMA reached the village.", ["NADMO", "GNFS", "NEMA"]),
    ],
)
def test_state_acronyms_used_bare(label_en, sentence, orgs):
    result = label_en(sentence)
    assert result.texts("ORG") == orgs
    assert result.texts("PERSON") == []


def test_statistics_offices_named_by_the_word_first(label_en):
    result = label_en("Statistics Canada said prices rose, Stats NZ agreed and Statistics South Africa disagreed.")
    assert result.texts("ORG") == ["Statistics Canada", "Stats NZ", "Statistics South Africa"]
    assert result.texts("PERSON") == []


def test_customs_services_without_a_tail_word(label_en):
    result = label_en("He was questioned by HM Revenue and Customs before Nigeria Customs seized the cargo.")
    assert result.texts("ORG") == ["HM Revenue and Customs", "Nigeria Customs"]
    assert result.texts("PERSON") == []


def test_legislatures_by_their_own_names(label_en):
    result = label_en("The Dáil passed the bill on Tuesday, and the Storting, the Sejm and the Verkhovna Rada debated it.")
    assert result.texts("ORG") == ["Dáil", "Storting", "Sejm", "Verkhovna Rada"]
    assert result.texts("PERSON") == []


def test_forces_named_in_their_own_language_or_by_regiment(label_en):
    result = label_en("Soldiers of the Bundeswehr, the Carabinieri and the Assam Rifles trained together.")
    assert result.texts("ORG") == ["Bundeswehr", "Carabinieri", "Assam Rifles"]
    assert result.texts("PERSON") == []


def test_left_out_acronyms_stay_untagged(label_en):
    result = label_en("Fear of SARS spread, his GPS failed and MPS voted on it in DEC, as a CPS officer said.")
    assert result.texts("ORG") == []


def test_a_lead_article_in_capitals_opens_no_name(label_en):
    result = label_en(
        "MONGU – THE Western Revenue Board has fined two traders, and THE Minister of Trade Ruth Lungu said more would follow."
    )
    assert result.texts("ORG") == ["Western Revenue Board"]
    assert result.texts("PERSON") == ["Ruth Lungu"]


def test_a_title_case_acronym_of_a_revenue_authority(label_en):
    result = label_en("Officers of Zimra and Zimstat met on Friday.")
    assert result.texts("ORG") == ["Zimra", "Zimstat"]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Director of Public Prosecutions Agnes Tembo said the case would go ahead.", "Agnes Tembo"),
        ("The board met Commissioner-General Peter Mulenga on Monday.", "Peter Mulenga"),
        ("Comptroller-General of Customs Musa Bello said the goods were seized.", "Musa Bello"),
        ("Commissioner General of Prisons Joseph Banda said the inmates were safe.", "Joseph Banda"),
        ("Chief of Defence Staff Daniel Okafor said the troops were ready.", "Daniel Okafor"),
        ("Public Protector Lindiwe Dube said the minister erred.", "Lindiwe Dube"),
        ("Ombudsman Grace Phiri said the complaint was valid.", "Grace Phiri"),
        ("Government Statistician Kwame Boateng said inflation rose.", "Kwame Boateng"),
    ],
)
def test_heads_of_state_services_stay_out_of_the_name(label_en, sentence, person):
    assert label_en(sentence).texts("PERSON") == [person]
