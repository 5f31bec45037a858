"""The document controller on its own: a real SQLite project, no window, its signals checked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.gui.controllers import DocumentController
from annotator.storage import AnnotationEditor, Project
from tests.gui.driving import settle
from tests.gui.projects import QUOTE_TEXT, build_project, find, sample_docs


class Recorder:
    """Every signal of a controller, in order, with its arguments."""

    SIGNALS = (
        "documentOpened",
        "annotationChanged",
        "spanSelected",
        "entryChanged",
        "linkModeChanged",
        "message",
        "error",
        "leaving",
    )

    def __init__(self, controller: DocumentController) -> None:
        self.events: list[tuple[str, tuple[object, ...]]] = []
        for name in self.SIGNALS:
            getattr(controller, name).connect(lambda *args, name=name: self.events.append((name, args)))

    def of(self, name: str) -> list[tuple[object, ...]]:
        return [args for event, args in self.events if event == name]

    def clear(self) -> None:
        self.events.clear()


@pytest.fixture
def controller(qtbot, tmp_path: Path) -> Iterator[DocumentController]:  # type: ignore[no-untyped-def]
    path = build_project(tmp_path / "news.annotator", sample_docs())
    made = DocumentController(Project.open(path), "ana")
    yield made
    made.close()


def stored(qtbot, controller: DocumentController):  # type: ignore[no-untyped-def]
    """The stored annotation, read by a session of its own once the controller's edits are saved."""
    settle(qtbot, controller)
    with Project.open(controller.project.location) as project:
        record = AnnotationEditor(project, "ana").record(controller.doc_pk)  # type: ignore[arg-type]
    assert record is not None
    return record


def test_opening_a_document_tells_what_to_show(qtbot, controller: DocumentController) -> None:  # type: ignore[no-untyped-def]
    seen = Recorder(controller)
    assert not controller.has_document()
    assert controller.open_first()
    settle(qtbot, controller)
    pk = controller.doc_pk
    assert pk is not None and controller.session.document.doc_id == "kompas-1"  # type: ignore[union-attr]
    assert seen.of("documentOpened") == [(pk, 0)]
    assert seen.of("annotationChanged") == [()]
    assert seen.of("entryChanged") == [(pk, "todo", 5)]  # opened, not yet worked on
    assert seen.of("message")[-1] == ("Sri Mulyani: anggaran aman: 5 suggestions to review",)
    assert controller.has_document() and controller.has_suggestions() and not controller.has_selected_span()


def test_label_undo_redo_through_the_undo_stack(qtbot, controller: DocumentController) -> None:  # type: ignore[no-untyped-def]
    controller.open_first()
    settle(qtbot, controller)
    seen = Recorder(controller)
    start, end = find(QUOTE_TEXT, "pemerintah")
    assert controller.apply_label("ORG", (start, end)) is True  # the view clears its selection
    added = controller.session.selected_span
    assert added is not None and controller.session.span(added).text == "pemerintah"  # type: ignore[union-attr]
    assert ("ORG", "pemerintah", "human") in {(s.label, s.text, s.source) for s in stored(qtbot, controller).spans}
    assert seen.of("entryChanged")[-1] == (controller.doc_pk, "in_progress", 6)
    assert controller.undo_stack.canUndo() and not controller.undo_stack.canRedo()
    controller.undo()
    assert added not in {span.id for span in stored(qtbot, controller).spans}
    assert seen.of("message")[-1] == ("Undone: Add ORG",)
    assert seen.of("entryChanged")[-1] == (controller.doc_pk, "in_progress", 5)
    controller.redo()
    assert added in {span.id for span in stored(qtbot, controller).spans}
    assert controller.session.selected_span == added


def test_relabel_needs_a_selection_or_a_span(qtbot, controller: DocumentController) -> None:  # type: ignore[no-untyped-def]
    controller.open_first()
    settle(qtbot, controller)
    seen = Recorder(controller)
    assert controller.apply_label("ORG", None) is False
    assert seen.of("message") == [("Select some text first, then press the key of ORG",)]
    controller.select("s5")
    assert seen.of("spanSelected") == [("s5",)]
    controller.apply_label("LOC", None)
    span = next(span for span in stored(qtbot, controller).spans if span.id == "s5")
    assert (span.label, span.source) == ("LOC", "human")


def test_link_mode_and_a_deleted_relation_are_reported(qtbot, controller: DocumentController) -> None:  # type: ignore[no-untyped-def]
    controller.open_first()
    settle(qtbot, controller)
    seen = Recorder(controller)
    controller.select("s2")  # the QUOTE
    controller.start_link("CUE")
    assert seen.of("linkModeChanged") == [("CUE",)]
    assert controller.escape() is True
    assert seen.of("linkModeChanged")[-1] == ("",)
    relation = next(rel for rel in controller.session.relations() if rel.label == "SPEAKER")
    controller.delete_relation(relation.id or "")
    assert relation.id not in {rel.id for rel in stored(qtbot, controller).relations}
    assert seen.of("message")[-1][0].startswith("Deleted SPEAKER “")  # type: ignore[union-attr]
    controller.undo()
    assert relation.id in {rel.id for rel in stored(qtbot, controller).relations}
    assert controller.escape() is True  # drops the selected span
    assert controller.escape() is False  # nothing left: the window clears the text selection


def test_mark_opens_the_next_document_and_records_time(qtbot, controller: DocumentController) -> None:  # type: ignore[no-untyped-def]
    controller.open_first()
    settle(qtbot, controller)
    first = controller.doc_pk
    seen = Recorder(controller)
    assert controller.mark("accepted")
    settle(qtbot, controller)
    assert seen.of("entryChanged")[0] == (first, "accepted", 5)
    assert seen.of("leaving") == [(first,)]
    assert controller.session.document.doc_id == "kompas-2"  # type: ignore[union-attr]
    assert "Marked accepted (5 suggestions left unconfirmed)" in seen.of("message")[-1][0]  # type: ignore[operator]
    assert not controller.undo_stack.canUndo()


def test_an_edit_the_database_refuses_is_an_error_not_an_undo_step(qtbot, controller: DocumentController) -> None:  # type: ignore[no-untyped-def]
    controller.open_first()
    settle(qtbot, controller)
    seen = Recorder(controller)
    start, end = find(QUOTE_TEXT, "Menteri Keuangan Sri")  # overlaps the PERSON "Sri Mulyani"
    assert controller.apply_label("ORG", (start, end)) is False
    assert seen.of("error") and "overlap" in seen.of("error")[0][0]  # type: ignore[operator]
    assert controller.undo_stack.count() == 0
