"""A title abbreviation glued to the name after it (issue 11: `H.Bahrum`, `Hj.Siti`, `Dr.Ahmad`,
`Ir.H.Joko`) splits at its full stop, as if a space followed it, so the PERSON starts at the name;
other dotted words stay whole. The list is ``resources/lang/common/glued_titles.txt``. Invented texts."""

from __future__ import annotations

import pytest
import spacy

from annotator.nlp.text.tokenizer import WordTokenizer
from annotator.text.token_array import corpus_tokens
from annotator.text.tokens import token_boundaries


def words(text: str) -> list[str]:
    starts, ends = token_boundaries(text)
    return [text[start:end] for start, end in zip(starts, ends, strict=True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("H.Darmo Sulis", ["H", ".", "Darmo", "Sulis"]),
        ("Hj.Warni Lestari", ["Hj", ".", "Warni", "Lestari"]),
        ("Dr.Santo", ["Dr", ".", "Santo"]),
        ("dr.Santo", ["dr", ".", "Santo"]),
        ("KH.Umar Fadli", ["KH", ".", "Umar", "Fadli"]),
        ("Ir.H.Tono", ["Ir", ".", "H", ".", "Tono"]),
        ("Prof.Dr.Tono", ["Prof", ".", "Dr", ".", "Tono"]),
        ("K.H.Umar", ["K.H", ".", "Umar"]),
        ("(H.Darmo)", ["(", "H", ".", "Darmo", ")"]),
        # not a title, not at a word's start, or no name after it: one word as before
        ("H.M.Darmo", ["H.M.Darmo"]),
        ("AH.Darmo", ["AH.Darmo"]),
        ("Dr.PH", ["Dr.PH"]),
        ("S.Pd", ["S.Pd"]),
        ("Kompas.id", ["Kompas.id"]),
        ("Dr.H", ["Dr.H"]),
    ],
)
def test_glued_title_tokens(text: str, expected: list[str]) -> None:
    assert words(text) == expected
    starts, ends, _firsts = corpus_tokens([text])
    assert [text[start:end] for start, end in zip(starts.tolist(), ends.tolist(), strict=True)] == expected
    doc = WordTokenizer(spacy.blank("id").vocab)(text)
    assert [token.text for token in doc] == expected


def test_marks_stay_with_their_letters() -> None:
    text = "Dr.E\u0301mile dan H.Darmo"
    assert words(text) == ["Dr.E\u0301mile", "dan", "H", ".", "Darmo"]


def test_people_after_glued_titles(label_id) -> None:
    doc = label_id(
        "Acara itu dihadiri H.Darmo Sulistyo dan Hj.Warni Lestari. Prof.Dr.Tono Wiranto dan KH.Umar Fadli "
        "juga hadir bersama Dr.Santo Pramudya di Kabupaten Sukamaju."
    )
    people = doc.texts("PERSON")
    for name in ("Darmo Sulistyo", "Warni Lestari", "Tono Wiranto", "Umar Fadli", "Santo Pramudya"):
        assert name in people
