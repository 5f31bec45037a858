"""Indonesian entities of round id_lists2: villages and districts listed without their type, the
last item untyped too, where the words before the list announce places (a village type in small
letters, a list opener, or an opener before a typed first item); invented sentences."""

from __future__ import annotations


def test_a_list_after_an_opener_and_a_typed_first_district(label_id):
    labelled = label_id("Wilayah terdampak meliputi Kecamatan Sukamaju, Long Baru, Muara Indah, dan Tapos.")
    places = labelled.texts("GPE")
    for place in ("Kecamatan Sukamaju", "Long Baru", "Muara Indah", "Tapos"):
        assert place in places
    assert not labelled.texts("PERSON")


def test_a_list_after_a_village_noun_and_an_opener(label_id):
    """The first item, after the opener, is a place too."""
    labelled = label_id("Bantuan disalurkan ke sejumlah desa yakni Lubuk Sarai, Bente Jaya, dan Tapos.")
    places = labelled.texts("GPE")
    for place in ("Lubuk Sarai", "Bente Jaya", "Tapos"):
        assert place in places
    assert not labelled.texts("PERSON")


def test_a_list_after_a_village_type_in_small_letters(label_id):
    labelled = label_id("Petugas menyisir kelurahan Sukamaju, Bente Jaya, Tapos sejak subuh.")
    places = labelled.texts("GPE")
    for place in ("Sukamaju", "Bente Jaya", "Tapos"):
        assert place in places
    assert not labelled.texts("PERSON")


def test_names_after_a_village_head_in_small_letters_stay_people(label_id):
    """Guard: `kepala desa` is a role; the names after the village are its heads."""
    labelled = label_id("Rapat dihadiri kepala desa Sukamaju, Budi Santoso, Rudi Hartono dan Andi Wijaya.")
    people = labelled.texts("PERSON")
    for name in ("Budi Santoso", "Rudi Hartono", "Andi Wijaya"):
        assert name in people


def test_names_after_village_heads_and_an_opener_stay_people(label_id):
    """Guard: `kepala desa yaitu A, B dan C` lists the heads, not villages."""
    labelled = label_id("Yang hadir kepala desa yaitu Budi Santoso, Rudi Hartono dan Andi Wijaya.")
    people = labelled.texts("PERSON")
    for name in ("Budi Santoso", "Rudi Hartono", "Andi Wijaya"):
        assert name in people


def test_names_after_residents_of_a_village_stay_people(label_id):
    """Guard: `warga desa X, A, B` names the residents."""
    labelled = label_id("Dua warga desa Sukamaju, Budi Santoso, Rudi Hartono dan Andi Wijaya terluka.")
    people = labelled.texts("PERSON")
    for name in ("Budi Santoso", "Rudi Hartono", "Andi Wijaya"):
        assert name in people


def test_names_after_a_naming_word_stay_people(label_id):
    """Guard: no place word before the list."""
    labelled = label_id("Tiga warga bernama Budi Santoso, Rudi Hartono dan Andi Wijaya terluka.")
    people = labelled.texts("PERSON")
    for name in ("Budi Santoso", "Rudi Hartono", "Andi Wijaya"):
        assert name in people


def test_names_after_a_typed_district_without_an_opener_stay_people(label_id):
    """Guard: a typed first item alone (no opener before it) frames no list; names may follow."""
    labelled = label_id("Pertemuan di Kecamatan Sukamaju, Rudi Hartono, Budi Santoso dan Andi Wijaya hadir.")
    people = labelled.texts("PERSON")
    for name in ("Rudi Hartono", "Budi Santoso", "Andi Wijaya"):
        assert name in people
