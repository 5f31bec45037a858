"""Entity classes of the newest real Indonesian development articles (issue 11, round newid), on
invented sentences: an age after a name in a list of places, reporters' initials in a credit tag."""

from __future__ import annotations


def test_a_name_with_an_age_closing_a_list_of_places_is_a_person(label_id):
    result = label_id(
        "Pelaku adalah Joko Prasetyo (35), warga Sidoarjo yang tinggal di Brondong, Lamongan, dan M Budi Hartono "
        "(17), warga Tuban."
    )
    assert result.texts("PERSON") == ["Joko Prasetyo", "M Budi Hartono"]
    assert "M Budi Hartono" not in result.texts("GPE")


def test_a_list_of_places_without_an_age_stays_places(label_id):
    result = label_id("Banjir merendam Desa Sukamaju, Cibodas, dan Sindang Jaya di Kabupaten Garut.")
    assert "Sindang Jaya" in result.texts("GPE")


def test_capital_initials_beside_a_small_code_in_a_credit_are_no_outlet(label_id):
    result = label_id("Dewan setuju dengan program itu. Namun, mekanisme harus dilalui. (RK/rel)")
    assert result.texts("ORG") == []


def test_agency_codes_in_a_credit_stay_organisations(label_id):
    result = label_id("Banjir merendam ratusan rumah di kota itu. (ANTARA/JACX)")
    assert result.texts("ORG") == ["ANTARA", "JACX"]


def test_a_day_and_date_whose_bracket_the_page_left_open_is_one_date(label_id):
    result = label_id("Konferensi pers digelar di aula polda, Minggu (7/3. Rapat lanjutan digelar Kamis (12/3) pagi.")
    assert result.texts("DATE") == ["Minggu (7/3", "Kamis (12/3)"]
