"""The pre-labeller's records made without validation equal the validated ones, and data that
validation would convert or reject still goes through validation."""

from __future__ import annotations

import pytest
from pydantic import TypeAdapter, ValidationError

from annotator.model.records import Relation, Span
from annotator.nlp.analysis import plain_parts, record_parts
from annotator.nlp.api import NO_DOC_SPANS
from annotator.nlp.components import take_analysis
from annotator.nlp.pipeline import build_pipeline
from annotator.nlp.trusted_records import trusted_parts

TEXTS = {
    "id": [
        'JAKARTA - Menteri Keuangan Sri Wahyuni mengatakan, "Anggaran desa naik tahun ini." Ia berbicara di '
        "Kantor Gubernur Jawa Barat pada Senin (3/11/2025). Menurut Budi Hartanto, warga Kabupaten Sleman menunggu.",
    ],
    "en": [
        'Finance Minister Rina Hartono said on Monday that "the budget will grow". Police in Surabaya said '
        "the suspect, a 34-year-old driver, was detained, according to Commissioner Adi Pranoto.",
    ],
}


def _validated(text: str, spans: list, relations: list) -> tuple[list[Span], list[Relation]]:
    span_dicts = [
        {"id": f"s{n}", "start": a, "end": b, "label": c, "text": text[a:b], "source": d, "score": e, "attrs": f}
        for n, (a, b, c, d, e, f) in enumerate(spans, start=1)
    ]
    relation_dicts = [
        {"id": f"r{n}", "head": f"s{h + 1}", "child": f"s{c + 1}", "label": la, "source": so, "score": sc}
        for n, (h, c, la, so, sc) in enumerate(relations, start=1)
    ]
    return TypeAdapter(list[Span]).validate_python(span_dicts), TypeAdapter(list[Relation]).validate_python(relation_dicts)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_trusted_records_equal_validated_ones(lang: str) -> None:
    nlp = build_pipeline(lang)
    for text in TEXTS[lang]:
        analysis = take_analysis(nlp(text, component_cfg=NO_DOC_SPANS))
        spans, relations = plain_parts(analysis)
        assert spans and relations
        trusted = trusted_parts(text, spans, relations)
        assert trusted is not None
        validated = _validated(text, spans, relations)
        for made, checked in zip(trusted[0] + trusted[1], validated[0] + validated[1], strict=True):
            assert type(made) is type(checked)
            assert made.__dict__ == checked.__dict__
            assert made.model_fields_set == checked.model_fields_set
            assert made.model_dump_json() == checked.model_dump_json()
            assert made.model_dump(exclude_unset=True) == checked.model_dump(exclude_unset=True)


def test_values_validation_converts_or_rejects_are_validated() -> None:
    text = "Budi Santoso pergi."
    good = (0, 12, "PERSON", "rule", None, {"rule": "x"})
    # an int score becomes a float by validation: the validated path makes it
    spans, _ = record_parts(text, ([(0, 12, "PERSON", "rule", 1, {})], []))
    assert trusted_parts(text, [(0, 12, "PERSON", "rule", 1, {})], []) is None
    assert spans[0].score == 1.0 and type(spans[0].score) is float
    for bad in (
        (5, 5, "PERSON", "rule", None, {}),  # empty span
        (0, 12, "", "rule", None, {}),  # empty label
        (0, 12, "PERSON", "robot", None, {}),  # unknown source
        (0, 12, "PERSON", "rule", float("nan"), {}),  # no finite score
        (0, 12, "PERSON", "rule", None, {"rule": "x", 1: "y"}),  # a key that is no string
    ):
        assert trusted_parts(text, [bad], []) is None
        with pytest.raises(ValidationError):
            record_parts(text, ([bad], []))
    assert trusted_parts(text, [good], [(0, 0, "", "rule", None)]) is None
    with pytest.raises(ValidationError):
        record_parts(text, ([good], [(0, 0, "", "rule", None)]))


def test_record_ids_are_numbered_from_one_whatever_came_before() -> None:
    """The ids are read from a list kept between calls and grown when a text has more records."""
    text = "Budi Santoso dan Rina Hartono. " * 1500
    for count in (3, 700, 2, 1500, 40):
        spans = [(31 * n, 31 * n + 12, "PERSON", "rule", None, {}) for n in range(count)]
        relations = [(n + 1, n, "SPEAKER", "rule", 0.5) for n in range(count - 1)]
        made = trusted_parts(text, spans, relations)
        assert made is not None
        assert [span.id for span in made[0]] == [f"s{n}" for n in range(1, count + 1)]
        assert [(r.id, r.head, r.child) for r in made[1]] == [(f"r{n}", f"s{n + 1}", f"s{n}") for n in range(1, count)]
        assert [(r.model_dump_json()) for r in made[0][:3]] == [
            r.model_dump_json() for r in _validated(text, spans[:3], [])[0]
        ]
