"""Indonesian speaker spans against the gold convention (id_speakers4 round); every text below is
invented to show one class."""

from __future__ import annotations


def test_a_call_name_in_parentheses_is_a_person_of_its_own_and_not_the_speaker(label_id):
    text = "“Kami terus berlatih setiap pagi,” kata Muhammad Ridwan (Iwan), kapten tim itu."
    result = label_id(text)
    assert result.speaker_of("Kami terus berlatih setiap pagi,") == "Muhammad Ridwan"
    assert result.texts("PERSON") == ["Muhammad Ridwan", "Iwan"]


def test_a_call_name_after_a_role_and_a_comma(label_id):
    text = "“Lapangan ini sudah rusak,” ujar gelandang Persiku, Yohanes Kurniawan (Anes), Senin."
    result = label_id(text)
    assert result.speaker_of("Lapangan ini sudah rusak,") == "Yohanes Kurniawan"


def test_a_later_call_name_resolves_to_the_full_name(label_id):
    text = (
        "Penjaga gawang Yohanes Kurniawan (Anes) tampil gemilang, Minggu.\n"
        "“Kami bermain sebagai tim,” kata Anes."
    )
    result = label_id(text)
    assert result.speaker_of("Kami bermain sebagai tim,") == "Anes"
    assert result.resolved_speaker_of("Kami bermain sebagai tim,") == "Yohanes Kurniawan"


def test_a_defined_term_before_its_short_form_stays_no_person(label_id):
    text = "Musyawarah Perencanaan Pembangunan (Musrenbang) digelar di Balai Desa Sukamaju, Senin."
    result = label_id(text)
    assert "Musyawarah Perencanaan Pembangunan" not in result.texts("PERSON")
    assert "Musrenbang" not in result.texts("PERSON")


def test_a_name_at_the_cue_before_its_role_and_place_speaks(label_id):
    text = "“Saluran ini harus segera dibenahi,” tegas Rudi Hartono Camat Sukamaju."
    result = label_id(text)
    assert result.speaker_of("Saluran ini harus segera dibenahi,") == "Rudi Hartono"
    assert "Sukamaju" in result.texts("GPE")
    assert "Sukamaju" not in result.texts("PERSON")


def test_a_name_after_its_rank_still_speaks(label_id):
    text = "“Saluran ini harus segera dibenahi,” kata Kapolsek Sukamaju Kompol Rudi Hartono."
    result = label_id(text)
    assert result.speaker_of("Saluran ini harus segera dibenahi,") == "Rudi Hartono"


def test_a_name_speaker_ends_at_an_active_verb_before_another_name(label_id):
    text = "“Ini keluhan warga desa kami,” kata Rudi Hartono menanggapi pernyataan Bupati Sukamaju Darmawan Putra."
    result = label_id(text)
    assert result.speaker_of("Ini keluhan warga desa kami,") == "Rudi Hartono"


def test_a_role_speaker_ends_at_a_passive_verb_of_the_occasion(label_id):
    text = (
        "Kapolda Sukamaju Irjen Hendra Wijaya meninjau pos pengamanan, Senin.\n"
        "“Situasi kota sudah kondusif,” kata Kapolda ditemui wartawan usai rapat di Mapolda."
    )
    result = label_id(text)
    assert result.speaker_of("Situasi kota sudah kondusif,") == "Kapolda"
    assert result.resolved_speaker_of("Situasi kota sudah kondusif,") == "Hendra Wijaya"


def test_a_role_described_by_its_verb_keeps_the_description(label_id):
    text = "“Air susu saya berkurang,” ucap ibu menyusui tersebut."
    result = label_id(text)
    assert result.speaker_of("Air susu saya berkurang,") == "ibu menyusui tersebut"


def test_a_role_in_small_letters_resolves_to_the_person_that_role_names(label_id):
    text = (
        "Kapolda Sukamaju Irjen Hendra Wijaya menemui wartawan, Senin.\n"
        "“Kami akan menindak tegas pelaku,” kata Kapolda Sukamaju usai bertemu Gubernur Darmawan Putra.\n"
        "“Tidak ada yang kebal hukum,” tegas kapolda."
    )
    result = label_id(text)
    assert result.speaker_of("Tidak ada yang kebal hukum,") == "kapolda"
    assert result.resolved_speaker_of("Tidak ada yang kebal hukum,") == "Hendra Wijaya"
