"""Error classes of Indonesian quotes, speakers and indirect speech found on the eleventh batch's
regional pages and fresh probe pages (read, never stored here); every text below is invented to
show one class."""

from __future__ import annotations


def test_a_role_shouted_in_the_lede_names_its_holder_not_the_deputy_named_after(label_id):
    text = (
        "KAPOLRES Sukamaju AKBP Hendra Wijaya memberikan penjelasan soal kericuhan di pasar.\n"
        "Dalam jumpa pers, Kapolres didampingi Wakapolres Kompol Budi Santoso dan Kasat Reskrim AKP Rudi Hartono.\n"
        "Kapolres menegaskan bahwa anggotanya tidak melakukan kekerasan terhadap pedagang."
    )
    result = label_id(text)
    report = "anggotanya tidak melakukan kekerasan terhadap pedagang"
    assert result.speaker_of(report) == "Kapolres"
    assert result.resolved_speaker_of(report) == "Hendra Wijaya"
