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
