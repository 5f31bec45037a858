"""Dotted titles before a name keep a sentence whole, read from the text's own language table."""

import pytest

from annotator.nlp.text.sentences import sentences


def _pieces(text: str, lang: str) -> list[str]:
    return [text[a:b].strip() for a, b in sentences(text, lang)]


@pytest.mark.parametrize("title", ["Drs.", "Kompol.", "Hj.", "Ir."])
def test_an_indonesian_dotted_title_opens_no_sentence(title):
    text = f"Warga bertemu {title} Sutrisno Hadi di kantor desa. Ia datang pagi."
    assert _pieces(text, "id") == [f"Warga bertemu {title} Sutrisno Hadi di kantor desa.", "Ia datang pagi."]


def test_an_english_dotted_title_opens_no_sentence():
    text = "Wexler met Sen. Alan Brisk on Tuesday. Brisk said little."
    assert _pieces(text, "en") == ["Wexler met Sen. Alan Brisk on Tuesday.", "Brisk said little."]


def test_each_language_reads_only_its_own_title_table():
    # `Kompol` is an Indonesian rank and `Sen` an English title: neither table holds the other's.
    assert _pieces("Ia menemui Sen. Budi.", "id") == ["Ia menemui Sen.", "Budi."]
    assert _pieces("They met Kompol. Budi.", "en") == ["They met Kompol.", "Budi."]
