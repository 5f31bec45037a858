"""Indonesian entities of round id_ents17: police and military heads whose title is written out
before its bracketed short form. The place after a police unit head's short title and before a
rank (`Kepala Kepolisian Resor (Kapolres) X, AKBP Y`), the army's territorial units written out
(`Komandan Rayon Militer (Danramil)`, `Komando Distrik Militer (Kodim)`) and the numbered unit
after a bracketed military title (`(Danrem) 084/X Y`); invented sentences."""

from __future__ import annotations


def test_a_place_after_a_bracketed_police_title_and_before_a_rank_in_commas(label_id):
    labelled = label_id(
        "Kepala Kepolisian Resor (Kapolres) Sukadana, AKBP Bambang Wijaya, mengatakan pelaku sudah ditangkap."
    )
    assert "Sukadana" in labelled.texts("GPE")
    assert "Sukadana" not in labelled.texts("PERSON")
    assert "Bambang Wijaya" in labelled.texts("PERSON")


def test_a_place_after_a_bracketed_police_title_and_before_a_rank(label_id):
    labelled = label_id("Kepala Kepolisian Sektor (Kapolsek) Sukamaju Kompol Rudi Hartono meninjau lokasi banjir.")
    assert "Sukamaju" in labelled.texts("GPE")
    assert "Sukamaju" not in labelled.texts("PERSON")
    assert "Rudi Hartono" in labelled.texts("PERSON")


def test_a_name_after_a_bracketed_police_title_stays_a_person(label_id):
    """Guard: with no rank after the words, they are the head's name, not the unit's place."""
    labelled = label_id("Kepala Kepolisian Resor (Kapolres) Bambang Wijaya mengatakan pelaku sudah ditangkap.")
    assert "Bambang Wijaya" in labelled.texts("PERSON")
    assert not labelled.texts("GPE")


def test_a_military_district_written_out_after_its_commander_is_no_person(label_id):
    labelled = label_id(
        "Komandan Rayon Militer (Danramil) 11/Sukamaju, Kapten Inf Joko Susilo, mengatakan warga bergotong royong."
    )
    assert "Rayon Militer" in labelled.texts("ORG")
    assert "Rayon Militer" not in labelled.texts("PERSON")
    assert "Joko Susilo" in labelled.texts("PERSON")


def test_a_territorial_command_written_out_is_one_organisation(label_id):
    labelled = label_id("Komando Distrik Militer (Kodim) 0612/Sukadana menggelar bakti sosial di pasar.")
    assert "Komando Distrik Militer" in labelled.texts("ORG")
    assert not labelled.texts("GPE")


def test_a_numbered_unit_after_a_bracketed_military_title_is_no_place(label_id):
    labelled = label_id(
        "Komandan Resor Militer (Danrem) 084/Bhaskara Jaya, Kolonel Inf Joko Susilo, meninjau lokasi."
    )
    assert "Jaya" not in labelled.texts("GPE")
    assert "Joko Susilo" in labelled.texts("PERSON")


def test_a_known_seat_after_a_bracketed_military_title_stays_a_place(label_id):
    """Guard: a seat the gazetteer knows stays the GPE after the number."""
    labelled = label_id("Komandan Distrik Militer (Dandim) 0817/Gresik, Letkol Inf Joko Susilo, meninjau lokasi.")
    assert "Gresik" in labelled.texts("GPE")
    assert "Joko Susilo" in labelled.texts("PERSON")


def test_a_district_as_a_place_type_stays_a_place(label_id):
    """Guard: `Distrik` before a place name, without `Militer`, is still the place type."""
    labelled = label_id("Warga Distrik Sentani mengungsi ke gedung sekolah.")
    assert "Distrik Militer" not in labelled.texts("ORG")
    assert labelled.texts("GPE")
