"""Speed round speed27: the capitalised-run rule asks a lone word's outcomes (``single_label``)
before the word's own test (``valid_name`` without its common-words half), and leaves out the common-words half of
``valid_name`` it has already asked. The outcomes stay those of the old order."""

from __future__ import annotations

import pytest

from annotator.nlp import prelabel
from annotator.nlp.entities.people import entity_people
from annotator.nlp.entities.people.entity_name_runs import valid_name

CASES = [
    ("Bantuan itu sudah diterima, kata Sutarmi kepada wartawan.", "id", [("Sutarmi", "PERSON")]),
    ("Ia tinggal di Wonomerto sejak kecil.", "id", [("Wonomerto", "GPE")]),
    ("Warga membeli beras Premium di pasar itu kemarin.", "id", []),
    # `single_name` would take it after `kata`, but the word's test refuses a portfolio's shape
    ("Keterangan itu disampaikan kata Pengusahaan kemarin.", "id", []),
    ("The mayor of Kalupang said the road was closed.", "en", [("Kalupang", "GPE")]),
]

_ENTITIES = ("PERSON", "ORG", "GPE", "LOC", "DATE")


@pytest.mark.parametrize(("text", "lang", "expected"), CASES)
def test_a_lone_word_keeps_its_outcome(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    spans, _ = prelabel(text, lang)
    assert [(span.text, span.label) for span in spans if span.label in _ENTITIES] == expected


def test_a_word_with_no_outcome_skips_the_word_test(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[int] = []

    def spy(s, first, end, common_words=True):  # type: ignore[no-untyped-def]
        asked.append(end - first)
        return valid_name(s, first, end, common_words)

    monkeypatch.setattr(entity_people, "valid_name", spy)
    spans, _ = prelabel("Warga membeli beras Premium di pasar itu kemarin.", "id")
    assert not [span for span in spans if span.label in _ENTITIES]
    assert 1 not in asked  # `Premium`: no outcome, so its word test is never asked
    prelabel("Bantuan itu sudah diterima, kata Sutarmi kepada wartawan.", "id")
    assert 1 in asked  # `Sutarmi`: an outcome, then the word test
