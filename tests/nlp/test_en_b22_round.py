"""English round on the twenty-second batch's errors (en_b22): short months with a full stop that
the news agencies' style writes out (`Apr. 19`), adverbs of doubt opening a quote (`Maybe`), the
cabinet and the branches of the state as no names, a player listed after another (`defender X and
midfielder Y`) as no club, broadcasters named beside their kind (`the X channel`, `channel X`,
`radio xyZZ`), a party's acronym and `Party` before a member's name, a role in the plural before a
list of names (`MPs X and Y`) and a nationality before a ministry's common name. Every sentence is
invented."""

from __future__ import annotations


def test_short_months_with_a_stop_are_dates(label_en):
    result = label_en("10:15 | Arequipa, Apr. 7.\n\nThe council met on Mar. 3 and again on Jul. 21, 2016.\n")
    assert result.texts("DATE") == ["Apr. 7", "Mar. 3", "Jul. 21, 2016"]


def test_agency_style_short_months_still_dates(label_en):
    """Guard: the months the agencies shorten keep their dates."""
    result = label_en("The council met on Dec. 9 and on Sept. 14.")
    assert result.texts("DATE") == ["Dec. 9", "Sept. 14"]


def test_an_adverb_of_doubt_opening_a_quote_is_no_name(label_en):
    result = label_en('"Maybe I\'m too harsh. Maybe it is the heat. Perhaps not," coach Rune Halvorsen said.')
    assert result.texts("PERSON") == ["Rune Halvorsen"]


def test_the_cabinet_and_the_branches_of_the_state_are_no_names(label_en):
    result = label_en(
        "Chile: Cabinet hopeful about the budget talks\n\n"
        "The Ministerial Cabinet expects an agreement within weeks, Prime Minister Ana Quispe said. "
        "She praised the ties between the Executive and Legislative Branches.\n"
    )
    assert result.texts("PERSON") == ["Ana Quispe"]


def test_a_cabinet_role_still_opens_a_name(label_en):
    """Guard: `Cabinet Secretary` is a role before a name, which stays a PERSON."""
    result = label_en("Cabinet Secretary Amina Wekesa opened the clinic on Monday.")
    assert result.texts("PERSON") == ["Amina Wekesa"]


def test_a_player_listed_before_another_player_is_no_club(label_en):
    result = label_en(
        "The coach picked striker Tran Van Long, defender Pham Duc Minh and midfielder Le Cong Vinh for the final."
    )
    assert result.texts("PERSON") == ["Tran Van Long", "Pham Duc Minh", "Le Cong Vinh"]
    assert result.texts("ORG") == []


def test_a_club_before_its_coach_stays_an_org(label_en):
    """Guard: a name before a club role and a person's name is still the club."""
    result = label_en("Harbour Dolphins coach Tomas Brandt praised the defence.")
    assert result.texts("ORG") == ["Harbour Dolphins"]
    assert result.texts("PERSON") == ["Tomas Brandt"]


def test_a_broadcaster_named_after_its_kind(label_en):
    result = label_en(
        "She said so in comments to satellite TV channel Kestrel Vision on Sunday. "
        "In an interview on radio dwRK, the mayor agreed. The minister later spoke to Kestrel Vision again."
    )
    assert result.texts("ORG") == ["Kestrel Vision", "dwRK", "Kestrel Vision"]


def test_a_broadcaster_named_before_its_kind(label_en):
    result = label_en("A former owner of the KTVx channel, Borys Melnyk, was questioned about the KTVx channel.")
    assert result.texts("ORG") == ["KTVx", "KTVx"]
    assert result.texts("PERSON") == ["Borys Melnyk"]


def test_a_place_or_nationality_before_an_outlet_kind_names_no_outlet(label_en):
    """Guard: `the Cairo channel`, `the Egyptian newspaper` name no outlet."""
    result = label_en("He told the Egyptian newspaper that the Cairo channel had closed.")
    assert result.texts("ORG") == []
    assert result.texts("GPE") == ["Cairo"]


def test_a_party_acronym_and_its_tail_end_before_a_member(label_en):
    result = label_en("The suspects knew members of the NRP Party Olena Marchuk and Taras Hnatiuk.")
    assert result.texts("ORG") == ["NRP Party"]
    assert result.texts("PERSON") == ["Olena Marchuk", "Taras Hnatiuk"]


def test_a_party_named_with_of_keeps_its_head(label_en):
    """Guard: `Party of ...` still opens a party's name."""
    result = label_en("He joined the Party of Free Farmers in 2011.")
    assert result.texts("ORG") == ["Party of Free Farmers"]


def test_a_plural_role_before_a_list_of_names(label_en):
    result = label_en(
        "The witness said that MPs Oksana Lytvyn and Petro Dzyuba knew the suspect. Senators Ruth Okafor and Ben Ade agreed."
    )
    assert result.texts("PERSON") == ["Oksana Lytvyn", "Petro Dzyuba", "Ruth Okafor", "Ben Ade"]


def test_a_plural_role_alone_names_no_one(label_en):
    """Guard: a role in the plural with no name after it stays no name."""
    result = label_en("The two Prime Ministers met in the capital.")
    assert result.texts("PERSON") == []


def test_a_nationality_before_a_ministry_stays_out(label_en):
    result = label_en("An official of the Moldovan Health Ministry said the clinics were open.")
    assert result.texts("ORG") == ["Health Ministry"]


def test_an_official_name_keeps_its_nationality(label_en):
    """Guard: a body whose official name holds the nationality keeps it."""
    result = label_en("The Jordanian Armed Forces guarded the border.")
    assert result.texts("ORG") == ["Jordanian Armed Forces"]


def test_an_occasion_alone_after_the_verb_is_no_report(label_en):
    result = label_en(
        "The ministry denied the rumours on Sunday. Its spokeswoman said so in comments to the Delta Nine channel. "
        "The minister repeated it. He said that in an interview with a weekly magazine.\n"
    )
    assert result.texts("QUOTE") == []


def test_a_report_after_an_occasion_stays(label_en):
    """Guard: an occasion then a clause of its own is still the report (after the occasion)."""
    result = label_en("He said in an interview the company denied any wrongdoing.")
    assert result.texts("QUOTE") == ["the company denied any wrongdoing"]
