"""Where a body's name ends and a person's begins when no comma parts them: the words at the end of an
organisation that the page names elsewhere as a person leave it (entity_body_person_bounds.py);
invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        (
            "Direktur Utama PT Sukamaju Husada Budi Santoso mengatakan laba naik. Menurut Budi, penjualan membaik.",
            "PT Sukamaju Husada",
            "Budi Santoso",
        ),
        (
            'Ketua Yayasan Cahaya Bangsa Ahmad Fauzi mengatakan hal itu. "Kami siap," kata Fauzi.',
            "Yayasan Cahaya Bangsa",
            "Ahmad Fauzi",
        ),
        (
            "Ketua PCM Karangsari Ahmad Fauzi membuka acara itu. Ahmad Fauzi menambahkan, kegiatan itu rutin.",
            "PCM Karangsari",
            "Ahmad Fauzi",
        ),
    ],
)
def test_a_person_named_again_leaves_the_body(label_id, text, body, person):
    result = label_id(text)
    assert result.texts("ORG") == [body]
    assert person in result.texts("PERSON")


def test_the_body_keeps_its_head_and_a_name_word(label_id):
    result = label_id("Ketua Yayasan Budi Mulia membuka acara itu. Budi Santoso hadir sebagai tamu.")
    assert result.texts("ORG") == ["Yayasan Budi Mulia"]
    assert result.texts("PERSON") == ["Budi Santoso"]


def test_a_body_whose_words_name_no_person_stays_whole(label_id):
    result = label_id("Ketua Yayasan Cahaya Bangsa Sejahtera membuka acara itu. Budi Santoso hadir sebagai tamu.")
    assert result.texts("ORG") == ["Yayasan Cahaya Bangsa Sejahtera"]


def test_a_name_right_after_another_body_is_no_evidence(label_id):
    result = label_id("DPC Partai Nusantara Raya Sukamaju menggelar rapat. Ketua DPRD Sukamaju ikut hadir.")
    assert result.texts("ORG")[0] == "DPC Partai Nusantara Raya Sukamaju"
