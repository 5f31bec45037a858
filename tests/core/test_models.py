from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from annotator.model import Record, RecordProblem, Scheme, SchemeError, default_scheme, load_scheme
from annotator.model.records import assign_missing_ids, check_record_consistency


def test_span_end_must_follow_start() -> None:
    with pytest.raises(ValidationError, match="greater than start"):
        Record(text="abc", spans=[{"start": 2, "end": 2, "label": "GPE"}])


def test_consistency_fills_text_and_checks_offsets() -> None:
    record = Record(text="Ali 😀 di Medan", spans=[{"start": 9, "end": 14, "label": "GPE"}])
    assign_missing_ids(record)
    check_record_consistency(record)
    assert record.spans[0].text == "Medan"
    assert record.spans[0].id == "s1"

    wrong = Record(text="abc", spans=[{"id": "a", "start": 0, "end": 2, "label": "GPE", "text": "xx"}])
    with pytest.raises(RecordProblem, match="says text 'xx'"):
        check_record_consistency(wrong)


def test_relations_must_point_at_spans_of_the_record() -> None:
    record = Record(
        text="abc def",
        spans=[{"id": "a", "start": 0, "end": 3, "label": "QUOTE"}],
        relations=[{"head": "a", "child": "b", "label": "CUE"}],
    )
    with pytest.raises(RecordProblem, match="child 'b'"):
        check_record_consistency(record)


def test_numeric_ids_become_text() -> None:
    assert Record(id=12, text="x").id == "12"


def test_default_scheme_rules() -> None:
    scheme = default_scheme()
    assert scheme.is_exclusive("PERSON") and not scheme.is_exclusive("QUOTE")
    record = Record(
        text="“Siap,” ujarnya.",
        spans=[
            {"id": "q", "start": 1, "end": 6, "label": "QUOTE"},
            {"id": "c", "start": 8, "end": 15, "label": "CUE"},
            {"id": "s", "start": 8, "end": 15, "label": "SPEAKER"},
        ],
        relations=[{"head": "q", "child": "s", "label": "SPEAKER"}, {"head": "q", "child": "c", "label": "CUE"}],
    )
    scheme.check_record(record)  # CUE and SPEAKER on the same token are allowed
    record.relations[0].label = "COREF"
    with pytest.raises(RecordProblem, match="may not start from a QUOTE"):
        scheme.check_record(record)


def test_scheme_keys_must_be_unique(tmp_path: Path) -> None:
    path = tmp_path / "scheme.toml"
    path.write_text(
        '[[span_labels]]\nname = "A"\ncolor = "#000000"\nkey = "1"\n\n[[span_labels]]\nname = "B"\ncolor = "#111111"\nkey = "1"\n'
    )
    with pytest.raises(SchemeError, match="key '1' is used by both 'A' and 'B'"):
        load_scheme(path)


def test_scheme_error_names_the_entry(tmp_path: Path) -> None:
    path = tmp_path / "scheme.toml"
    path.write_text('[[span_labels]]\nname = "GOOD"\ncolor = "#000000"\n\n[[span_labels]]\nname = "BAD"\ncolor = "red"\n')
    with pytest.raises(SchemeError) as error:
        load_scheme(path)
    assert "span_labels[1] ('BAD').color" in str(error.value)
    assert str(path) in str(error.value)


def test_scheme_relation_must_name_known_labels() -> None:
    with pytest.raises(ValidationError, match="unknown span label 'NOPE'"):
        Scheme.model_validate(
            {
                "span_labels": [{"name": "A", "color": "#000000"}],
                "relation_labels": [{"name": "R", "heads": ["A"], "children": ["NOPE"]}],
            }
        )


def test_invalid_toml_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "scheme.toml"
    path.write_text("[[span_labels]\n")
    with pytest.raises(SchemeError, match="not valid TOML"):
        load_scheme(path)


def test_the_documented_example_is_a_valid_record() -> None:
    import json
    import re

    doc = (Path(__file__).resolve().parents[2] / "docs" / "jsonl-format.md").read_text(encoding="utf-8")
    example = re.search(r"```json\n(.*?)\n```", doc, re.S)
    assert example is not None
    record = Record.model_validate(json.loads(example.group(1)))
    check_record_consistency(record)
    default_scheme().check_record(record)
