"""Indonesian pre-labels of round id_editcount1: a name opened by one capital and its stop after a
speech verb or a comma, a cue and its speaker that make a sentence after a quote's closing mark and
full stop, and a reporter's name in small letters closing the story in brackets; invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("“Stok beras masih cukup,” kata R. Hidayatullah dalam jumpa pers, Senin.", "R. Hidayatullah"),
        ("“Stok beras masih cukup,” kata  M. Hidayatullah dalam jumpa pers.", "M. Hidayatullah"),
        ("Ketua Panitia, M. Hidayatullah, menyatakan lomba dibuka besok.", "M. Hidayatullah"),
        ("Bantuan itu diserahkan oleh A. Wiratama kepada warga Sukamaju.", "A. Wiratama"),
    ],
)
def test_one_capital_and_its_stop_open_the_name(label_id, text, person):
    """Was PERSON `R` (the name lost) after the verb, nothing at all after the comma."""
    assert label_id(text).texts("PERSON") == [person]


def test_the_initial_is_the_speaker_s_name(label_id):
    labelled = label_id("“Stok beras masih cukup,” kata R. Hidayatullah dalam jumpa pers, Senin.")
    assert labelled.speaker_of("Stok beras masih cukup,") == "R. Hidayatullah"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("“Rumah kami rusak semua,” kata H. Sarmadi kepada wartawan.", "Sarmadi"),  # Haji is a title
        ("Pengumuman itu ditempel di Jalan A. Yani, Kota Sukamaju.", None),  # a street, no opener
    ],
)
def test_haji_and_a_street_keep_their_reading(label_id, text, person):
    """Guards: `H.` is Haji, which stays out of the name; an initial after `Jalan` opens no person."""
    assert label_id(text).texts("PERSON") == ([person] if person else [])


def test_a_cue_sentence_after_the_closing_mark_and_stop(label_id):
    """`“...”. Kata H. Sarmadi.`: the stop outside the mark, then the cue and the speaker alone."""
    labelled = label_id("“Angin berputar lalu menerbangkan genting rumah”. Kata H. Sarmadi.")
    quote = "Angin berputar lalu menerbangkan genting rumah"
    assert labelled.cue_of(quote) == "Kata"
    assert labelled.speaker_of(quote) == "Sarmadi"


def test_a_cue_sentence_that_goes_on_reports_its_own_words(label_id):
    """Guard: `Kata dia, ...` after the quote opens a report of its own, which keeps the cue."""
    labelled = label_id("“Angin berputar lalu menerbangkan genting”. Kata dia, warga lalu mengungsi ke balai desa.")
    assert labelled.cue_of("Angin berputar lalu menerbangkan genting") is None
    assert labelled.cue_of("warga lalu mengungsi ke balai desa") == "Kata"


@pytest.mark.parametrize(("closing", "person"), [("(rina wulandari)", "rina wulandari"), ("(Wulandari)", "Wulandari")])
def test_a_reporter_closing_the_story(label_id, closing, person):
    """A full name in small letters, or one given name of four letters or more."""
    labelled = label_id(f"Warga diminta tetap waspada terhadap banjir susulan.\n{closing}")
    assert labelled.texts("PERSON") == [person]


@pytest.mark.parametrize(
    "closing",
    ["(tim redaksi)", "(rls)", "(abc/def)", "(bersambung ke halaman)", "(Lan)", "(Bersambung)", "(Jakarta)"],
)
def test_desks_codes_and_notes_closing_the_story_are_no_person(label_id, closing):
    """Guards: a desk, staff codes, two codes, closing notes and a known place name no one."""
    assert label_id(f"Warga diminta tetap waspada terhadap banjir susulan.\n{closing}").texts("PERSON") == []
