from __future__ import annotations

import pytest

from annotator.text.normalize import normalize_newlines, normalize_text
from annotator.text.offsets import Utf16Index

TEXTS = [
    "plain ascii",
    "emoji 😀 after",
    "family 👨‍👩‍👧 and flag 🇮🇩",
    "combining e\u0301 and a\u0308",
    "right to left: مرحبا بالعالم and שלום",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 math 𝟙𝟚",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_utf16_index_round_trips(text: str) -> None:
    index = Utf16Index(text)
    assert index.utf16_length == len(text.encode("utf-16-le")) // 2
    for offset in range(len(text) + 1):
        utf16 = index.to_utf16(offset)
        assert utf16 == len(text[:offset].encode("utf-16-le")) // 2
        assert index.to_code_point(utf16) == offset


def test_offset_inside_a_surrogate_pair_rounds_down() -> None:
    index = Utf16Index("a😀b")
    assert index.to_code_point(2) == 1  # between the two halves of the emoji


def test_newlines_are_normalised_and_offsets_carried() -> None:
    original = "ab\r\ncd\re\r\n\r\nf"
    text, offsets = normalize_newlines(original)
    assert text == "ab\ncd\ne\n\nf"
    # "cd" sits at 4-6 in the original, at 3-5 after normalisation
    assert (offsets(4), offsets(6)) == (3, 5)
    assert text[offsets(original.index("f"))] == "f"


def test_nfc_is_optional() -> None:
    assert normalize_text("e\u0301")[0] == "e\u0301"
    assert normalize_text("e\u0301", nfc=True)[0] == "\u00e9"
