"""Spans whose save is still queued are drawn as pending in the document view until the edit
queue reports them stored. The queue is held by a save that waits on an event, so the label
key's save waits behind it, as it would behind a long import."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt

from tests.gui.driving import click_span, drag_select, press, settle, span_texts, stored
from tests.gui.projects import QUOTE_TEXT, find

CTRL = Qt.KeyboardModifier.ControlModifier


@contextmanager
def held_queue(window) -> Iterator[threading.Event]:  # type: ignore[no-untyped-def]
    """Hold the window's edit queue: every save queued inside waits until the block ends."""
    release = threading.Event()
    window.documents.saver.submit(lambda: release.wait(30), None, chain=None, label="hold")
    try:
        yield release
    finally:
        release.set()


def test_a_new_span_is_pending_until_its_save_is_stored(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    start, end = find(QUOTE_TEXT, "pemerintah")
    with held_queue(window):
        drag_select(qtbot, view, start, end)
        press(qtbot, window, "2")  # ORG
        span_id = window.session.selected_span
        assert span_id is not None and window.session.span(span_id).text == "pemerintah"
        assert view.pending_spans() == {span_id}
        item = view._index.by_id[span_id]
        assert item.span.pending and item.span.label == "ORG"
        assert window.saving.text().startswith("Saving…")
        qtbot.wait(50)
        assert view.pending_spans() == {span_id}  # still held: not stored, still pending
    qtbot.waitUntil(lambda: not view.pending_spans(), timeout=10000)
    assert not view._index.by_id[span_id].span.pending
    assert ("ORG", "pemerintah", "human") in span_texts(stored(qtbot, window))


def test_relabel_accept_and_undo_are_pending_and_others_are_not(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    click_span(qtbot, window, "s5")  # "Jakarta", suggested GPE
    with held_queue(window):
        press(qtbot, window, "4")  # relabel as LOC
        assert view.pending_spans() == {"s5"}
        assert view._index.by_id["s5"].span.label == "LOC"
        assert not view._index.by_id["s1"].span.pending
    settle(qtbot, window)
    assert view.pending_spans() == set()
    with held_queue(window):
        press(qtbot, window, "z", CTRL)  # undo the relabel: pending again, as a GPE suggestion
        assert view.pending_spans() == {"s5"}
        assert view._index.by_id["s5"].span.label == "GPE"
    settle(qtbot, window)
    assert view.pending_spans() == set()
    assert next(span for span in stored(qtbot, window).spans if span.id == "s5").label == "GPE"


def test_a_failed_save_leaves_nothing_pending(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The saves skipped behind a failed one are reported too: their spans are not left pending."""
    view = window.view
    start, end = find(QUOTE_TEXT, "pemerintah")
    documents = window.documents

    def refuse() -> None:
        from annotator.storage import EditError

        raise EditError("the database refused it (test)")

    with held_queue(window):
        documents.history.save(refuse, "a refused save")
        drag_select(qtbot, view, start, end)
        press(qtbot, window, "2")
        assert len(view.pending_spans()) == 1
    qtbot.waitUntil(lambda: not view.pending_spans(), timeout=10000)
    settle(qtbot, window)
    assert ("ORG", "pemerintah", "human") not in span_texts(stored(qtbot, window))
    assert view.pending_spans() == set()


def test_a_save_refused_by_a_full_disk_says_so_in_words(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The status bar showed SQLAlchemy's whole message (its SQL and a web address)."""
    import sqlite3

    from sqlalchemy.exc import OperationalError

    def full() -> None:
        raise OperationalError("INSERT INTO spans ...", {}, sqlite3.OperationalError("database or disk is full"))

    window.documents.history.save(full, "Label ORG")
    settle(qtbot, window)
    qtbot.waitUntil(lambda: "was not saved" in window.statusBar().currentMessage(), timeout=5000)
    message = window.statusBar().currentMessage()
    assert "“Label ORG” was not saved (the disk is full; free some space and try again)" in message
    assert "INSERT" not in message and "sqlalche.me" not in message
