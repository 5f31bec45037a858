"""Indonesian institutions completed from knowledge (id_orgs round): members of each family that no
dev page showed are found by the gazetteer or the org heads; short forms that are common words,
names or other places stay out. Invented sentences."""

from __future__ import annotations


def test_religious_councils_by_short_form(label_id):
    result = label_id("Ketua PGI, KWI dan PHDI menghadiri dialog lintas iman di Bandung.")
    assert result.texts("ORG") == ["PGI", "KWI", "PHDI"]


def test_military_commands_by_name(label_id):
    result = label_id("Sejak pagi personel Kopassus, Kostrad dan Paspampres disiagakan.")
    assert result.texts("ORG") == ["Kopassus", "Kostrad", "Paspampres"]


def test_state_companies_by_short_name(label_id):
    result = label_id("Saham Antam, Inalum dan Bukit Asam naik, sementara Pupuk Indonesia menahan harga.")
    assert result.texts("ORG") == ["Antam", "Inalum", "Bukit Asam", "Pupuk Indonesia"]


def test_universities_by_short_form(label_id):
    result = label_id("Peneliti UMY, Unsoed dan UPI menyusun kajian itu bersama.")
    assert result.texts("ORG") == ["UMY", "Unsoed", "UPI"]


def test_civil_watchdogs(label_id):
    result = label_id("Perludem, Imparsial dan Lokataru menyampaikan catatan kepada DPR.")
    assert result.texts("ORG") == ["Perludem", "Imparsial", "Lokataru", "DPR"]


def test_liga_2_clubs_by_short_name(label_id):
    result = label_id("Laga antara PSCS Cilacap dan Persipal Palu berakhir imbang.")
    assert result.texts("ORG") == ["PSCS Cilacap", "Persipal Palu"]


def test_papua_and_aceh_legislatures(label_id):
    result = label_id("Anggota DPRP dan MRP bertemu dengan pimpinan DPRA.")
    assert result.texts("ORG") == ["DPRP", "MRP", "DPRA"]


def test_sibling_police_units_take_their_command(label_id):
    result = label_id("Komandan Satbrimob Polda Jambi memimpin apel di lapangan.")
    assert result.texts("ORG") == ["Satbrimob Polda Jambi"]


def test_regional_office_head_takes_its_ministry_and_province(label_id):
    result = label_id("Kanwil Kemenag Jawa Tengah membuka pendaftaran petugas haji.")
    assert result.texts("ORG") == ["Kanwil Kemenag Jawa Tengah"]


def test_north_korea_short_form_is_not_a_regional_council(label_id):
    result = label_id("Utusan DPRK tiba di Jakarta pada Senin.")
    assert "DPRK" not in result.texts("ORG")


def test_a_match_line_keeps_both_clubs_apart(label_id):
    result = label_id("Hasil laga Persiba Vs Persipa di Balikpapan.")
    assert result.texts("ORG") == ["Persiba", "Persipa"]
    assert result.texts("PERSON") == []


def test_a_unit_numbered_in_roman_takes_its_seat(label_id):
    result = label_id("Prajurit Kodam IX/Udayana membantu warga membersihkan pantai.")
    assert result.texts("ORG") == ["Kodam IX/Udayana"]


def test_a_hyphenated_unit_number_takes_its_seat(label_id):
    result = label_id("Babinsa Koramil 0812-05/Sugio mendampingi petani di sawah.")
    assert result.texts("ORG") == ["Koramil 0812-05/Sugio"]


def test_a_chain_of_seated_units_gives_one_name_each(label_id):
    result = label_id("Serda Budi dari Koramil 0812-05/Sugio Kodim 0812/Lamongan Korem 082/CPYJ Kodam V/Brawijaya ikut.")
    assert result.texts("ORG") == ["Koramil 0812-05/Sugio", "Kodim 0812/Lamongan", "Korem 082/CPYJ", "Kodam V/Brawijaya"]
