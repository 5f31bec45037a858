"""Indonesian entity shapes of national newsrooms seen on the tenth batch (round `b10id_ents`): a
unit and its force named by the headquarters (`Bareskrim Mabes Polri`), fused titles written apart
(`Karo Penmas`, `Kakor`, `Wabup`), national units and cabinets by name, toll gates. Every text is
invented to show one form."""

from __future__ import annotations


def test_a_unit_before_the_headquarters_is_one_organisation(label_id):
    result = label_id("Kedua tersangka dibawa ke Bareskrim Mabes Polri untuk diperiksa lebih lanjut.")
    assert result.texts("ORG") == ["Bareskrim Mabes Polri"]


def test_a_division_spelt_out_before_the_headquarters(label_id):
    result = label_id("Ia didampingi tim dari Divisi Hukum Mabes Polri selama pemeriksaan.")
    assert result.texts("ORG") == ["Divisi Hukum Mabes Polri"]


def test_the_detachment_before_the_headquarters(label_id):
    assert label_id("Tim Densus 88 Mabes Polri tiba di Medan.").texts("ORG") == ["Densus 88 Mabes Polri"]


def test_the_headquarters_alone_keeps_the_force(label_id):
    result = label_id("Berkas perkara itu dikirim ke Mabes Polri pada Senin.")
    assert result.texts("ORG") == ["Polri"]


def test_a_body_joined_by_and_is_not_a_unit(label_id):
    result = label_id("Kasus itu ditangani Kejaksaan Agung dan Mabes Polri bersama.")
    assert result.texts("ORG") == ["Kejaksaan Agung", "Polri"]


def test_the_information_bureau_head_written_apart_is_no_place(label_id):
    quote = "Keduanya sudah kami tahan,"
    result = label_id(f'"{quote}" ujar Karo Penmas Divisi Humas Polri Brigjen Sutrisno Wibowo di Jakarta.')
    assert result.texts("GPE") == ["Jakarta"]
    assert result.texts("PERSON") == ["Sutrisno Wibowo"]
    assert result.speaker_of(quote) == "Sutrisno Wibowo"


def test_karo_alone_stays_the_regency(label_id):
    assert "Karo" in label_id("Bupati Karo meninjau lahan pertanian warga.").texts("GPE")


def test_the_corps_commander_title_is_no_person(label_id):
    result = label_id("Penyidik lebih dulu berkoordinasi dengan Kakor Brimob sebelum menangkap.")
    assert result.texts("PERSON") == []
    assert result.texts("ORG") == ["Brimob"]


def test_the_deputy_regent_short_title_is_not_in_the_name(label_id):
    result = label_id("Konflik antara Bupati Hartono dan Wabup Sugeng makin meruncing.")
    assert result.texts("PERSON") == ["Hartono", "Sugeng"]


def test_the_bureau_head_fused_title_is_no_person(label_id):
    result = label_id("Hal itu dikatakan Karopenmas Divisi Humas Polri Brigjen Sutrisno Wibowo di Jakarta.")
    assert result.texts("PERSON") == ["Sutrisno Wibowo"]
    assert result.texts("ORG") == ["Divisi Humas Polri"]


def test_national_units_by_short_name(label_id):
    result = label_id("Pelapor diarahkan ke SPKT. Data korban diperoleh dari Dukcapil, kepala desa dan lurah.")
    assert result.texts("ORG") == ["SPKT", "Dukcapil"]


def test_the_corps_word_before_the_brigade_is_the_organisation(label_id):
    result = label_id("Penyidik lebih dulu berkoordinasi dengan Korps Brimob.")
    assert result.texts("ORG") == ["Korps Brimob"]
    assert result.texts("PERSON") == []


def test_a_cabinet_named_with_common_words(label_id):
    result = label_id("Para menteri Kabinet Indonesia Maju bertemu warga. Kabinet Kerja dulu juga begitu.")
    assert result.texts("ORG") == ["Kabinet Indonesia Maju", "Kabinet Kerja"]
    assert result.texts("PERSON") == []


def test_a_toll_gate_is_a_facility_not_a_place(label_id):
    result = label_id("Antrean panjang terjadi di Gerbang Tol Kalikangkung, Semarang.")
    assert result.texts("GPE") == ["Semarang"]
    assert result.texts("PERSON") == []


def test_the_deputy_mayor_short_title_before_the_city(label_id):
    result = label_id("Wawali Sukamakmur Bambang Irawan meninjau pasar induk.")
    assert result.texts("GPE") == ["Sukamakmur"]
    assert result.texts("PERSON") == ["Bambang Irawan"]


def test_the_deputy_regent_short_title_before_the_regency(label_id):
    result = label_id("Wabup Jember Sugeng Riyanto hadir di pendopo.")
    assert result.texts("GPE") == ["Jember"]
    assert result.texts("PERSON") == ["Sugeng Riyanto"]
