"""Driving the real window like a user: mouse on the document view, keys on the focused widget."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from annotator.model.records import Record


def click_span(qtbot, window, span_id: str) -> None:  # type: ignore[no-untyped-def]
    """Click a span where a user would: its bar, or (quotes) the text in its middle."""
    view = window.view
    point = view.span_bar_point(span_id)
    if point is None:
        span = window.session.span(span_id)
        assert span is not None, f"no span {span_id}"
        point = view.point_for_offset((span.start + span.end) // 2)
        assert view.span_at_point(point) == span_id
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def drag_select(qtbot, view, start: int, end: int) -> None:  # type: ignore[no-untyped-def]
    """Select text with the mouse from caret position ``start`` to ``end`` (code points)."""
    a, b = view.point_for_offset(start), view.point_for_offset(end)
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(viewport, QPoint((a.x() + b.x()) // 2, (a.y() + b.y()) // 2))
    qtbot.mouseMove(viewport, b)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)


def press(qtbot, window, key: str | Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    """A key press on whatever has the focus in the window (the document view, normally)."""
    target = QApplication.focusWidget() or window.view
    qtbot.keyClick(target, key, modifiers)


def settle(qtbot, target, timeout: int = 10000) -> None:  # type: ignore[no-untyped-def]
    """Wait until the edit queue of a window (or a document controller) is idle: every edit shown
    is stored, every document asked for is shown, and the window has been told of each."""
    controller = getattr(getattr(target, "projects", None), "documents", None) or target
    qtbot.waitUntil(controller.saver.idle, timeout=timeout)


def stored(qtbot, window) -> Record:  # type: ignore[no-untyped-def]
    """The annotation as the database has it once every edit shown is saved (not as the window shows it)."""
    settle(qtbot, window)
    record = window.session.editor.record(window.session.doc_pk)
    assert record is not None
    return record


def span_texts(record: Record) -> set[tuple[str, str, str]]:
    return {(span.label, span.text or "", span.source) for span in record.spans}
