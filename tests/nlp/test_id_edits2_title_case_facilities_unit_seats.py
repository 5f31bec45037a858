"""Indonesian pre-labels of round id_edits2: title-case words that are no one's name (English
names of a kind of meeting, a preposition opening a sentence, a body's head word alone after a
role), the place after a person's name in a harbour's or station's name, and the seat of a unit
after its head's bracketed short title; invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        ("Wali Kota Sukamaju menggelar Coffee Morning bersama para wartawan di pendopo.", "Coffee Morning"),
        ("Camat dan warga saat ini sedang melakukan Coffee Morning dengan tujuan silaturahmi.", "Coffee Morning"),
        ("Acara Family Gathering itu digelar di Kota Sukamaju pada Minggu.", "Family Gathering"),
        ("Ketua Tim Statistik Harga Konsumen BPS Budi Santoso mengatakan harga beras naik.", "Harga Konsumen"),
        ("Bupati meninjau rumah warga yang rusak. Bersama Forkopimka Kecamatan Sukajaya.", "Bersama Forkopimka"),
        ("Warga mengadu ke petugas. Anggota Polsek pun memberikan arahan agar warga pulang.", "Polsek"),
    ],
)
def test_title_case_words_are_no_person(label_id, text, not_person):
    """Were PERSONs: English common words in title case, `Konsumen` after `Harga`, `Bersama`
    opening a sentence before a body's short name, `Polsek` alone after the role `Anggota`."""
    persons = label_id(text).texts("PERSON")
    assert not_person not in persons
    assert not any(not_person.split()[-1] in person for person in persons)


def test_the_name_in_a_team_after_the_title_case_words_stays(label_id):
    """Was `Harga Konsumen` and the name; the officer named after the team's words is the one PERSON."""
    assert label_id("Ketua Tim Statistik Harga Konsumen BPS Budi Santoso mengatakan harga beras naik.").texts("PERSON") == [
        "Budi Santoso"
    ]


def test_a_name_after_a_sentence_opening_preposition_stays(label_id):
    """Was PERSON `Bersama Budi Santoso`: `Bersama` opens no name, the name after it is one."""
    assert label_id("Bupati meninjau rumah warga. Bersama Budi Santoso, ia menyerahkan bantuan.").texts("PERSON") == [
        "Budi Santoso"
    ]


def test_a_body_head_with_its_place_after_a_role_stays_a_body(label_id):
    """Guard: `Anggota Polsek Sukamaju` keeps the ORG."""
    assert label_id("Anggota Polsek Sukamaju pun memberikan arahan agar warga pulang.").texts("ORG") == ["Polsek Sukamaju"]


def test_a_place_after_a_namesake_in_a_harbour_name_is_the_harbours(label_id):
    """Was GPE `Tual`: a harbour named after a person, with its town, is a facility (untagged)."""
    labelled = label_id("Petugas berjaga di Pelabuhan Yos Sudarso Tual dan Bandara Pattimura Ambon sejak pagi.")
    assert labelled.texts("GPE") == []
    assert labelled.texts("PERSON") == []


@pytest.mark.parametrize(
    "text",
    ["Petugas berjaga di Pelabuhan Dumai sejak pagi.", "Petugas berjaga di Pelabuhan Yos Sudarso, Dumai, sejak pagi."],
)
def test_a_harbour_named_after_its_town_or_a_town_after_a_comma_keeps_the_place(label_id, text):
    """Guard: a harbour named after the town keeps it (as the invented gold has it), and so does
    the town written after a comma."""
    assert label_id(text).texts("GPE") == ["Dumai"]


@pytest.mark.parametrize("bracket", ["(Kajari)", "( Kajari )"])
def test_the_seat_after_a_unit_heads_short_title_is_a_place(label_id, bracket):
    """Was PERSON `Wonorejo` (an unknown place): after a unit head's bracketed short title the
    word before the name in commas is the unit's seat, as after `(Kades)`."""
    labelled = label_id(f"Kepala Kejaksaan Negeri {bracket} Wonorejo, Budi Hartono, mengatakan berkas sudah lengkap.")
    assert labelled.texts("GPE") == ["Wonorejo"]
    assert labelled.texts("PERSON") == ["Budi Hartono"]
    assert labelled.texts("ORG") == ["Kejaksaan Negeri"]


def test_a_name_right_after_a_unit_heads_short_title_stays_a_name(label_id):
    """Guard: with no comma after it, the run after `(Kapolres)` is the head's name."""
    labelled = label_id("Kepala Kepolisian Resor (Kapolres) Budi Hartono mengatakan berkas sudah lengkap.")
    assert labelled.texts("PERSON") == ["Budi Hartono"]
    assert labelled.texts("GPE") == []


def test_a_street_after_jln_with_its_stop_is_no_place(label_id):
    """Was GPE `Jln`: the dotted street word is a facility's; the neighbourhood after the comma stays."""
    labelled = label_id("Kantor itu berada di Jln. Merpati, Sukajadi Selatan, Kota Sukamaju.")
    assert labelled.texts("GPE") == ["Sukajadi Selatan", "Kota Sukamaju"]
