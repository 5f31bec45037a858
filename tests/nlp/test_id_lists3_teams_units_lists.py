"""Indonesian entities of round id_lists3: teams written out before their acronym, a province's
short form after a title, place types shortened with a stop, a unit or a prosecutor's office after
a bracketed short title, a handout mark in a photo credit, and comma lists of places framed by
known places; invented sentences."""

from __future__ import annotations


def test_a_team_written_out_before_its_acronym(label_id):
    labelled = label_id(
        "Ketua Tim Pengendali Inflasi Daerah (TPID) Kabupaten Lamongan, Budi Santoso, mengatakan harga beras naik. "
        "Menurut dia, TPID akan menggelar pasar murah bersama Tim Pengendali Inflasi Daerah provinsi."
    )
    orgs = labelled.texts("ORG")
    assert orgs.count("Tim Pengendali Inflasi Daerah") == 2  # written out again without the acronym
    assert orgs.count("TPID") == 2
    assert "Kabupaten Lamongan" in labelled.texts("GPE")
    assert labelled.texts("PERSON") == ["Budi Santoso"]


def test_a_task_force_with_its_place_after_the_acronym(label_id):
    labelled = label_id("Tim Percepatan Penurunan Stunting (TPPS) Kota Bogor menggelar rapat di balai kota.")
    assert labelled.texts("ORG") == ["Tim Percepatan Penurunan Stunting", "TPPS"]
    assert labelled.texts("GPE") == ["Kota Bogor"]


def test_a_term_with_an_acronym_is_no_team(label_id):
    """Guard: the run must open with a team's word; a fuel or a civil servant is no body."""
    labelled = label_id("Harga Bahan Bakar Minyak (BBM) naik, kata Aparatur Sipil Negara (ASN) di Bogor.")
    assert not labelled.texts("ORG")


def test_a_province_short_form_after_the_governor_is_the_place(label_id):
    labelled = label_id(
        "Rapat digelar di Provinsi Sukamaju Barat Daya (SBD), Kamis. "
        "Gubernur SBD Budi Santoso mengatakan dokumen sudah siap."
    )
    assert labelled.texts("GPE").count("SBD") == 2
    assert "SBD" not in labelled.texts("ORG")


def test_a_body_short_form_after_a_title_stays_a_body(label_id):
    """Guard: the acronym of a body (not of a place) stays an ORG after `Kepala`."""
    labelled = label_id("Badan Gizi Nasional (BGN) menggelar rapat. Kepala BGN Budi Santoso hadir.")
    assert labelled.texts("ORG").count("BGN") == 2


def test_a_shortened_province_type_keeps_its_name(label_id):
    labelled = label_id("Cuaca di sebagian besar wilayah Prov. Kalteng berawan, sedangkan Kab. Bogor hujan ringan.")
    assert labelled.texts("GPE") == ["Prov. Kalteng", "Kab. Bogor"]


def test_a_shortened_type_after_a_governor_is_no_name(label_id):
    """`Gubernur Prov. X` reads as `Gubernur Provinsi X`: the place with its type, no PERSON `Prov`."""
    labelled = label_id("Gubernur Prov. Jawa Barat membuka acara itu di Bandung.")
    assert labelled.texts("GPE")[0] == "Prov. Jawa Barat"
    assert not labelled.texts("PERSON")


def test_a_shortened_type_after_the_government_gives_the_place_alone(label_id):
    labelled = label_id("Pemerintah Prov. Jawa Barat menyalurkan bantuan ke Desa Sukasari Kab. Cianjur.")
    places = labelled.texts("GPE")
    assert places[0] == "Jawa Barat"
    assert "Desa Sukasari" in places


def test_a_prosecutors_office_after_a_bracketed_portfolio(label_id):
    labelled = label_id(
        "Kasi Pidana Khusus (Pidsus) Kejaksaan Negeri Lamongan Budi Santoso mengatakan tersangka sudah ditahan."
    )
    assert "Kejaksaan Negeri Lamongan" in labelled.texts("ORG")
    assert labelled.texts("PERSON") == ["Budi Santoso"]


def test_a_unit_written_out_after_a_bracketed_short_title(label_id):
    labelled = label_id(
        "Kepala Satuan (Kasat) Reserse Kriminal (Reskrim) Polres Lamongan AKP Budi Santoso mengatakan pelaku ditangkap."
    )
    assert labelled.texts("PERSON") == ["Budi Santoso"]
    assert "Polres Lamongan" in labelled.texts("ORG")


def test_a_unit_with_its_short_form_before_its_police_body_stays_as_it_was(label_id):
    """Guard: a unit written out before the bracket keeps its ORGs."""
    labelled = label_id("Kepala Bidang Propam (Propam) Polda Papua Kombes Budi Santoso mengatakan.")
    assert labelled.texts("ORG") == ["Bidang Propam", "Propam", "Polda Papua"]
    assert labelled.texts("PERSON") == ["Budi Santoso"]


def test_a_name_after_a_bracketed_role_title_stays_a_person(label_id):
    """Guard: no body follows the bracket, the name does."""
    labelled = label_id("Menteri Keuangan (Menkeu) Rina Wati mengatakan anggaran cukup.")
    assert labelled.texts("PERSON") == ["Rina Wati"]


def test_a_handout_mark_is_no_part_of_the_credited_source(label_id):
    labelled = label_id("Petugas mengevakuasi warga yang terjebak banjir. (ANTARA/HO-BPBD Lamongan)")
    assert labelled.texts("ORG") == ["ANTARA", "BPBD Lamongan"]


def test_inner_items_of_a_list_between_known_places(label_id):
    labelled = label_id("Banjir melanda Bogor, Bente Jaya, Muara Indah dan Depok sejak Senin.")
    assert labelled.texts("GPE") == ["Bogor", "Bente Jaya", "Muara Indah", "Depok"]
    assert not labelled.texts("PERSON")


def test_the_first_item_of_a_list_of_known_places(label_id):
    labelled = label_id("Banjir merendam Bente Jaya, Bogor, Cibinong dan Depok sejak Senin.")
    assert labelled.texts("GPE") == ["Bente Jaya", "Bogor", "Cibinong", "Depok"]
    assert not labelled.texts("PERSON")


def test_names_after_a_place_with_no_known_place_last_stay_people(label_id):
    """Guard: the list does not close with a known place."""
    labelled = label_id("Hadir dalam acara itu Bupati Bogor, Budi Santoso, Rudi Hartono dan Andi Wijaya.")
    assert labelled.texts("PERSON") == ["Budi Santoso", "Rudi Hartono", "Andi Wijaya"]


def test_a_list_of_people_before_a_place_stays_people(label_id):
    """Guard: `warga bernama A, B dan C di X`: the names are listed, the place follows the list."""
    labelled = label_id("Warga bernama Budi Santoso, Rudi Hartono dan Andi Wijaya di Bogor ditangkap polisi.")
    assert labelled.texts("PERSON") == ["Budi Santoso", "Rudi Hartono", "Andi Wijaya"]
    assert labelled.texts("GPE") == ["Bogor"]
