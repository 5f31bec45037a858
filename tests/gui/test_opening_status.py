"""Opening a document from the queue is read on the edit queue, behind the saves: the status bar
must not count it as an edit waiting to be stored ("Saving… 1"), nor the time spent on the
document left, which is recorded on the same queue."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from tests.gui.driving import press, settle, stored
from tests.gui.projects import QUOTE_TEXT, find


def click_row(qtbot, window, row: int) -> None:  # type: ignore[no-untyped-def]
    table = window.queue.table
    rect = table.visualRect(window.queue.model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def badge_texts(window) -> list[str]:  # type: ignore[no-untyped-def]
    """Every text the saving badge shows from now on (read after the window's own slot ran)."""
    seen: list[str] = []
    window.documents.saver.pendingChanged.connect(lambda *_counts: seen.append(window.saving.text()))
    return seen


def test_opening_from_the_queue_is_not_a_pending_save(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    seen = badge_texts(window)
    qtbot.wait(1100)  # time spent on the first document, recorded when the next one is shown
    release = threading.Event()
    # A slow database: the queue is busy with a read when the row is clicked.
    window.documents.saver.submit(lambda: release.wait(30), None, chain=None, label="slow read", kind="read")
    first = window.session.document.doc_id
    click_row(qtbot, window, 2)
    assert window.saving.text() == "Opening…"
    assert window.session.document.doc_id == first  # the document before stays until the next arrives
    qtbot.wait(100)  # the status bar lays the badge out
    assert window.saving.isVisible() and window.saving.width() > 0
    window.grab().save(str(tmp_path / "opening.png"))
    release.set()
    settle(qtbot, window)
    assert window.session.document.doc_id == "kompas-3"
    assert window.saving.text() == ""
    click_row(qtbot, window, 1)
    settle(qtbot, window)
    assert window.session.document.doc_id == "kompas-2"
    assert seen and not [text for text in seen if text.startswith("Saving")]


def test_an_edit_still_counts_as_a_pending_save(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from tests.gui.driving import drag_select

    seen = badge_texts(window)
    start, end = find(QUOTE_TEXT, "pemerintah")
    drag_select(qtbot, window.view, start, end)
    press(qtbot, window, "2")  # ORG
    assert window.saving.text() == "Saving… 1"
    click_row(qtbot, window, 1)  # the opening waits behind the save: the save is what is shown
    assert window.saving.text() == "Saving… 1"
    settle(qtbot, window)
    assert window.saving.text() == ""
    assert "Saving… 1" in seen
    assert window.session.document.doc_id == "kompas-2"
    click_row(qtbot, window, 0)
    assert ("ORG", "pemerintah", "human") in {(s.label, s.text, s.source) for s in stored(qtbot, window).spans}


def test_n_pressed_quickly_moves_one_document_per_press(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Each N was counted from the document on screen, so N pressed twice before the first
    opening arrived opened the same next document twice."""
    release = threading.Event()
    window.documents.saver.submit(lambda: release.wait(30), None, chain=None, label="slow read", kind="read")
    assert window.session.document.doc_id == "kompas-1"
    press(qtbot, window, "n")
    press(qtbot, window, "n")
    release.set()
    settle(qtbot, window)
    assert window.session.document.doc_id == "kompas-3"
    assert window.queue.model.current_pk == window.session.doc_pk
    press(qtbot, window, "n")  # wraps round
    press(qtbot, window, "n")
    press(qtbot, window, "n")
    settle(qtbot, window)
    assert window.session.document.doc_id == "kompas-3"


def queue_status(window, pk: int) -> str:  # type: ignore[no-untyped-def]
    model = window.queue.model
    return str(model.entry(model.row_of(pk)).status)


def test_passing_through_with_n_leaves_documents_to_do_until_a_first_edit(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Opening a document is not working on it: N through three documents leaves them all *to do*
    (in the database, the document list and the header); the first edit puts it in progress."""
    first = window.session.doc_pk
    assert stored(qtbot, window).status == "todo"
    assert "to do" in window.header.status.text().lower()
    press(qtbot, window, "n")
    settle(qtbot, window)
    press(qtbot, window, "n")
    settle(qtbot, window)
    assert window.session.document.doc_id == "kompas-3"
    for pk in window.session.editor.project.document_keys():
        record = window.session.editor.record(pk)
        assert record is None or record.status == "todo"
        assert queue_status(window, pk) == "todo"
    press(qtbot, window, "n")  # back round to the first one
    settle(qtbot, window)
    assert window.session.doc_pk == first
    press(qtbot, window, Qt.Key.Key_Tab)  # select the first suggestion
    press(qtbot, window, Qt.Key.Key_Return)  # accept it: the first edit
    settle(qtbot, window)
    assert stored(qtbot, window).status == "in_progress"
    assert queue_status(window, first) == "in_progress"
    assert "in progress" in window.header.status.text().lower()
