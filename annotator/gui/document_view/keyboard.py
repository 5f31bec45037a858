"""Keyboard handling of the document view: caret movement and selection, Ctrl+A and Ctrl+C.
Every other key is ignored so that it reaches the window, whose actions (with configurable
shortcuts) also move the selected span's edges through :meth:`KeyboardController.step_selected_span_edge`.

:class:`KeyboardController` is held by :class:`DocumentView`, which forwards its key events to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence

from annotator.gui.document_view.navigation import line_edge, move_horizontal, move_vertical
from annotator.gui.document_view.snapping import step_edge

if TYPE_CHECKING:
    from annotator.gui.document_view.widget import DocumentView

_ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
_NAVIGATION = (*_ARROWS, Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class KeyboardController:
    """The view's key events, and the column that Up and Down keep between them."""

    def __init__(self, view: DocumentView) -> None:
        self._view = view
        self._layout = view._layout  # the view keeps these two for its lifetime
        #: The x the caret keeps on vertical moves (None: the caret's own x, taken at the next one).
        self.goal_x: float | None = None

    def shortcut_override(self, event: QKeyEvent) -> bool:
        """Claim the view's navigation keys before window-wide shortcuts see them."""
        if self.owns_key(event):
            event.accept()
            return True
        return False

    def owns_key(self, event: QKeyEvent) -> bool:
        """Navigation with Shift/Ctrl, Ctrl+A and Ctrl+C. Ctrl+PageUp/PageDown and anything with
        Alt or Meta are left to the window (Alt+arrows move span edges there)."""
        key, modifiers = event.key(), event.modifiers()
        control = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        if modifiers & (Qt.KeyboardModifier.MetaModifier | Qt.KeyboardModifier.AltModifier):
            return False
        if key in _NAVIGATION:
            return not (control and key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown))
        return event.matches(QKeySequence.StandardKey.SelectAll) or event.matches(QKeySequence.StandardKey.Copy)

    def press(self, event: QKeyEvent) -> None:
        if not self.owns_key(event) or not self._layout.paragraphs:
            event.ignore()
            return
        event.accept()
        key, modifiers = event.key(), event.modifiers()
        if event.matches(QKeySequence.StandardKey.SelectAll):
            self._view._set_raw_selection(0, len(self._layout.text))
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            if self._view._selection is not None:
                QGuiApplication.clipboard().setText(self._layout.text[self._view._selection[0] : self._view._selection[1]])
            return
        extend = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        control = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        layout = self._layout
        cursor = self._view._cursor
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            if self.goal_x is None:
                self.goal_x = layout.line_box(cursor)[0]
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                target = move_vertical(layout, cursor, -1 if key == Qt.Key.Key_Up else 1, self.goal_x)
            else:
                target = self._page(cursor, key == Qt.Key.Key_PageDown)
            self._move_cursor(target, extend)
            return
        self.goal_x = None
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            if not extend and not control and self._view._selection is not None:
                # Collapse the selection to the side the arrow points to, as text editors do.
                start, end = self._view._selection
                rtl = layout.paragraphs[layout.paragraph_of(cursor)].rtl
                target = end if (key == Qt.Key.Key_Right) != rtl else start
            else:
                target = move_horizontal(layout, cursor, key == Qt.Key.Key_Right, by_word=control)
        elif key == Qt.Key.Key_Home:
            target = 0 if control else line_edge(layout, cursor, end=False)
        else:
            target = len(layout.text) if control else line_edge(layout, cursor, end=True)
        self._move_cursor(target, extend)

    def _move_cursor(self, offset: int, extend: bool) -> None:
        self._view._set_raw_selection(self._view._anchor if extend else offset, offset)
        self._view._scroller.ensure_visible(offset, offset)

    def _page(self, cursor: int, down: bool) -> int:
        bar = self._view.verticalScrollBar()
        height = self._view.viewport().height()
        x, top, line_height = self._layout.line_box(cursor)
        bar.setValue(bar.value() + (height if down else -height))
        y = top + (height if down else -height) + line_height / 2
        y = max(0.0, min(y, self._layout.total_height() - 1))
        return self._layout.offset_at(self.goal_x if self.goal_x is not None else x, y)

    def step_selected_span_edge(self, edge: str, direction: int) -> None:
        """Move the selected span's ``edge`` ("start" or "end") one token (or character, without
        snapping) in ``direction`` (-1 left, +1 right) by asking for a resize."""
        item = self._view._index.by_id.get(self._view._selected_span or "")
        if item is None:
            return
        tokens = self._view._tokens if self._view._snap and self._view._tokens else None
        length = len(self._layout.text)
        start, end = step_edge(tokens, item.span.start, item.span.end, edge, direction, length, self._layout.text)
        if (start, end) != (item.span.start, item.span.end):
            self._view.spanResizeRequested.emit(item.span.id, start, end)
        elif (edge == "start") == (direction > 0):  # inward: the span would be empty
            words = self._layout.text[item.span.start : item.span.end]
            shown = words if len(words) <= 40 else words[:39] + "…"
            unit = "token" if tokens else "character"
            self._view.hint.emit(f"“{shown}” cannot get shorter: a span keeps at least one {unit}")
        else:
            at_text_edge = item.span.start == 0 if direction < 0 else item.span.end >= length
            where = "the text" if at_text_edge else "its paragraph"
            self._view.hint.emit(f"The span's {edge} is already at the {'start' if direction < 0 else 'end'} of {where}")
