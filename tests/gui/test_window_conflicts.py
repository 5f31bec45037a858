"""Two sessions of one annotator on one annotation (two desktops): the window shows the edit at
once, its save is refused with a message naming what changed, the window takes it back, shows
what is stored, and goes on editing from there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from annotator.model.records import Record
from annotator.storage import AnnotationEditor, Project
from tests.gui.driving import drag_select, press, settle, span_texts
from tests.gui.projects import QUOTE_TEXT, find


def read_back(path: Path, doc_pk: int) -> Record:
    """The stored annotation, read by a session of its own (the window's editor is left alone)."""
    with Project.open(path) as project:
        record = AnnotationEditor(project, "ana").record(doc_pk)
    assert record is not None
    return record


def other_session_adds(path: Path, doc_pk: int, part: str, label: str) -> str:
    with Project.open(path) as project:
        editor = AnnotationEditor(project, "ana")
        assert editor.record(doc_pk) is not None
        return editor.add_span(doc_pk, *find(QUOTE_TEXT, part), label).id or ""


def test_a_label_key_refused_as_a_conflict_reloads_the_document(qtbot, window, project_path: Path) -> None:  # type: ignore[no-untyped-def]
    pk = window.session.doc_pk
    undo = window.action("undo")
    start, end = find(QUOTE_TEXT, "pemerintah")
    drag_select(qtbot, window.view, start, end)
    press(qtbot, window, "2")  # an edit of this session: something to undo
    settle(qtbot, window)
    assert ("ORG", "pemerintah", "human") in span_texts(read_back(project_path, pk))
    assert undo.isEnabled()

    theirs = other_session_adds(project_path, pk, "defisit", "ORG")
    assert theirs not in window.view._index.by_id
    shown: list[None] = []
    window.annotationShown.connect(lambda: shown.append(None))

    start, end = find(QUOTE_TEXT, "JAKARTA")
    drag_select(qtbot, window.view, start, end)
    press(qtbot, window, "3")
    assert ("GPE", "JAKARTA", "human") in span_texts(window.session.record)  # shown at once, saving
    settle(qtbot, window)

    message = window.statusBar().currentMessage()
    assert "changed in another session" in message
    assert "add span" in message and theirs in message  # it names what changed
    assert "undo history was cleared" in message
    stored = read_back(project_path, pk)
    assert ("GPE", "JAKARTA", "human") not in span_texts(stored)
    assert ("ORG", "defisit", "human") in span_texts(stored)
    assert shown, "the window did not show the document again"
    item = window.view._index.by_id[theirs]  # the other session's span is on screen
    assert QUOTE_TEXT[item.span.start : item.span.end] == "defisit"
    assert window.session.span(theirs) is not None
    assert not undo.isEnabled()  # the history was made against the old annotation
    assert ("GPE", "JAKARTA", "human") not in span_texts(window.session.record)  # taken back off the screen

    drag_select(qtbot, window.view, start, end)  # made again, it is saved
    press(qtbot, window, "3")
    settle(qtbot, window)
    assert ("GPE", "JAKARTA", "human") in span_texts(read_back(project_path, pk))
    assert "changed in another session" not in window.statusBar().currentMessage()
    assert undo.isEnabled()
    press(qtbot, window, "z", Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    after_undo = span_texts(read_back(project_path, pk))
    assert ("GPE", "JAKARTA", "human") not in after_undo
    assert ("ORG", "defisit", "human") in after_undo  # undo never reaches into the other session's work
