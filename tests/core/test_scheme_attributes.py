"""Span attributes declared by the scheme: validation of the scheme, of imported records, and the
attribute edit of the storage layer (one transaction, one logged event)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError
from sqlalchemy import select

from annotator.importers import ImportFailed, import_paths
from annotator.model import RecordProblem, Scheme, default_scheme
from annotator.storage import AnnotationEditor, EditError, Project
from annotator.storage import tables as t


def _scheme(attributes: list[dict], **label: object) -> dict:
    return {"span_labels": [{"name": "QUOTE", "color": "#ffd8b1", "key": "q", "attributes": attributes, **label}]}


def test_the_news_scheme_declares_quote_type_and_speaker_kind() -> None:
    scheme = default_scheme()
    quote_type = scheme.span_label("QUOTE").attribute("type")
    assert (quote_type.values, quote_type.default, quote_type.key) == (["direct", "indirect"], "direct", "t")
    kind = scheme.span_label("SPEAKER").attribute("kind")
    assert {"name", "role", "pronoun", "document"} <= set(kind.values) and kind.key == "k"
    assert quote_type.value_of({}) == "direct"
    assert quote_type.next_value({}) == "indirect"
    assert quote_type.next_value({"type": "indirect"}) == "direct"
    assert kind.value_of({}) is None and kind.next_value({}) == "name"
    assert {key: [label for label, _ in pairs] for key, pairs in scheme.attribute_keys().items()} == {
        "t": ["QUOTE"],
        "k": ["SPEAKER"],
    }


@pytest.mark.parametrize(
    ("attributes", "message"),
    [
        ([{"name": "type", "values": ["a", "b"], "default": "c"}], "default 'c' is not one of its values"),
        ([{"name": "type", "values": ["a", "a"]}], "lists the value 'a' twice"),
        ([{"name": "type", "values": ["a", "b"]}, {"name": "type", "values": ["c", "d"]}], "defines attribute 'type' twice"),
        ([{"name": "type", "values": ["a", "b"], "key": "q"}], "key 'q' of attribute QUOTE.type is used by 'QUOTE'"),
        (
            [{"name": "type", "values": ["a", "b"], "key": "t"}, {"name": "mode", "values": ["c", "d"], "key": "t"}],
            "gives two attributes the key 't'",
        ),
        ([{"name": "Type", "values": ["a", "b"]}], "should match pattern"),
        ([{"name": "type", "values": ["a"]}], "at least 2 items"),
    ],
)
def test_bad_attribute_declarations_are_refused(attributes: list[dict], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Scheme.model_validate(_scheme(attributes))


def test_check_attrs_refuses_values_the_scheme_does_not_allow() -> None:
    scheme = default_scheme()
    scheme.check_attrs("QUOTE", {"type": "indirect", "note": "kept: not declared"})
    with pytest.raises(RecordProblem, match="QUOTE attribute 'type' may not be 'reported' \\(allowed: direct, indirect\\)"):
        scheme.check_attrs("QUOTE", {"type": "reported"})
    with pytest.raises(RecordProblem, match="SPEAKER attribute 'kind' may not be 3"):
        scheme.check_attrs("SPEAKER", {"kind": 3})


def test_import_refuses_an_attribute_value_with_file_and_line(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "quotes.jsonl"
    path.write_text(
        '{"text": "Dia bilang siap.", "spans": [{"start": 11, "end": 15, "label": "QUOTE", "attrs": {"type": "indirect"}}]}\n'
        '{"text": "Kami siap, katanya.", "spans": [{"start": 0, "end": 9, "label": "QUOTE", "attrs": {"type": "reported"}}]}\n',
        encoding="utf-8",
    )
    with pytest.raises(ImportFailed) as error:
        import_paths(project, [path])
    assert "quotes.jsonl:2:" in str(error.value)
    assert "QUOTE attribute 'type' may not be 'reported'" in str(error.value)
    assert "quotes.jsonl:1:" not in str(error.value)
    assert project.document_keys() == []


def _quote(project: Project) -> tuple[AnnotationEditor, int, str]:
    with project.transaction() as connection:
        from annotator.storage.bulk import NewDocument, insert_documents, text_hash

        text = "Menurut Budi, harga beras akan turun bulan depan."
        (pk,) = insert_documents(connection, [NewDocument("d1", text, text_hash(text), {})])
    editor = AnnotationEditor(project, "ana")
    span = editor.add_span(pk, 14, 48, "QUOTE", source="model")
    assert span.id is not None
    return editor, pk, span.id


def test_set_span_attrs_is_one_logged_edit_and_checked(project: Project) -> None:
    editor, pk, span_id = _quote(project)
    before, after = editor.set_span_attrs(pk, span_id, {"type": "indirect"})
    assert before.attrs == {} and before.source == "model"
    assert after.attrs == {"type": "indirect"} and after.source == "human"
    stored = editor.record(pk).spans[0]
    assert (stored.attrs, stored.source) == ({"type": "indirect"}, "human")
    with project.engine.connect() as connection:
        events = connection.execute(select(t.events.c.action, t.events.c.payload).order_by(t.events.c.id)).all()
    assert events[-1].action == "set_span_attrs"
    assert events[-1].payload["before"] == {} and events[-1].payload["after"] == {"type": "indirect"}
    with pytest.raises(EditError, match="may not be 'reported'"):
        editor.set_span_attrs(pk, span_id, {"type": "reported"})
    assert editor.record(pk).spans[0].attrs == {"type": "indirect"}
    # Undo's way back: the old attributes and source.
    editor.set_span_attrs(pk, span_id, {}, source="model")
    stored = editor.record(pk).spans[0]
    assert (stored.attrs, stored.source) == ({}, "model")


def test_add_span_checks_attribute_values(project: Project) -> None:
    editor, pk, _ = _quote(project)
    with pytest.raises(EditError, match="may not be 'loud'"):
        editor.add_span(pk, 0, 7, "QUOTE", attrs={"type": "loud"})
    span = editor.add_span(pk, 0, 7, "QUOTE", attrs={"type": "indirect"})
    assert span.attrs == {"type": "indirect"}
