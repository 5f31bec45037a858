"""English round en_ents23: entity causes counted more than once. Competitions are events, not
bodies, unless they speak or act; match-card lines hold players' names; a party in brackets after a
politician; a compass quarter of a country. Every sentence is invented."""

from __future__ import annotations


def test_a_league_is_no_organisation(label_en):
    labelled = label_en("The Harbour Stars League resumes on Friday after the winter break, the clubs agreed.\n")
    assert "Harbour Stars League" not in labelled.texts("ORG")
    assert "Harbour Stars League" in labelled.texts("EVENT")


def test_a_country_league_is_no_organisation(label_en):
    labelled = label_en("Al Najma lead the Saudi League by four points after beating their rivals 3-0.\n")
    assert "Saudi League" not in labelled.texts("ORG")


def test_a_body_acronym_opening_a_competition_stays_an_organisation(label_en):
    labelled = label_en("Persikota will play in the AFC Champions League next season after winning the title.\n")
    assert "AFC Champions League" not in labelled.texts("ORG")
    assert "AFC" in labelled.texts("ORG")


def test_a_bracketed_short_form_follows_its_competition(label_en):
    labelled = label_en(
        "The Coral Coast Premier League (CCPL) kicks off on Saturday. Twelve CCPL clubs have registered players.\n"
    )
    assert "CCPL" not in labelled.texts("ORG")
    assert "Coral Coast Premier League" not in labelled.texts("ORG")


def test_a_league_that_speaks_is_the_body(label_en):
    """Guard: the competition as the subject of a speech verb names the body that runs it."""
    labelled = label_en("The Harbour Stars League said in a statement that the match would be replayed.\n")
    assert "Harbour Stars League" in labelled.texts("ORG")


def test_a_league_that_acts_is_the_body(label_en):
    """Guard: the agent of an official act (`fined by the ... League`) and the event-head league that acts."""
    labelled = label_en(
        "The club was fined by the Super League on Monday. The Premier League's disciplinary committee met later.\n"
    )
    orgs = labelled.texts("ORG")
    assert "Super League" in orgs
    assert "Premier League" in orgs


def test_parties_named_league_stay_organisations(label_en):
    """Guard: a party or a body ending in `League` has no sports word and no place-only name."""
    labelled = label_en("Leaders of the Bangladesh Awami League met members of the Arab League in Cairo on Sunday.\n")
    orgs = labelled.texts("ORG")
    assert "Bangladesh Awami League" in orgs
    assert "Arab League" in orgs


def test_a_cup_opened_by_a_place_or_a_tail_word_is_one_event(label_en):
    labelled = label_en("Nigeria won the Africa Cup of Nations in 2013 and Chelsea won the Club World Cup last year.\n")
    assert "Africa" not in labelled.texts("LOC")
    assert "Club" not in labelled.texts("ORG")
    assert "Nigeria" in labelled.texts("GPE")


def test_a_body_before_a_cup_stays_an_organisation(label_en):
    """Guard: `FIFA World Cup` keeps its body's ORG, as the gold tags it."""
    labelled = label_en("Fiji hopes to reach the FIFA World Cup one day, the coach added.\n")
    assert "FIFA" in labelled.texts("ORG")


def test_match_card_lines_hold_names(label_en):
    labelled = label_en(
        "Harbour United beat Rivertown 2-1 on Sunday in Accra.\n"
        "The hosts led early through a header.\n"
        "Scorers: K. Amoako 12, G. Tetteh 78\n"
        "Yellow cards: Kojo Appiah, Yaw Darko\n"
        "The coach said the win mattered.\n"
    )
    persons = labelled.texts("PERSON")
    for name in ("K. Amoako", "G. Tetteh", "Kojo Appiah", "Yaw Darko"):
        assert name in persons


def test_a_headline_line_is_still_no_card(label_en):
    """Guard: a title-case line with no card label keeps the headline reading."""
    labelled = label_en("Harbour Lights Festival Draws Record Crowds\n\nThe organisers said the event was a success.\n")
    assert "Harbour Lights Festival Draws Record Crowds" not in labelled.texts("PERSON")


def test_a_party_in_brackets_after_a_leader(label_en):
    labelled = label_en("Prime Minister Tom Harwell (Reform) said the vote was fair. Harwell added that turnout was high.\n")
    assert "Reform" in labelled.texts("ORG")
    assert "Reform" not in labelled.texts("PERSON")
    assert "Tom Harwell" in labelled.texts("PERSON")


def test_a_call_name_in_brackets_stays_a_name(label_en):
    """Guard: a word that is no party's short name is still the person's call name."""
    labelled = label_en("The trader Yohanes Kurniadi (Anes) said prices rose. Anes sells rice.\n")
    assert "Anes" in labelled.texts("PERSON")


def test_a_compass_quarter_of_a_country_gives_the_country(label_en):
    labelled = label_en("Violence spread across Northern Nigeria and Western Kenya this week, aid groups said.\n")
    places = labelled.texts("GPE")
    assert "Nigeria" in places and "Kenya" in places
    assert "Northern Nigeria" not in places


def test_a_compass_province_keeps_its_name(label_en):
    """Guard: a province named with its compass word and a compass part of a province stay whole."""
    labelled = label_en("Floods hit East Java on Monday and reached North Malaita by Friday.\n")
    places = labelled.texts("GPE")
    assert "East Java" in places and "North Malaita" in places


def test_a_trade_word_surname_after_a_role(label_en):
    labelled = label_en("The mill will close in March, the company spokesperson Alan Steel said on Friday.\n")
    assert "Alan Steel" in labelled.texts("PERSON")
    assert "Alan Steel" not in labelled.texts("ORG")


def test_a_company_named_by_its_trade_stays_a_company(label_en):
    """Guard: with no role in small letters before it, the trade word closes a company's name."""
    labelled = label_en("Shares of Marwar Steel rose on Monday, while JSW Steel fell.\n")
    orgs = labelled.texts("ORG")
    assert "Marwar Steel" in orgs and "JSW Steel" in orgs


def test_a_place_before_an_office_adjective(label_en):
    labelled = label_en("The Riverton Mayoral candidate Jane Doyle spoke to voters on Monday.\n")
    assert "Riverton" in labelled.texts("GPE")
    assert "Jane Doyle" in labelled.texts("PERSON")


def test_a_party_adjective_before_an_office_adjective_is_no_place(label_en):
    """Guard: `Democratic Gubernatorial candidate` names a party's candidate."""
    labelled = label_en("Democratic Gubernatorial candidate Mark Dalby said he would win the race.\n")
    assert not labelled.texts("GPE")
    assert "Mark Dalby" in labelled.texts("PERSON")
