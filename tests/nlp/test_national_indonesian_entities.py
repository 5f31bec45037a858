"""Indonesian entity shapes of national politics, courts and market pages that cost edits
(issue 11, the `id_ents2` round). Every text is invented to show one form."""

from __future__ import annotations


def test_a_district_court_acronym_takes_its_seat(label_id):
    result = label_id("Ia pernah menjabat Ketua PN Sukamaju sebelum pindah ke PN Jakarta Barat.")
    assert result.texts("ORG") == ["PN Sukamaju", "PN Jakarta Barat"]
    assert result.texts("PERSON") == []


def test_a_court_seat_stops_before_the_name_after_it(label_id):
    result = label_id("Humas PN Sukamaju Budi Santoso mengatakan sidang ditunda.")
    assert result.texts("PERSON") == ["Budi Santoso"]
    assert "Sukamaju" not in " ".join(result.texts("PERSON"))


def test_an_administrative_court_acronym_too(label_id):
    result = label_id("Gugatan itu didaftarkan ke PTUN Sukamaju pekan lalu.")
    assert result.texts("ORG") == ["PTUN Sukamaju"]


def test_constitutional_and_supreme_court_judges_are_titles(label_id):
    result = label_id("Hakim Konstitusi Budi Santoso membacakan putusan, disusul Hakim Agung Sutrisno.")
    assert result.texts("PERSON") == ["Budi Santoso", "Sutrisno"]


def test_judges_as_a_plural_noun_are_no_person(label_id):
    result = label_id("Dua Hakim Konstitusi lainnya, yakni Andi Wijaya dan Rina Hartono, berbeda pendapat.")
    assert result.texts("PERSON") == ["Andi Wijaya", "Rina Hartono"]


def test_a_faction_after_its_head_keeps_the_word_fraksi(label_id):
    result = label_id("Ketua Fraksi PKB DPR RI Andi Wijaya menolak usulan itu.")
    assert result.texts("ORG") == ["Fraksi PKB DPR RI"]
    assert result.texts("PERSON") == ["Andi Wijaya"]


def test_a_listed_company_without_pt_is_an_org_with_its_ticker(label_id):
    result = label_id("Harga saham Sarana Kencana Mulia Tbk (SKMU) turun tajam.")
    assert result.texts("ORG") == ["Sarana Kencana Mulia Tbk", "SKMU"]
    assert result.texts("PERSON") == []


def test_a_listed_company_opening_a_sentence_keeps_its_stop_and_not_the_market_noun(label_id):
    result = label_id("Saham Mitra Karya Abadi Tbk. juga naik pada sesi pertama.")
    assert result.texts("ORG") == ["Mitra Karya Abadi Tbk."]


def test_a_listed_company_ends_at_tbk_before_its_director(label_id):
    result = label_id("Direktur Utama PT Mitra Karya Abadi Tbk Budi Santoso mengatakan laba naik.")
    assert result.texts("ORG") == ["PT Mitra Karya Abadi Tbk"]
    assert result.texts("PERSON") == ["Budi Santoso"]


def test_negara_ends_a_body_name(label_id):
    result = label_id("Badan Usaha Milik Negara (BUMN) itu dan PT Sinar Jaya Negara merugi.")
    assert result.texts("ORG") == ["Badan Usaha Milik Negara", "BUMN", "PT Sinar Jaya Negara"]


def test_negara_alone_is_still_no_name(label_id):
    result = label_id("Negara harus hadir. Ia bicara soal Negara.")
    assert result.texts("PERSON") == []
    assert result.texts("ORG") == []


def test_a_coordinating_ministers_portfolio_before_his_short_title_is_no_unit(label_id):
    result = label_id("Menteri Koordinator Bidang Perekonomian (Menko Perekonomian) Budi Santoso hadir.")
    assert result.texts("ORG") == []
    assert result.texts("PERSON") == ["Budi Santoso"]


def test_a_faction_right_after_a_commission_is_a_body_of_its_own(label_id):
    result = label_id("Anggota Komisi XI DPR Fraksi Partai Golkar Misbakhun bicara soal pajak.")
    assert result.texts("ORG") == ["Komisi XI DPR", "Fraksi Partai Golkar"]
    assert result.texts("PERSON") == ["Misbakhun"]


def test_a_parliament_body_before_the_parliament_is_one_org(label_id):
    result = label_id("Ketua Baleg DPR Bob Hasan memimpin rapat itu.")
    assert result.texts("ORG") == ["Baleg DPR"]
    assert result.texts("PERSON") == ["Bob Hasan"]


def test_national_bodies_keep_ri(label_id):
    result = label_id("Ketua KPU RI Budi Santoso dan Bawaslu RI menolak, sedangkan KPU Jawa Barat setuju.")
    assert result.texts("ORG") == ["KPU RI", "Bawaslu RI", "KPU Jawa Barat"]


def test_palaces_are_facilities_with_nothing_tagged_in_them(label_id):
    result = label_id("Ia tiba di Istana Merdeka, lalu rapat di Istana Kepresidenan Bogor.")
    assert result.texts("ORG") == []
    assert result.texts("GPE") == []


def test_a_law_named_by_an_unknown_acronym_is_no_org(label_id):
    result = label_id("Ia dijerat UU ITE, sementara RUU TPKS masih dibahas.")
    assert result.texts("ORG") == []
    assert result.texts("PERSON") == []


def test_a_law_named_after_a_body_keeps_only_the_body(label_id):
    result = label_id("Revisi UU KPK dan RUU TNI disahkan dalam rapat paripurna.")
    assert result.texts("ORG") == ["KPK", "TNI"]


def test_a_national_team_ends_after_its_country(label_id):
    result = label_id("Pelatih Timnas Indonesia Budi Santoso puas. Manajer Timnas Indonesia U-23 Sumardi setuju.")
    assert result.texts("ORG") == ["Timnas Indonesia", "Timnas Indonesia U-23"]
    assert result.texts("PERSON") == ["Budi Santoso", "Sumardi"]


def test_a_senior_deputy_governor_is_a_title(label_id):
    result = label_id("Deputi Gubernur Senior BI Destry Damayanti hadir dalam rapat itu.")
    assert result.texts("ORG") == ["BI"]
    assert result.texts("PERSON") == ["Destry Damayanti"]


def test_a_short_title_in_brackets_holds_its_portfolio_abbreviation(label_id):
    text = "Ia melaporkan Direktur Jenderal Pelayanan Kesehatan (Dirjen Yankes) Kementerian Kesehatan Andi Wijaya."
    result = label_id(text)
    assert result.texts("PERSON") == ["Andi Wijaya"]
    assert result.texts("ORG") == ["Kementerian Kesehatan"]


def test_a_regional_role_in_brackets_keeps_its_place(label_id):
    result = label_id("Saksi kedua (Kepala Desa Sukamaju) hadir di persidangan.")
    assert result.texts("GPE") == ["Desa Sukamaju"]


def test_a_name_in_brackets_after_a_common_noun_stays_a_person(label_id):
    result = label_id("Ada kabar yang bilang bapak (Presiden Wiranto) akan datang.")
    assert result.texts("PERSON") == ["Wiranto"]


def test_a_company_without_pt_between_a_role_and_a_name(label_id):
    result = label_id("Direktur Keuangan Bank Nusantara Tbk Rina Hartono mengatakan laba naik.")
    assert result.texts("ORG") == ["Bank Nusantara Tbk"]
    assert result.texts("PERSON") == ["Rina Hartono"]
