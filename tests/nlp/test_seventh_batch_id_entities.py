"""Indonesian shapes from the seventh batch's regional pages (Maluku, Lombok, Jambi) that the rules
missed (issue 11). Every text is invented to show one form."""

from __future__ import annotations


def test_a_guest_house_is_a_facility_not_a_place_or_a_person(label_id):
    text = "Keributan terjadi di Guest House Melati, Kendari. Pemilik Guest House Melati lalu melapor ke polisi."
    result = label_id(text)
    assert result.texts("GPE") == ["Kendari"]
    assert result.texts("PERSON") == []


def test_a_call_center_is_no_body(label_id):
    result = label_id("Warga yang dirugikan segera menelepon Call Center 112 milik pemerintah daerah.")
    assert result.texts("ORG") == []


def test_a_role_before_a_facility_names_no_person(label_id):
    result = label_id("Pemilik Homestay Cempaka mengaku rugi besar.")
    assert result.texts("PERSON") == []


def test_initials_after_a_police_rank_are_a_person(label_id):
    text = "Oknum polisi berinisial Bripka TS bersama rekannya diperiksa. Kini Bripka TS ditahan di sel."
    result = label_id(text)
    assert result.texts("PERSON") == ["TS", "TS"]


def test_a_body_or_a_place_after_a_rank_is_no_initials(label_id):
    result = label_id("Upacara dipimpin Brigjen TNI Suharyono di Kupang, NTT.")
    assert result.texts("PERSON") == ["Suharyono"]
    assert "TNI" not in result.texts("PERSON")


def test_capitals_opening_a_longer_name_after_a_rank_are_not_cut(label_id):
    result = label_id("Kapten AB Santoso memimpin apel pagi itu.")
    assert result.texts("PERSON") == ["Santoso"] or result.texts("PERSON") == ["AB Santoso"]
    assert "AB" not in result.texts("PERSON")


def test_salutnya_after_a_quote_is_cue_and_speaker(label_id):
    text = "Kapolres AKBP Rudi Hartono memuji warga. “Kami berterima kasih kepada semua pihak,” Salutnya."
    result = label_id(text)
    quote = "Kami berterima kasih kepada semua pihak,"
    assert result.cue_of(quote) == "Salutnya"
    assert result.resolved_speaker_of(quote) == "Rudi Hartono"


def test_a_neighbourhood_after_lingkungan_is_a_place_without_the_type_word(label_id):
    text = "Patroli digelar usai bentrok antar Lingkungan Sekar Wangi dan warga sekitar."
    result = label_id(text)
    assert result.texts("GPE") == ["Sekar Wangi"]
    assert result.texts("PERSON") == []


def test_a_police_directorate_in_capitals_is_one_body(label_id):
    result = label_id("Penyidik DITRESKRIMUM POLDA Riau memeriksa tiga saksi kemarin.")
    assert result.texts("ORG") == ["DITRESKRIMUM POLDA Riau"]


def test_a_sub_directorate_and_its_whole_name_are_one_body(label_id):
    result = label_id("Polisi menurunkan SUBDIT RESMOB ke lokasi. Anggota Subbid Paminal Bidpropam Polda Sultra ikut datang.")
    assert result.texts("ORG") == ["SUBDIT RESMOB", "Subbid Paminal Bidpropam Polda Sultra"]
    assert result.texts("PERSON") == []


def test_an_operations_team_of_a_police_sector_is_one_body(label_id):
    result = label_id("Tim Opsnal Polsek Tamalate menangkap pelaku di rumahnya.")
    assert result.texts("ORG") == ["Tim Opsnal Polsek Tamalate"]


def test_a_regional_mobile_brigade_is_a_body(label_id):
    result = label_id("Pengamanan dibantu Brimobda NTT sejak pagi.")
    assert result.texts("ORG") == ["Brimobda NTT"]


def test_a_numbered_military_unit_keeps_its_seat_after_the_slash(label_id):
    result = label_id("Personel Kodim 1234/Sumbawa dan Korem 162/Wira Bhakti ikut apel gabungan.")
    assert result.texts("ORG") == ["Kodim 1234/Sumbawa", "Korem 162/Wira Bhakti"]
    assert result.texts("GPE") == []


def test_a_dateline_after_a_caption_line_and_blank_lines_names_the_outlet(label_id):
    text = (
        "Kapolda Ajak Warga Jaga Persatuan\n\nImg 20240101 wa0001\n\n"
        "Kendari, Sultra Pos – Kapolda Sultra Irjen Pol Rudi Hartono mengajak warga menjaga persatuan."
    )
    result = label_id(text)
    assert "Sultra Pos" in result.texts("ORG")
    assert "Sultra Pos" not in result.texts("GPE")
    assert result.texts("GPE")[0] == "Kendari"


def test_a_section_heading_in_the_dateline_slot_is_no_place(label_id):
    result = label_id("Kapolres Datang\n\nKOTA – Kapolres Sukamaju AKBP Rudi Hartono mendatangi kantor redaksi.")
    assert "KOTA" not in result.texts("GPE")


def test_a_former_bareskrim_director_is_a_role_speaker_not_a_name(label_id):
    text = (
        "Kapolda Sulsel Irjen Pol Rudi Hartono meninjau lokasi kebakaran. "
        "Mantan Dirtipidum Bareskrim Polri itu mengatakan, pihaknya akan menuntaskan kasus tersebut."
    )
    result = label_id(text)
    clause = "pihaknya akan menuntaskan kasus tersebut"
    assert result.texts("PERSON") == ["Rudi Hartono"]
    assert result.speaker_of(clause) == "Mantan Dirtipidum Bareskrim Polri itu"
    assert result.resolved_speaker_of(clause) == "Rudi Hartono"


def test_a_volunteer_group_after_its_chair_is_a_body_not_the_person(label_id):
    text = (
        "Hal itu diungkapkan Ketua Relawan Bumi Hijau Nusantara, Ahmad Suryadi, kepada wartawan. "
        "“Kami siap membantu,” ujar dia."
    )
    result = label_id(text)
    assert result.texts("ORG") == ["Relawan Bumi Hijau Nusantara"]
    assert result.texts("PERSON") == ["Ahmad Suryadi"]
    assert result.resolved_speaker_of("Kami siap membantu,") == "Ahmad Suryadi"


def test_a_volunteer_in_small_letters_is_no_body(label_id):
    result = label_id("Seorang relawan, Rudi Hartono, membantu warga mengungsi.")
    assert result.texts("PERSON") == ["Rudi Hartono"]
    assert result.texts("ORG") == []
