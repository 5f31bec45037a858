"""English ORG and PERSON recall on South-East Asian pages (issue 11, en_ents3 round): Malay
names of universities and boards, Malaysian police ranks by their initials, nationalities before
a name, clubs and companies by their last word, offices named after a role's holder and units
numbered with a hyphen. Every sentence is invented."""

from __future__ import annotations


def test_a_malay_university_name_is_one_org_with_its_acronym(label_en):
    result = label_en(
        "Universiti Sains Perak (USP) rose ten places, and USP students celebrated. "
        "Lembaga Getah Negara will fund a lab at Kolej Komuniti Tanjung."
    )
    assert result.texts("ORG") == [
        "Universiti Sains Perak",
        "USP",
        "USP",
        "Lembaga Getah Negara",
        "Kolej Komuniti Tanjung",
    ]
    assert result.texts("PERSON") == []


def test_malaysian_police_ranks_by_their_initials_stay_out_of_the_name(label_en):
    result = label_en("District police chief ACP Rahim Salleh said DCP Azmi Ghani and Supt Lim Boon Keat had arrived.")
    assert result.texts("PERSON") == ["Rahim Salleh", "Azmi Ghani", "Lim Boon Keat"]


def test_a_nationality_before_a_name_is_no_part_of_it(label_en):
    result = label_en("The club signed Argentine Pablo Ferreyra and Brazilian Tiago Menezes on Monday.")
    assert result.texts("PERSON") == ["Pablo Ferreyra", "Tiago Menezes"]


def test_a_hyphenated_vice_chancellor_is_a_role(label_en):
    result = label_en("Students called for the resignation of the Vice-Chancellor Harun Latif.")
    assert result.texts("PERSON") == ["Harun Latif"]


def test_clubs_and_companies_end_in_united_investors_or_properties(label_en):
    result = label_en(
        "Ratchaburi United of Thailand beat Sabah United. Orchid Global Investors and Melur "
        "Properties bought shares. The United Nations said the United States agreed."
    )
    assert result.texts("ORG") == [
        "Ratchaburi United",
        "Sabah United",
        "Orchid Global Investors",
        "Melur Properties",
        "United Nations",
    ]
    assert "Thailand" in result.texts("GPE")
    assert result.texts("PERSON") == []


def test_an_office_named_after_a_role_s_holder_is_one_org(label_en):
    result = label_en(
        "A minister in the Prime Minister's Department said the Attorney-General’s Chambers had "
        "received the file. The Chief Minister’s Office declined to comment."
    )
    assert result.texts("ORG") == [
        "Prime Minister's Department",
        "Attorney-General’s Chambers",
        "Chief Minister’s Office",
    ]
    assert result.texts("PERSON") == []


def test_a_role_before_a_name_still_gives_the_person(label_en):
    result = label_en("The Prime Minister's aide, Farid Osman, said Prime Minister Lina Park would attend.")
    assert result.texts("ORG") == []
    assert result.texts("PERSON") == ["Farid Osman", "Lina Park"]


def test_a_unit_keeps_its_number_after_a_hyphen_or_a_dash(label_en):
    result = label_en(
        "Colonel Ramon Dizon of the Police Regional Office-11 said Police Regional Office–12 and "
        "Police Regional Office 4-B had sent help."
    )
    assert result.texts("ORG") == ["Police Regional Office-11", "Police Regional Office–12", "Police Regional Office 4-B"]
    assert result.texts("PERSON") == ["Ramon Dizon"]


def test_portfolio_words_before_minister_make_no_company(label_en):
    result = label_en(
        "Energy and Mineral Resources Minister Budi Karya spoke. State-Owned Enterprises Minister Rina Sari agreed."
    )
    assert result.texts("ORG") == []
    assert result.texts("PERSON") == ["Budi Karya", "Rina Sari"]


def test_a_known_body_before_and_is_not_run_into_the_next_company(label_en):
    result = label_en("Petronas and Kenanga Tenaga Berhad signed the deal.")
    assert result.texts("ORG") == ["Petronas", "Kenanga Tenaga Berhad"]


def test_the_burmese_u_after_a_role_stays_out_of_the_name(label_en):
    result = label_en("Ward chairman U Aung Myo was detained. President U Thein Naing said the lawmaker U Soe Lin left.")
    assert result.texts("PERSON") == ["Aung Myo", "Thein Naing", "Soe Lin"]


def test_capitalised_burmese_wards_and_villages_are_places(label_en):
    result = label_en("U Tin Oo, the administrator of Kanbe Ward, and a clerk from Nyaung Pin Village were detained.")
    assert result.texts("GPE") == ["Kanbe Ward", "Nyaung Pin Village"]
    assert result.texts("PERSON") == ["Tin Oo"]


def test_myanmar_s_junta_council_keeps_its_acronym(label_en):
    result = label_en("The State Administration Council (SAC) said SAC troops had left.")
    assert result.texts("ORG") == ["State Administration Council", "SAC", "SAC"]


def test_capitals_after_the_name_a_body_and_spread(label_en):
    result = label_en("The KNLA and the TDF said the fighting went on. TDF troops later withdrew.")
    assert result.texts("ORG") == ["KNLA", "TDF", "TDF"]


def test_capitals_after_the_that_name_no_body_stay_untagged(label_en):
    result = label_en("The CEO said the GST and the MRT line would help. Suspect RK was held.")
    assert result.texts("ORG") == []


def test_regional_bodies_named_without_a_tail_are_known(label_en):
    result = label_en("Muhammadiyah and Jubo Dal activists met Metrobank and Bank Negara Malaysia officials.")
    assert result.texts("ORG") == ["Muhammadiyah", "Jubo Dal", "Metrobank", "Bank Negara Malaysia"]
    assert result.texts("PERSON") == []


def test_a_police_branch_is_a_body_and_a_court_branch_keeps_its_number(label_en):
    result = label_en("The Special Branch and the Detective Branch (DB) questioned him at Regional Trial Court Branch 45.")
    assert result.texts("ORG") == ["Special Branch", "Detective Branch", "DB", "Regional Trial Court Branch 45"]


def test_a_generation_closes_a_philippine_name(label_en):
    result = label_en("The panel deferred the nomination of Ramon Cruz III as secretary. Cruz said he would wait.")
    assert result.texts("PERSON") == ["Ramon Cruz III", "Cruz"]


def test_a_company_named_with_pt_is_the_company_without_it(label_en):
    result = label_en("PT Sinar Laut Perkasa Tbk posted a loss. Sinar Laut Perkasa said prices fell.")
    assert result.texts("ORG") == ["PT Sinar Laut Perkasa Tbk", "Sinar Laut Perkasa"]
    assert result.texts("PERSON") == []


def test_movements_and_fronts_are_bodies(label_en):
    result = label_en("The Civil Disobedience Movement (CDM) and the Patriotic Liberation Front issued a statement.")
    assert result.texts("ORG") == ["Civil Disobedience Movement", "CDM", "Patriotic Liberation Front"]


def test_a_prime_minister_by_the_initials_is_a_role(label_en):
    result = label_en("PM Rahim Osman said the former PM Somchai Kaewdee had agreed.")
    assert result.texts("PERSON") == ["Rahim Osman", "Somchai Kaewdee"]


def test_an_acronym_hyphened_to_its_unit_or_region_is_one_body(label_en):
    result = label_en(
        "Agents of the NBI-NCR and the PRO-CAR said the DTI-Calabarzon office had closed. "
        "AFP-PNP teams and US-ASEAN talks went on."
    )
    assert result.texts("ORG") == ["NBI-NCR", "PRO-CAR", "DTI-Calabarzon"]


def test_a_vietnamese_name_opened_by_a_stop_word_after_a_dotted_rank(label_en):
    result = label_en("Ministry spokesman Lt. Gen. To Van Minh said the case was closed.")
    assert result.texts("PERSON") == ["To Van Minh"]


def test_a_patronymic_joiner_keeps_an_indian_malaysian_name_whole(label_en):
    result = label_en(
        "Sessions Court judge Datuk Rahim a/l Osman heard that Muniandy a/l Perumal and "
        "Kavitha Devi d/o Raman had fled."
    )
    assert result.texts("PERSON") == ["Rahim a/l Osman", "Muniandy a/l Perumal", "Kavitha Devi d/o Raman"]


def test_a_defined_short_form_is_no_person_later(label_en):
    result = label_en("The Maritime Affairs Ministry (Kemaritim) denied it. Kemaritim said the ship had left.")
    assert result.texts("ORG") == ["Maritime Affairs Ministry", "Kemaritim", "Kemaritim"]
    assert result.texts("PERSON") == []


def test_an_acronym_before_the_body_s_name_in_brackets(label_en):
    result = label_en("Holders of a PRB (Pharmacy Regulation Board) licence may apply, PRB officials said.")
    assert result.texts("ORG") == ["PRB", "Pharmacy Regulation Board", "PRB"]
