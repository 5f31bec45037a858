"""Indonesian entities of round id_entcount1 (a count on unseen regional pages): villages listed
without their type between two typed ones, a national body's regional office with its province
after `Kepala Perwakilan`, and a name with a dotted initial after a prosecutor's office and its place;
invented sentences."""

from __future__ import annotations


def test_untyped_villages_between_two_typed_ones_are_places(label_id):
    labelled = label_id("Desa yang terisolir antara lain Desa Sukamaju, Long Baru, Muara Indah, Tapos, dan Desa Mekarsari.")
    places = labelled.texts("GPE")
    for village in ("Desa Sukamaju", "Long Baru", "Muara Indah", "Tapos", "Desa Mekarsari"):
        assert village in places
    assert not labelled.texts("PERSON")


def test_a_list_closed_by_another_village_type(label_id):
    labelled = label_id("Banjir merendam Desa Sukamaju, Bente Jaya, Sebaru dan Kelurahan Tanjung Baru sejak pagi.")
    places = labelled.texts("GPE")
    for village in ("Bente Jaya", "Sebaru", "Kelurahan Tanjung Baru"):
        assert village in places
    assert not labelled.texts("PERSON")


def test_a_name_between_a_village_head_and_another_head_stays_a_person(label_id):
    """Guard: the list's first item opens with a role, not a place type."""
    labelled = label_id("Kepala Desa Sukamaju, Budi Santoso, dan Kepala Desa Cibeber meninjau tanggul.")
    assert "Budi Santoso" in labelled.texts("PERSON")


def test_names_before_a_village_head_are_no_list_of_places(label_id):
    """Guard: after `dan` comes a role (`Kepala Desa`), not a place type, so the runs are people."""
    labelled = label_id("Pertemuan di Kecamatan Sukamaju, Rudi Hartono, Budi Santoso dan Kepala Desa Mekarsari hadir.")
    assert "Rudi Hartono" in labelled.texts("PERSON")
    assert "Budi Santoso" in labelled.texts("PERSON")


def test_the_regional_office_of_the_central_bank_keeps_its_province(label_id):
    labelled = label_id("Kepala Perwakilan Bank Indonesia Provinsi Sukadana, Budi Santoso, mengatakan inflasi masih terkendali.")
    assert "Bank Indonesia Provinsi Sukadana" in labelled.texts("ORG")
    assert "Budi Santoso" in labelled.texts("PERSON")


def test_the_regional_office_written_short_keeps_its_province(label_id):
    labelled = label_id("Kepala Perwakilan BI Provinsi Sukadana Budi Santoso mengatakan inflasi naik.")
    assert "BI Provinsi Sukadana" in labelled.texts("ORG")
    assert "Budi Santoso" in labelled.texts("PERSON")


def test_a_regional_office_named_by_its_province_alone_is_unchanged(label_id):
    """Guard: a known province right after the body was already inside its ORG; `Perwakilan` stays out."""
    labelled = label_id("Kepala Perwakilan Ombudsman RI Jawa Barat, Budi Santoso, mengatakan laporan naik.")
    assert "Ombudsman RI Jawa Barat" in labelled.texts("ORG")
    assert "Budi Santoso" in labelled.texts("PERSON")


def test_a_name_with_a_dotted_initial_after_a_prosecutors_office(label_id):
    labelled = label_id("Kepala Kejaksaan Negeri Lamongan Andi M. Fachry mengatakan kasus itu masih diselidiki.")
    assert "Kejaksaan Negeri Lamongan" in labelled.texts("ORG")
    assert "Andi M. Fachry" in labelled.texts("PERSON")


def test_a_name_without_initial_after_a_prosecutors_office(label_id):
    """Guard: the plain name was already read apart from the office."""
    labelled = label_id("Kepala Kejaksaan Negeri Lamongan Budi Santoso mengatakan kasus itu masih diselidiki.")
    assert "Kejaksaan Negeri Lamongan" in labelled.texts("ORG")
    assert "Budi Santoso" in labelled.texts("PERSON")
