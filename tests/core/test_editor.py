from __future__ import annotations

from pathlib import Path

import pytest

from annotator.importers import import_paths
from annotator.storage import AnnotationEditor, EditError, Project
from tests.core.helpers import write_jsonl

TEXT = "“Kami siap,” kata Budi Santoso di Medan 😀. Ia menambahkan hal lain."


@pytest.fixture
def doc(project: Project, tmp_path: Path) -> int:
    import_paths(project, [write_jsonl(tmp_path / "d.jsonl", [{"id": "d1", "text": TEXT}])])
    return project.document_keys()[0]


def offsets(fragment: str) -> tuple[int, int]:
    start = TEXT.index(fragment)
    return start, start + len(fragment)


def test_an_overlap_refusal_quotes_long_words_cut_short(project: Project, doc: int) -> None:
    editor = AnnotationEditor(project, "alice")
    editor.add_span(doc, *offsets("Budi Santoso"), "PERSON")
    long_start = TEXT.index("Santoso")
    with pytest.raises(EditError) as refused:
        editor.add_span(doc, long_start, len(TEXT) - 1, "ORG")
    message = str(refused.value)
    assert "“Santoso di Medan" in message and "…”" in message and "the PERSON “Budi Santoso”" in message
    assert len(message) < 160


def test_span_edits_are_checked_and_saved(project: Project, doc: int) -> None:
    editor = AnnotationEditor(project, "alice")
    quote = editor.add_span(doc, *offsets("Kami siap,"), "QUOTE")
    person = editor.add_span(doc, *offsets("Budi Santoso"), "PERSON")
    assert (quote.id, person.id, person.text) == ("s1", "s2", "Budi Santoso")
    with pytest.raises(EditError, match="an ORG span “Santoso di” would overlap the PERSON “Budi Santoso”"):
        editor.add_span(doc, *offsets("Santoso di"), "ORG")
    with pytest.raises(EditError, match="outside the text"):
        editor.add_span(doc, 5, len(TEXT) + 1, "GPE")
    with pytest.raises(EditError, match="not in the project's scheme"):
        editor.add_span(doc, *offsets("Medan"), "CITY")
    editor.add_span(doc, *offsets("Medan"), "GPE")
    before, after = editor.update_span(doc, "s3", label="LOC")
    assert (before.label, after.label) == ("GPE", "LOC")
    record = editor.record(doc)
    assert record is not None
    assert [(span.id, span.label, span.text) for span in record.spans] == [
        ("s1", "QUOTE", "Kami siap,"),
        ("s2", "PERSON", "Budi Santoso"),
        ("s3", "LOC", "Medan"),
    ]
    assert AnnotationEditor(project, "bob").record(doc) is None  # blind: bob has nothing


def test_a_span_of_white_space_or_half_a_character_is_refused(project: Project, tmp_path: Path) -> None:
    text = "Bendera \U0001f1ee\U0001f1e9 dan Rene\u0301 di Medan."
    import_paths(project, [write_jsonl(tmp_path / "g.jsonl", [{"id": "g", "text": text}])])
    doc = project.document_keys()[0]
    editor = AnnotationEditor(project, "alice")
    with pytest.raises(EditError, match="only white space"):
        editor.add_span(doc, 7, 8, "PERSON")
    with pytest.raises(EditError, match="would cut the character"):
        editor.add_span(doc, 8, 9, "GPE")
    with pytest.raises(EditError, match="would cut the character"):
        editor.add_span(doc, 15, 19, "PERSON")
    editor.add_span(doc, 15, 20, "PERSON")
    with pytest.raises(EditError, match="would cut the character"):
        editor.update_span(doc, "s1", end=19)
    record = editor.record(doc)
    assert record is not None and [(span.start, span.end) for span in record.spans] == [(15, 20)]


def test_delete_span_takes_its_relations_and_restore_brings_them_back(project: Project, doc: int) -> None:
    editor = AnnotationEditor(project, "alice")
    editor.add_span(doc, *offsets("Kami siap,"), "QUOTE")
    editor.add_span(doc, *offsets("kata"), "CUE")
    editor.add_span(doc, *offsets("Budi Santoso"), "SPEAKER")
    editor.add_relation(doc, "s1", "s3", "SPEAKER")
    editor.add_relation(doc, "s1", "s2", "CUE")
    with pytest.raises(EditError, match="may not point to a CUE"):
        editor.add_relation(doc, "s1", "s2", "SPEAKER")
    with pytest.raises(EditError, match="cannot relabel"):
        editor.update_span(doc, "s3", label="CUE")
    span, removed = editor.delete_span(doc, "s1")
    assert span.label == "QUOTE" and {relation.id for relation in removed} == {"r1", "r2"}
    assert editor.record(doc).relations == []  # type: ignore[union-attr]
    editor.restore_span(doc, span, removed)
    record = editor.record(doc)
    assert record is not None
    assert {(relation.id, relation.head, relation.child, relation.label) for relation in record.relations} == {
        ("r1", "s1", "s3", "SPEAKER"),
        ("r2", "s1", "s2", "CUE"),
    }


def test_prelabels_are_copied_as_suggestions_and_accepted(project: Project, tmp_path: Path) -> None:
    record = {
        "id": "p1",
        "text": TEXT,
        "layer": "prelabel",
        "annotator": "rules",
        "spans": [
            {"id": "s1", "start": 1, "end": 11, "label": "QUOTE", "source": "rule"},
            {"id": "s2", "start": 18, "end": 30, "label": "PERSON", "source": "model", "score": 0.9},
        ],
        "relations": [{"id": "r1", "head": "s1", "child": "s2", "label": "SPEAKER", "source": "rule"}],
    }
    import_paths(project, [write_jsonl(tmp_path / "p.jsonl", [record])])
    doc = project.document_keys()[0]
    editor = AnnotationEditor(project, "alice")
    started = editor.start(doc)
    assert [(span.id, span.source) for span in started.spans] == [("s1", "rule"), ("s2", "model")]
    assert started.status == "todo"  # opening is not working on it
    spans, relations = editor.accept_suggestions(doc, ["s1"])
    assert editor.record(doc).status == "in_progress"  # type: ignore[union-attr]
    assert (spans, relations) == (["s1"], [])  # the relation waits for its other end
    spans, relations = editor.accept_suggestions(doc)
    assert (spans, relations) == (["s2"], ["r1"])
    editor.set_sources(doc, {"s2": "model"}, {"r1": "rule"})  # undo
    assert [span.source for span in editor.record(doc).spans] == ["human", "model"]  # type: ignore[union-attr]
    # the pre-label layer itself is untouched
    assert [span.source for span in editor.prelabel(doc).spans] == ["rule", "model"]  # type: ignore[union-attr]


def test_status_comment_and_time(project: Project, doc: int) -> None:
    editor = AnnotationEditor(project, "alice")
    editor.set_status(doc, "accepted", comment="fine", add_seconds=12.5)
    editor.add_time(doc, 2.5)
    record = editor.record(doc)
    assert record is not None and (record.status, record.comment) == ("accepted", "fine")
    queue = editor.queue()
    assert [(entry.doc_id, entry.status) for entry in queue] == [("d1", "accepted")]
    assert AnnotationEditor(project, "bob").queue()[0].status == "todo"
    assert editor.queue(status="todo") == []
    assert len(editor.queue(search="Budi")) == 1 and editor.queue(search="zzz") == []
    with pytest.raises(EditError):
        editor.set_status(doc, "finished")  # type: ignore[arg-type]


def test_every_edit_is_in_the_history(project: Project, doc: int) -> None:
    from sqlalchemy import select

    from annotator.storage.tables import events

    editor = AnnotationEditor(project, "alice")
    editor.add_span(doc, *offsets("Medan"), "GPE")
    editor.delete_span(doc, "s1")
    with project.engine.connect() as connection:
        actions = list(connection.execute(select(events.c.action).order_by(events.c.id)).scalars())
    assert actions == ["import", "start", "add_span", "delete_span"]
