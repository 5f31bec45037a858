"""English entities on pages of newsrooms new to the set (issue 11, en_ents6 round): bodies named
only by an acronym the tables do not know, read from the member or part that follows it. Every
sentence is invented."""

from __future__ import annotations


def test_an_unknown_acronym_before_a_member_noun_is_an_org(label_en):
    result = label_en(
        "KWF leader Tomas Bandile said the march would go ahead. Two KWF supporters were hurt, "
        "and the PLM-R leaders called for calm. The TNC's officials declined to comment."
    )
    assert result.texts("ORG") == ["KWF", "KWF", "PLM-R", "TNC"]
    assert result.texts("PERSON") == ["Tomas Bandile"]


def test_the_acronym_is_then_an_org_everywhere(label_en):
    result = label_en("Members of the PLM-R met on Sunday. KWF lawmakers walked out, and KWF said it would sue.")
    assert result.texts("ORG") == ["PLM-R", "KWF", "KWF"]


def test_common_capitals_and_places_before_member_nouns_stay_untagged(label_en):
    result = label_en(
        "CCTV officials reviewed the footage. NGO workers handed out food. "
        "KP Chief Minister Amin Khan visited the site, and US officials were told."
    )
    assert result.texts("ORG") == []
    assert "KP" not in result.texts("ORG")


def test_a_magistrates_court_with_its_seat_is_one_org(label_en):
    result = label_en(
        "The two appeared in the Kelvale Magistrate's Court on Monday, and the case moved to the Magistrate's Court in town."
    )
    assert result.texts("ORG") == ["Kelvale Magistrate's Court", "Magistrate's Court"]
    assert result.texts("GPE") == []
    assert result.texts("PERSON") == []


def test_an_of_name_keeps_its_unlisted_last_words(label_en):
    result = label_en(
        "The Ministry of Culture and Broadcasting issued the order. He studies at the Centre for "
        "Strategic and International Studies, and the Federation of Kenya Employers objected."
    )
    assert result.texts("ORG") == [
        "Ministry of Culture and Broadcasting",
        "Centre for Strategic and International Studies",
        "Federation of Kenya Employers",
    ]


def test_a_role_or_a_place_after_an_of_name_is_not_absorbed(label_en):
    result = label_en("The Bank of Ghana Governor Kofi Mensah spoke. The Ministry of Health and Nairobi agreed.")
    assert "Bank of Ghana" in result.texts("ORG")
    assert "Ministry of Health" in result.texts("ORG")
    assert result.texts("PERSON") == ["Kofi Mensah"]
    assert result.texts("GPE") == ["Nairobi"]


def test_a_name_after_an_unlisted_portfolio_is_the_person(label_en):
    result = label_en(
        "Minister for Coastal Affairs Tariq Mehboob said the port would open. "
        "Minister for Railways Anand Kulkarni agreed, and Minister of State for Petroleum Resources "
        "Ebere Okafor did not. Federal Minister for Overseas Affairs Sana Qureshi left."
    )
    assert result.texts("PERSON") == ["Tariq Mehboob", "Anand Kulkarni", "Ebere Okafor", "Sana Qureshi"]


def test_a_place_inside_an_unlisted_portfolio_keeps_its_label(label_en):
    result = label_en("Minister for Kashmir Affairs Imran Aslam said the talks would resume.")
    assert result.texts("GPE") == ["Kashmir"]
    assert result.texts("PERSON") == ["Imran Aslam"]


def test_a_proper_name_after_an_of_body_stays_apart(label_en):
    result = label_en("The Ministry of Health and Oxfam came, and the Ministry of Health and Kenya Red Cross followed.")
    assert result.texts("ORG")[0] == "Ministry of Health"


def test_a_seat_after_mp_for_is_no_portfolio(label_en):
    result = label_en("The MP for Sungai Kecil Lama, Aminah Zain, agreed.")
    assert "Kecil Lama" not in result.texts("PERSON")
    assert "Aminah Zain" in result.texts("PERSON")
