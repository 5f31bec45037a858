"""The document controller, without a window, when another session changed the same annotation:
every kind of edit (a key, undo, redo, marking) is refused with the message, the document is read
again and the undo history starts afresh."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.gui.controllers import DocumentController
from annotator.storage import AnnotationEditor, Project
from tests.gui.projects import QUOTE_TEXT, build_project, find, sample_docs
from tests.gui.test_document_controller import Recorder


@pytest.fixture
def controller(qtbot, tmp_path: Path) -> Iterator[DocumentController]:  # type: ignore[no-untyped-def]
    path = build_project(tmp_path / "news.annotator", sample_docs())
    made = DocumentController(Project.open(path), "ana")
    assert made.open_first()
    yield made
    made.close()


def other_session(controller: DocumentController, part: str, label: str) -> str:
    """Another desktop of the same annotator adds a span; returns its id."""
    pk = controller.doc_pk
    assert pk is not None
    with Project.open(controller.project.location) as project:
        editor = AnnotationEditor(project, "ana")
        assert editor.record(pk) is not None
        return editor.add_span(pk, *find(QUOTE_TEXT, part), label).id or ""


def stored_labels(controller: DocumentController) -> set[tuple[str, str]]:
    with Project.open(controller.project.location) as project:
        record = AnnotationEditor(project, "ana").record(controller.doc_pk)  # type: ignore[arg-type]
    assert record is not None
    return {(span.label, span.text or "") for span in record.spans}


def assert_reloaded(controller: DocumentController, seen: Recorder, theirs: str) -> None:
    errors = [args[0] for args in seen.of("error")]
    assert len(errors) == 1 and "changed in another session" in errors[0] and theirs in errors[0]
    assert "undo history was cleared" in errors[0]
    assert seen.of("annotationChanged"), "the window was not told to show the document again"
    assert controller.session.span(theirs) is not None
    assert controller.undo_stack.count() == 0


def test_a_refused_label_reloads_and_the_next_edit_succeeds(controller: DocumentController) -> None:
    theirs = other_session(controller, "defisit", "ORG")
    seen = Recorder(controller)
    selection = find(QUOTE_TEXT, "pemerintah")
    assert controller.apply_label("ORG", selection) is False
    assert_reloaded(controller, seen, theirs)
    assert ("ORG", "pemerintah") not in stored_labels(controller)
    assert controller.apply_label("ORG", selection) is True
    assert {("ORG", "pemerintah"), ("ORG", "defisit")} <= stored_labels(controller)
    assert controller.undo_stack.count() == 1


def test_a_refused_undo_reloads_and_clears_the_history(controller: DocumentController) -> None:
    assert controller.apply_label("ORG", find(QUOTE_TEXT, "pemerintah"))
    assert controller.apply_label("GPE", find(QUOTE_TEXT, "JAKARTA"))
    theirs = other_session(controller, "defisit", "ORG")
    seen = Recorder(controller)
    controller.undo()
    assert_reloaded(controller, seen, theirs)
    assert not any(text.startswith("Undone") for (text,) in seen.of("message"))
    labels = stored_labels(controller)
    assert {("ORG", "pemerintah"), ("GPE", "JAKARTA"), ("ORG", "defisit")} <= labels  # nothing undone
    controller.undo()  # nothing left to undo: nothing happens
    assert stored_labels(controller) == labels


def test_a_refused_redo_reloads_and_clears_the_history(controller: DocumentController) -> None:
    assert controller.apply_label("ORG", find(QUOTE_TEXT, "pemerintah"))
    controller.undo()
    assert ("ORG", "pemerintah") not in stored_labels(controller)
    theirs = other_session(controller, "defisit", "ORG")
    seen = Recorder(controller)
    controller.redo()
    assert_reloaded(controller, seen, theirs)
    assert ("ORG", "pemerintah") not in stored_labels(controller)


def test_a_refused_mark_stays_on_the_document(controller: DocumentController) -> None:
    pk = controller.doc_pk
    theirs = other_session(controller, "defisit", "ORG")
    seen = Recorder(controller)
    assert controller.mark("accepted") is False
    assert_reloaded(controller, seen, theirs)
    assert controller.doc_pk == pk
    assert controller.mark("accepted") is True
