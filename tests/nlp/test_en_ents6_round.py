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
