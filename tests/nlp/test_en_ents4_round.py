"""English ORG recall on pages of the Gulf, South and South-East Asia (issue 11, en_ents4 round):
companies and banks named without a tail word, parliaments, companies named by their trade, and
a company's name used again without its form. Every sentence is invented."""

from __future__ import annotations


def test_companies_without_a_tail_word_are_org(label_en):
    result = label_en("Shares of Vinamilk and Foxconn rose, while Aramco and Keppel fell and Sembcorp held.")
    assert result.texts("ORG") == ["Vinamilk", "Foxconn", "Aramco", "Keppel", "Sembcorp"]
    assert result.texts("PERSON") == []


def test_a_company_that_is_also_a_surname_is_not_listed(label_en):
    result = label_en("Investors in Port Lumen heard Gautam Adani speak on Monday.")
    assert result.texts("PERSON") == ["Gautam Adani"]
    assert result.texts("ORG") == []


def test_parliaments_named_without_a_tail_word(label_en):
    result = label_en(
        "The bill passed the National Assembly on Friday; members of the Lok Sabha and the Punjab Assembly objected."
    )
    assert result.texts("ORG") == ["National Assembly", "Lok Sabha", "Punjab Assembly"]
    assert result.texts("PERSON") == []


def test_assembly_is_no_tail_word_of_its_own(label_en):
    result = label_en("The bishops opened their Plenary Assembly in a quiet hall on Monday.")
    assert result.texts("ORG") == []


def test_companies_named_by_their_trade(label_en):
    result = label_en("Two workers of Karangi Cement and one of Ravindra Steel were taken to a clinic.")
    assert result.texts("ORG") == ["Karangi Cement", "Ravindra Steel"]
    assert result.texts("PERSON") == []


def test_a_company_named_with_its_form_is_org_without_it_later(label_en):
    result = label_en(
        "Melati Orchard Berhad denied the claims. Melati Orchard said the report was false, and "
        "a Melati Orchard spokesman agreed. TVK Group has run the channel since 2009; TVK chairman "
        "Omar Salleh said it would stay."
    )
    assert result.texts("ORG") == [
        "Melati Orchard Berhad",
        "Melati Orchard",
        "Melati Orchard",
        "TVK Group",
        "TVK",
    ]
    assert result.texts("PERSON") == ["Omar Salleh"]


def test_a_one_word_short_form_in_small_letters_is_not_spread(label_en):
    result = label_en("Staff of Lorimer Group met on Monday. Lorimer Hale, a driver, was not there.")
    assert "Lorimer" not in result.texts("ORG")


def test_a_gulf_ruler_is_a_role_before_the_place(label_en):
    result = label_en("The plan of the Ruler of Sharjah was praised by Sheikh Hamad bin Khalid Al Qasimi.")
    assert result.texts("GPE") == ["Sharjah"]
    assert result.texts("PERSON") == ["Hamad bin Khalid Al Qasimi"]


def test_a_party_written_out_before_its_acronym_is_one_org(label_en):
    result = label_en("Sindhu Lok Congress (SLC) chief Harjit Mann spoke, and the Rashtriya Kisan Dal (RKD) agreed.")
    assert result.texts("ORG") == ["Sindhu Lok Congress", "SLC", "Rashtriya Kisan Dal", "RKD"]
    assert result.texts("PERSON") == ["Harjit Mann"]


def test_regions_products_and_people_before_initials_are_no_body(label_en):
    result = label_en(
        "Firms may list a real estate investment trust (REIT) in the National Capital Region (NCR), "
        "and Bambang Sutrisno Yudha (BSY) watched."
    )
    assert result.texts("ORG") == []


def test_dotted_initials_open_a_name_after_a_dotted_title_or_a_verb(label_en):
    result = label_en(
        "The letter of Dr. P.K. Weeraratne was read. The panel said K.D. Nimal Perera had left, and R.M. Jayalath agreed."
    )
    assert result.texts("PERSON") == ["P.K. Weeraratne", "K.D. Nimal Perera", "R.M. Jayalath"]


def test_dotted_initials_of_a_place_open_no_name(label_en):
    result = label_en("He flew to the U.S. Officials said the talks would go on.")
    assert result.texts("PERSON") == []


def test_a_country_in_a_plural_possessive_is_no_part_of_the_body(label_en):
    result = label_en("The Philippines’ Bureau of Fisheries Inspection filed charges on Monday.")
    assert result.texts("GPE") == ["Philippines"]
    assert result.texts("ORG") == ["Bureau of Fisheries Inspection"]


def test_a_plural_role_opening_a_sentence_is_no_name(label_en):
    result = label_en("The plant was closed. Analysts said the move would cut output, and Officials agreed.")
    assert result.texts("PERSON") == []


def test_a_name_after_a_noun_for_an_organisation_is_org(label_en):
    result = label_en(
        "Regulators fined the video-sharing platform Lumora on Monday, and Lumora appealed. "
        "Loans from private bank Kestrelbank and the charity Harbour Relief grew, said chipmaker Nexora Systems."
    )
    assert result.texts("ORG") == ["Lumora", "Lumora", "Kestrelbank", "Harbour Relief", "Nexora Systems"]
    assert result.texts("PERSON") == []


def test_a_role_or_a_clause_after_the_noun_keeps_the_person(label_en):
    result = label_en(
        "The company chairman Tan Boon Hock resigned. The daily did not say which newspaper Arun Pillai worked for."
    )
    assert result.texts("PERSON") == ["Tan Boon Hock", "Arun Pillai"]
    assert result.texts("ORG") == []


def test_chambers_by_their_rank_and_militant_groups_are_org(label_en):
    result = label_en("Upper House member Ohno Kenta left, and the Lower House said members of Islamic Jihad had fled.")
    assert result.texts("ORG") == ["Upper House", "Lower House", "Islamic Jihad"]
    assert result.texts("PERSON") == ["Ohno Kenta"]


def test_one_name_after_a_small_letter_role_is_a_person(label_en):
    result = label_en("The striker Tavaro scored twice, and police arrested the driver Somchit on Monday.")
    assert result.texts("PERSON") == ["Tavaro", "Somchit"]


def test_a_word_after_a_small_letter_role_that_the_text_writes_small_is_no_name(label_en):
    result = label_en("The coach Monday said the team was tired; the striker Scored twice, the striker scored twice.")
    assert result.texts("PERSON") == []


def test_indian_law_officers_legislators_and_trades_before_a_name(label_en):
    result = label_en("Advocate-General Uday Rao asked for time, MLC Narayana was absent, and the actor Darshith appeared.")
    assert result.texts("PERSON") == ["Uday Rao", "Narayana", "Darshith"]


def test_a_party_used_again_without_its_word_is_org(label_en):
    result = label_en(
        "The Lumen Forward Party won the most seats. Arun Wichai, a spokesperson for Lumen Forward, said "
        "Lumen Forward would appeal."
    )
    assert result.texts("ORG") == ["Lumen Forward Party", "Lumen Forward", "Lumen Forward"]
    assert result.texts("PERSON") == ["Arun Wichai"]
