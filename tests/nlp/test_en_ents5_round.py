"""English entities on pages of newsrooms new to the set (issue 11, en_ents5 round): one pass for a
company's or a party's shorter name, South Asian groups' names, a force's place before its head's
title, weekly papers named by their day, and facilities and colleges read as people. Every
sentence is invented."""

from __future__ import annotations


def test_company_and_party_short_names_read_as_people_are_org(label_en):
    result = label_en(
        "Teluk Emas said on Monday it had sold the mill. Teluk Emas Holdings owns three ports. "
        "Sinar Baru said the vote was fair. The Sinar Baru Party won four seats."
    )
    assert result.texts("ORG") == ["Teluk Emas", "Teluk Emas Holdings", "Sinar Baru", "Sinar Baru Party"]
    assert result.texts("PERSON") == []


def test_izafat_group_names_are_org_not_people(label_en):
    result = label_en("Workers of Pakistan Tehreek-e-Nizam marched on Monday, and two Lashkar-e-Barqi members were held.")
    assert result.texts("ORG") == ["Pakistan Tehreek-e-Nizam", "Lashkar-e-Barqi"]
    assert result.texts("PERSON") == []


def test_a_group_word_names_the_group_alone_too(label_en):
    result = label_en("Two men of the Indian Mujahideen were held. The Mujahideen denied any role.")
    assert result.texts("ORG") == ["Indian Mujahideen", "Mujahideen"]
    assert result.texts("PERSON") == []


def test_a_force_before_its_heads_title_gives_the_place(label_en):
    result = label_en(
        "Tawala Bay Police Commander Peni Lato said the boat was found, and Kiriwa Provincial Police Commander Joel Kama agreed."
    )
    assert result.texts("GPE") == ["Tawala Bay", "Kiriwa"]
    assert result.texts("ORG") == []
    assert result.texts("PERSON") == ["Peni Lato", "Joel Kama"]


def test_a_national_force_before_a_title_stays_the_force(label_en):
    result = label_en("National Police Chief Rudi Salim said the roads were closed.")
    assert result.texts("ORG") == ["National Police"]
    assert result.texts("GPE") == []
    result = label_en("Nepal Police Chief Hari Thapa said the roads were closed.")
    assert result.texts("ORG") == ["Nepal Police"]
    assert result.texts("GPE") == []


def test_weekly_papers_named_by_their_day_are_org_not_dates(label_en):
    result = label_en(
        "The minister told the Sunday Samoan on Friday that The Sunday Chronicle had it wrong. On Sunday Indian officials met."
    )
    assert result.texts("ORG") == ["Sunday Samoan", "The Sunday Chronicle"]
    assert result.texts("DATE") == ["Friday", "Sunday"]


def test_morgues_junctions_and_restaurants_are_no_people(label_en):
    result = label_en("The body was taken to Marowa Morgue near Kelani Junction. Staff of Baan Sook Restaurant called police.")
    assert result.texts("PERSON") == []
    assert result.texts("GPE") == []


def test_a_polytechnic_is_an_org(label_en):
    result = label_en("Students of Danjuma Ilori Polytechnic were among the victims.")
    assert result.texts("ORG") == ["Danjuma Ilori Polytechnic"]
    assert result.texts("PERSON") == []


def test_a_byline_with_where_it_was_filed_gives_the_name_and_the_place(label_en):
    result = label_en("Boat found on reef\nBy Mele Tonga and Rex Kila in Port Moresby\n\nA boat was found on Monday.")
    assert result.texts("PERSON") == ["Mele Tonga", "Rex Kila"]
    assert result.texts("GPE") == ["Port Moresby"]


def test_pacific_short_names_are_known(label_en):
    result = label_en("Man held after raid\nBy RNZ\n\nA man from Northland was held, and PNG police helped.")
    assert result.texts("ORG") == ["RNZ"]
    assert result.texts("GPE") == ["Northland", "PNG"]


def test_african_and_pacific_posts_by_their_initials_are_titles(label_en):
    result = label_en(
        "The CS told elders the order stands. The PPC, Chief Inspector Tom Kila, agreed. "
        "The OCPD and the DPO were absent, and OCS Jane Wairimu spoke."
    )
    assert result.texts("ORG") == []
    assert result.texts("PERSON") == ["Tom Kila", "Jane Wairimu"]
