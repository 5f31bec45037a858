"""An outlet's name written as words where the page gives its web address (issue 11, round
id_credits2): after `Semarang, kabarpesisir.co.id -` the byline `Reporter : Budi Santoso Kabar
Pesisir` and the body `KabarPesisir pun menghubungi ...` name the outlet (ORG); an everyday word
that is an address's name (`Bisnis` of `bisnis.com`) and the name inside an address or e-mail are
no mention of their own. Every text is invented."""

from __future__ import annotations

PAGE = (
    "Harga Cabai Naik\n\n"
    "Reporter : Budi Santoso Kabar Pesisir\n\n"
    "Semarang, kabarpesisir.co.id - Harga cabai rawit di pasar tradisional naik dua kali lipat.\n\n"
    "Kabar Pesisir pun menghubungi Kepala Dinas Perdagangan Kota Semarang, Ahmad Fauzi.\n\n"
    "Kirim tulisan ke redaksi@kabarpesisir.co.id."
)


def test_the_outlet_named_by_its_address_is_an_org(label_id):
    result = label_id(PAGE)
    assert result.texts("ORG").count("Kabar Pesisir") == 2
    assert "Budi Santoso" in result.texts("PERSON")
    assert not any("Pesisir" in person for person in result.texts("PERSON"))


def test_a_name_with_digits_or_a_capital_inside(label_id):
    result = label_id("Warta9.com\n\nWarta9 – Polisi menangkap dua pelaku pencurian, kata Kapolsek kepada Warta9, Senin.")
    assert result.texts("ORG").count("Warta9") == 2


def test_an_everyday_word_is_left_alone(label_id):
    result = label_id("Jakarta, bisnis.com - Harga emas naik lagi.\n\nBisnis properti juga tumbuh pesat tahun ini.")
    assert "Bisnis" not in result.texts("ORG")


def test_the_name_inside_an_address_is_no_mention(label_id):
    result = label_id("Semarang, kabarpesisir.co.id - Kirim tulisan ke redaksi@kabarpesisir.co.id atau #kabarpesisir.")
    assert not any(org.lower() == "kabarpesisir" for org in result.texts("ORG"))
