"""Indonesian pre-labels of round id_roles1: a title of more than one word used alone as a
speaker (`kata Wali Kota`) is a role resolved to its holder, not a PERSON; a police unit spelt
out before its body (`Satuan Reserse Narkoba Polresta X`) is one ORG with it; invented sentences."""

from __future__ import annotations

import pytest

MAYOR = (
    "Wali Kota Sukamaju Budi Santoso meninjau lokasi banjir pada Senin. "
    '"Kami akan membantu warga," kata Wali Kota dalam keterangan pers.'
)
NAGARI = 'Wali Nagari Sukajaya Andi Saputra meninjau sawah. "Panen tahun ini bagus," ujar Wali Nagari.'
HEADMAN = 'Kepala Desa Sukajaya, Agus Salim, meninjau sawah. "Kami siap membantu," ujar Kepala Desa.'


@pytest.mark.parametrize(
    ("text", "quote", "holder"),
    [(MAYOR, "Kami akan membantu warga,", "Budi Santoso"), (NAGARI, "Panen tahun ini bagus,", "Andi Saputra")],
)
def test_a_spaced_title_alone_is_a_role_of_its_holder(label_id, text, quote, holder):
    """Were PERSON `Wali Kota` / `Wali Nagari` with the speaker resolved to it."""
    labelled = label_id(text)
    assert labelled.texts("PERSON") == [holder]
    assert labelled.resolved_speaker_of(quote) == holder


def test_a_spaced_title_with_a_role_word_alone_still_resolves(label_id):
    """Guard: `ujar Kepala Desa` (its head word a one-word role) was already resolved to the headman."""
    labelled = label_id(HEADMAN)
    assert labelled.texts("PERSON") == ["Agus Salim"]
    assert labelled.resolved_speaker_of("Kami siap membantu,") == "Agus Salim"


def test_a_spaced_title_with_no_holder_named_is_no_person(label_id):
    """Guard of the same rule: no one named, so no PERSON and no link."""
    labelled = label_id('"Kami siap membantu," ujar Wali Kota.')
    assert labelled.texts("PERSON") == []
    assert labelled.speaker_of("Kami siap membantu,") == "Wali Kota"


def test_a_one_word_title_alone_still_resolves(label_id):
    """Guard: `kata Bupati` after `Bupati X Y` was already resolved to the regent."""
    labelled = label_id('Bupati Wonorejo Siti Aminah meninjau lokasi. "Kami siap," kata Bupati.')
    assert labelled.resolved_speaker_of("Kami siap,") == "Siti Aminah"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "Petugas Satuan Reserse Narkoba Polresta Sukamaju menangkap dua pria pada Senin.",
            "Satuan Reserse Narkoba Polresta Sukamaju",
        ),
        ("Polisi dari Satuan Lalu Lintas Polres Wonorejo berjaga di simpang itu.", "Satuan Lalu Lintas Polres Wonorejo"),
    ],
)
def test_a_police_unit_spelt_out_before_its_body_is_one_org(label_id, text, unit):
    """Were ORG `Polresta Sukamaju` / `Polres Wonorejo` alone."""
    assert label_id(text).texts("ORG") == [unit]


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("Petugas Satuan Reskrim Polrestabes Sukamaju menangkap dua pria.", ["Satuan Reskrim Polrestabes Sukamaju"]),
        ("Kemarin Budi Santoso dan Polres Wonorejo datang ke lokasi.", ["Polres Wonorejo"]),
    ],
)
def test_units_already_joined_and_bodies_alone_stay(label_id, text, orgs):
    """Guards: an abbreviated unit word still joins; a body with no `Satuan` before it stays alone."""
    assert label_id(text).texts("ORG") == orgs
