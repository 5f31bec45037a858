"""A person named in an Indonesian credit line loses the honorific before the name, glued to it by
its stop or not, and the degrees after it; a degree alone names no one (credits/credit_names.py);
invented credit lines."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Banjir surut pagi ini.\n\nPenulis: Rina Wati\nRedaktur: H.Ahmad Fauzi", ["Rina Wati", "Ahmad Fauzi"]),
        ("Banjir surut pagi ini.\n\nEditor: Hj. Siti Aminah", ["Siti Aminah"]),
        ("Banjir surut pagi ini.\n\nReporter: KH Budi Santoso | Editor: Prof.Dr.Andi Wijaya", ["Budi Santoso", "Andi Wijaya"]),
        ("Banjir surut pagi ini.\n\nPenulis: Rina Wati, S.Pd", ["Rina Wati"]),
        ("Banjir surut pagi ini.\n\nPewarta: Dewi Lestari S.Sos", ["Dewi Lestari"]),
    ],
)
def test_a_credited_name_without_title_or_degree(label_id, text, people):
    assert label_id(text).texts("PERSON") == people


def test_a_photo_credit_loses_the_title(label_id):
    result = label_id("Warga membersihkan lumpur. (Foto: H.Ahmad Fauzi/Humas)\n\nBanjir surut pagi ini.")
    assert "Ahmad Fauzi" in result.texts("PERSON")
    assert "H.Ahmad Fauzi" not in result.texts("PERSON")


@pytest.mark.parametrize("name", ["Hadi Santoso", "HAMDAN", "Hasan Basri"])
def test_a_name_opening_like_a_title_stays_whole(label_id, name):
    # `Ha...` opens with the letters of `H`, but no stop or space follows them.
    assert label_id(f"Banjir surut pagi ini.\n\nEditor: {name}").texts("PERSON") == [name]
