"""The ticker scan is skipped in a text without a market word (a speed-up only,
docs/rounds/prelabelling-speed16.md): the words are looked up in any case, so a text whose only
market word opens a sentence or a headline still has its tickers. Invented texts."""

from __future__ import annotations


def test_a_market_word_opening_a_sentence_still_tags_the_ticker(label_id) -> None:
    result = label_id("Rapat berlangsung di Semarang kemarin. Saham KRTN dibeli investor asing pagi tadi.")
    assert "KRTN" in result.texts("ORG")


def test_a_move_word_alone_still_tags_the_ticker(label_id) -> None:
    result = label_id("Pada perdagangan kemarin DRMQ melonjak 5 persen setelah laporan keuangan terbit.")
    assert "DRMQ" in result.texts("ORG")


def test_a_text_without_market_words_has_no_ticker(label_id) -> None:
    result = label_id("Rapat itu dihadiri ABCD dari kantor pusat di Semarang.")
    assert "ABCD" not in result.texts("ORG")
