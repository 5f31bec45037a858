"""The document controller, without a window, when another session changed the same annotation:
every kind of edit (a key, undo, redo, marking) is shown at once, then its save is refused with
the message, the document is read again and the undo history starts afresh."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.gui.controllers import DocumentController
from annotator.storage import AnnotationEditor, Project
from tests.gui.driving import settle
from tests.gui.projects import QUOTE_TEXT, build_project, find, sample_docs
from tests.gui.test_document_controller import Recorder


@pytest.fixture
def controller(qtbot, tmp_path: Path) -> Iterator[DocumentController]:  # type: ignore[no-untyped-def]
    path = build_project(tmp_path / "news.annotator", sample_docs())
    made = DocumentController(Project.open(path), "ana")
    assert made.open_first()
    settle(qtbot, made)
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


def test_a_refused_label_reloads_and_the_next_edit_succeeds(qtbot, controller: DocumentController) -> None:  # type: ignore[no-untyped-def]
    theirs = other_session(controller, "defisit", "ORG")
    seen = Recorder(controller)
    selection = find(QUOTE_TEXT, "pemerintah")
    assert controller.apply_label("ORG", selection) is True  # shown at once; the save is refused
    settle(qtbot, controller)
    assert_reloaded(controller, seen, theirs)
    assert ("ORG", "pemerintah") not in stored_labels(controller)
    assert ("ORG", "pemerintah") not in {(span.label, span.text) for span in controller.session.spans()}
    assert controller.apply_label("ORG", selection) is True
    settle(qtbot, controller)
    assert {("ORG", "pemerintah"), ("ORG", "defisit")} <= stored_labels(controller)
    assert controller.undo_stack.count() == 1


def test_a_refused_undo_reloads_and_clears_the_history(qtbot, controller: DocumentController) -> None:  # type: ignore[no-untyped-def]
    assert controller.apply_label("ORG", find(QUOTE_TEXT, "pemerintah"))
    assert controller.apply_label("GPE", find(QUOTE_TEXT, "JAKARTA"))
    settle(qtbot, controller)
    theirs = other_session(controller, "defisit", "ORG")
    seen = Recorder(controller)
    controller.undo()
    assert ("GPE", "JAKARTA") not in {(span.label, span.text) for span in controller.session.spans()}  # shown at once
    settle(qtbot, controller)
    assert_reloaded(controller, seen, theirs)
    labels = stored_labels(controller)
    assert {("ORG", "pemerintah"), ("GPE", "JAKARTA"), ("ORG", "defisit")} <= labels  # nothing undone
    assert labels == {(span.label, span.text or "") for span in controller.session.spans()}  # and shown so
    controller.undo()  # nothing left to undo: nothing happens
    settle(qtbot, controller)
    assert stored_labels(controller) == labels


def test_a_refused_redo_reloads_and_clears_the_history(qtbot, controller: DocumentController) -> None:  # type: ignore[no-untyped-def]
    assert controller.apply_label("ORG", find(QUOTE_TEXT, "pemerintah"))
    controller.undo()
    settle(qtbot, controller)
    assert ("ORG", "pemerintah") not in stored_labels(controller)
    theirs = other_session(controller, "defisit", "ORG")
    seen = Recorder(controller)
    controller.redo()
    settle(qtbot, controller)
    assert_reloaded(controller, seen, theirs)
    assert ("ORG", "pemerintah") not in stored_labels(controller)
    assert ("ORG", "pemerintah") not in {(span.label, span.text) for span in controller.session.spans()}


def test_a_refused_mark_stays_on_the_document(qtbot, controller: DocumentController) -> None:  # type: ignore[no-untyped-def]
    pk = controller.doc_pk
    theirs = other_session(controller, "defisit", "ORG")
    seen = Recorder(controller)
    assert controller.mark("accepted") is True
    settle(qtbot, controller)
    assert_reloaded(controller, seen, theirs)
    assert controller.doc_pk == pk  # the next document was not opened
    assert controller.session.record is not None and controller.session.record.status == "in_progress"
    assert controller.mark("accepted") is True
    settle(qtbot, controller)
    assert controller.doc_pk != pk
    with Project.open(controller.project.location) as project:
        assert AnnotationEditor(project, "ana").record(pk).status == "accepted"  # type: ignore[union-attr]


def test_edits_queued_behind_a_refused_one_are_dropped_not_saved(qtbot, controller: DocumentController) -> None:  # type: ignore[no-untyped-def]
    """Edits made on top of one whose save is refused were made against a state that is not stored."""
    theirs = other_session(controller, "defisit", "ORG")
    seen = Recorder(controller)
    assert controller.apply_label("ORG", find(QUOTE_TEXT, "pemerintah"))
    assert controller.apply_label("GPE", find(QUOTE_TEXT, "JAKARTA"))
    controller.undo()
    settle(qtbot, controller)
    assert_reloaded(controller, seen, theirs)
    labels = stored_labels(controller)
    assert ("ORG", "pemerintah") not in labels and ("GPE", "JAKARTA") not in labels
    assert labels == {(span.label, span.text or "") for span in controller.session.spans()}
