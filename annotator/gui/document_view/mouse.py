"""Mouse handling of the document view: selecting text, clicking and hovering spans, dragging span
edges and relations, tool tips and Ctrl+wheel zoom.

:class:`MouseController` is held by :class:`DocumentView`, which forwards its mouse events to it.
It owns the state of a drag; the text, spans, selection and signals stay the view's.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QHelpEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QToolTip

from annotator.gui.document_view.model import IndexedSpan, SpanStyle
from annotator.gui.document_view.navigation import move_horizontal, word_at
from annotator.gui.provenance import PROVENANCE_KEYS, suggested_by

if TYPE_CHECKING:
    from annotator.gui.document_view.widget import DocumentView


class Drag(Enum):
    NONE = 0
    SELECT = 1  # dragging out a text selection
    BAR = 2  # pressed on a span's bar: a click, or a relation drag once the mouse moves
    RELATION = 3
    RESIZE = 4


class MouseController:
    """The view's mouse events, and the state of a press or drag between them."""

    def __init__(self, view: DocumentView) -> None:
        self._view = view
        self._layout = view._layout  # the view keeps these two for its lifetime
        self._geometry = view._geometry
        self.drag = Drag.NONE
        self._press_point = QPoint()
        self.press_span: str | None = None
        self.resize: tuple[str, str, int, int] | None = None  # span id, edge, preview start, preview end
        self.relation_point: QPointF | None = None
        self._drag_point = QPointF()  # last viewport position of the mouse during a drag
        #: Every span under the last click, best first.
        self.click_spans: list[str] = []
        #: No edge or relation drags (the view shows a version to read, not to edit).
        self.read_only = False
        self._autoscroll_timer = QTimer(view)
        self._autoscroll_timer.setInterval(30)
        self._autoscroll_timer.timeout.connect(self._autoscroll_tick)

    def reset(self) -> None:
        """Forget a drag in progress (another document is shown)."""
        self.drag = Drag.NONE
        self.resize = None

    def resize_preview(self) -> tuple[int, int] | None:
        """The extent a span edge is being dragged to, while it is."""
        return (self.resize[2], self.resize[3]) if self.resize and self.drag is Drag.RESIZE else None

    def relation_preview(self) -> tuple[QPointF, QPointF] | None:
        """From the head span's anchor to the mouse, while a relation is being dragged out."""
        if self.drag is not Drag.RELATION or not self.press_span or self.relation_point is None:
            return None
        view = self._view
        head = view._index.by_id.get(self.press_span)
        start = view._geometry.anchor(head) if head else None
        return None if start is None else (start, self.relation_point)

    def _document_point(self, event: QMouseEvent) -> QPointF:
        return self._view._scroller.to_document(event.position())

    def press(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self._layout.paragraphs:
            event.ignore()
            return
        self._view.setFocus(Qt.FocusReason.MouseFocusReason)
        point = self._document_point(event)
        x, y = point.x(), point.y()
        self._press_point = event.position().toPoint()
        self._view._keyboard.goal_x = None
        under = self._geometry.span_at_point(x, y)
        if self.read_only:
            self._press_read_only(event, under)
            return
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and under is not None:
            self.drag = Drag.RELATION
            self.press_span = under.span.id
            self.relation_point = point
            return
        edge = self._edge_candidate(x, y)
        if edge is not None:
            item, which = edge
            self.drag = Drag.RESIZE
            self.resize = (item.span.id, which, item.span.start, item.span.end)
            return
        bar = self._geometry.bar_at(x, y) if self._geometry.in_bar_zone(x, y) else None
        if bar is not None:
            self.drag = Drag.BAR
            self.press_span = bar.span.id
            return
        self.drag = Drag.SELECT
        self.press_span = under.span.id if under else None
        offset = self._layout.offset_at(x, y)
        extend = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        self._view._set_raw_selection(self._view._anchor if extend else offset, offset)

    def _press_read_only(self, event: QMouseEvent, under: IndexedSpan | None) -> None:
        """A press that can only select text or click a span."""
        point = self._document_point(event)
        self.drag = Drag.SELECT
        self.press_span = under.span.id if under else None
        if under is None and self._geometry.in_bar_zone(point.x(), point.y()):
            bar = self._geometry.bar_at(point.x(), point.y())
            self.press_span = bar.span.id if bar else None
        offset = self._layout.offset_at(point.x(), point.y())
        self._view._set_raw_selection(offset, offset)

    def _edge_candidate(self, x: float, y: float) -> tuple[IndexedSpan, str] | None:
        """A span edge to drag: the selected span's edges anywhere on its lines, any bar's ends in the bar zone."""
        in_bars = self._geometry.in_bar_zone(x, y)
        bar = self._geometry.bar_at(x, y) if in_bars else None
        selected = self._view._index.by_id.get(self._view._selected_span) if self._view._selected_span else None
        # The selected span's edges, unless the point is on another span's bar.
        if selected is not None and (bar is None or bar is selected):
            edge = self._geometry.edge_at(x, y, [selected])
            if edge is not None:
                return edge
        if not in_bars:
            return None
        if bar is not None:
            return self._geometry.edge_at(x, y, [bar])
        number = self._layout.paragraph_at_y(y)
        return self._geometry.edge_at(x, y, [item for item in self._view._index.buckets[number] if item.style is SpanStyle.BAR])

    def move(self, event: QMouseEvent) -> None:
        if self.drag is Drag.NONE:
            point = self._document_point(event)
            self._hover(point.x(), point.y())
            return
        self._drag_point = event.position()
        if self.drag is Drag.BAR:
            moved = (event.position().toPoint() - self._press_point).manhattanLength()
            if moved < QApplication.startDragDistance():
                return
            self.drag = Drag.RELATION
        self._drag_to(self._drag_point)
        near_edge = self._autoscroll_step(self._drag_point.y()) != 0
        if near_edge and not self._autoscroll_timer.isActive():
            self._autoscroll_timer.start()
        elif not near_edge:
            self._autoscroll_timer.stop()

    def _drag_to(self, viewport_point: QPointF) -> None:
        """Follow a drag to a viewport point (on mouse moves, and while auto-scrolling)."""
        point = self._view._scroller.to_document(viewport_point)
        x, y = point.x(), point.y()
        if self.drag is Drag.SELECT:
            self._view._set_raw_selection(self._view._anchor, self._layout.offset_at(x, y))
        elif self.drag is Drag.RELATION:
            self.relation_point = point
            self._hover(x, y)
        elif self.drag is Drag.RESIZE and self.resize is not None:
            self.resize = (self.resize[0], self.resize[1], *self._resized_extent(x, y))
        self._view.viewport().update()

    def _autoscroll_step(self, viewport_y: float) -> int:
        """Pixels to scroll per tick while a drag is held near or beyond the top or bottom edge."""
        margin = 24.0
        height = self._view.viewport().height()
        if viewport_y < margin:
            return -max(2, round((margin - viewport_y) / 2))
        if viewport_y > height - margin:
            return max(2, round((viewport_y - height + margin) / 2))
        return 0

    def _autoscroll_tick(self) -> None:
        step = self._autoscroll_step(self._drag_point.y()) if self.drag is not Drag.NONE else 0
        if step == 0:
            self._autoscroll_timer.stop()
            return
        bar = self._view.verticalScrollBar()
        bar.setValue(bar.value() + min(step, 40) if step > 0 else bar.value() + max(step, -40))
        self._drag_to(self._drag_point)

    def _resized_extent(self, x: float, y: float) -> tuple[int, int]:
        """The span's extent with the dragged edge at the point, snapped to tokens when snapping is on."""
        assert self.resize is not None
        item = self._view._index.by_id.get(self.resize[0])
        if item is None:
            return self.resize[2], self.resize[3]
        start, end = item.span.start, item.span.end
        offset = self._layout.offset_at(x, y)
        snap = self._view._snap and bool(self._view._tokens)
        if self.resize[1] == "start":
            if offset >= end:
                return start, end
            if snap:
                snapped = self._view._tokens.snap(offset, end)
                return (snapped[0], end) if snapped else (start, end)
            return offset, end
        if offset <= start:
            return start, end
        if snap:
            snapped = self._view._tokens.snap(start, offset)
            return (start, snapped[1]) if snapped else (start, end)
        return start, offset

    def release(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        self._autoscroll_timer.stop()
        point = self._document_point(event)
        drag, self.drag = self.drag, Drag.NONE
        moved = (event.position().toPoint() - self._press_point).manhattanLength() >= QApplication.startDragDistance()
        if (drag is Drag.SELECT and not moved) or drag is Drag.BAR:
            self._click(self.press_span, self._view._scroller.to_document(QPointF(self._press_point)))
        elif drag is Drag.RELATION:
            target = self._geometry.span_at_point(point.x(), point.y())
            if target is not None and self.press_span and target.span.id != self.press_span:
                found = [item.span.id for item in self._geometry.spans_at_point(point.x(), point.y())]
                self.click_spans = [target.span.id, *(span_id for span_id in found if span_id != target.span.id)]
                self._view.relationDragRequested.emit(self.press_span, target.span.id)
            elif target is not None and not moved:
                self._click(target.span.id, point)
        elif drag is Drag.RESIZE and self.resize is not None:
            span_id, _, start, end = self.resize
            item = self._view._index.by_id.get(span_id)
            if item is not None and (start, end) != (item.span.start, item.span.end) and start < end:
                self._view.spanResizeRequested.emit(span_id, start, end)
            elif item is not None and not moved:
                self._click(span_id, point)
        self.resize = None
        self.relation_point = None
        self.press_span = None
        self._view.viewport().update()

    def _click(self, span_id: str | None, point: QPointF | None = None) -> None:
        found = self._geometry.spans_at_point(point.x(), point.y()) if point is not None else []
        ids = [item.span.id for item in found]
        if span_id and span_id not in ids:
            ids.insert(0, span_id)
        self.click_spans = ids
        self._view._selected_span = span_id
        self._view.spanClicked.emit(span_id or "")
        self._view.viewport().update()

    def double_click(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self._layout.paragraphs:
            event.ignore()
            return
        point = self._document_point(event)
        under = self._geometry.span_at_point(point.x(), point.y())
        if under is not None:
            self._view.spanDoubleClicked.emit(under.span.id)
        character = self._geometry.character_at(point.x(), point.y())
        if character is None:
            return
        token = self._view._tokens.token_at(character) if self._view._tokens else None
        word = token or word_at(self._layout.text, character)
        if word is None:
            # Not a word (an emoji, a mark): the grapheme under the pointer.
            word = (
                character,
                move_horizontal(self._layout, character, not self._layout.paragraphs[self._layout.paragraph_of(character)].rtl),
            )
        self.drag = Drag.NONE
        self._view._set_raw_selection(*word)

    def _hover(self, x: float, y: float) -> None:
        item = self._geometry.span_at_point(x, y)
        span_id = item.span.id if item else None
        if self.drag is Drag.NONE:
            edge = None if self.read_only else self._edge_candidate(x, y)
            if edge is not None:
                shape = Qt.CursorShape.SizeHorCursor
            elif self._geometry.in_bar_zone(x, y) and item is not None:
                shape = Qt.CursorShape.PointingHandCursor
            else:
                shape = Qt.CursorShape.IBeamCursor
            if self._view.viewport().cursor().shape() != shape:
                self._view.viewport().setCursor(shape)
        if span_id != self._view._hovered_span:
            self._set_hovered(span_id)

    def _set_hovered(self, span_id: str | None) -> None:
        """Only the rows of the old and new hovered span (and their relations) are repainted,
        unless dimming starts or ends for every span."""
        before = self._view._repainter.snapshot()
        self._view._hovered_span = span_id
        self._view.spanHovered.emit(span_id or "")
        self._view._repainter.focus_changed(before)

    def leave(self) -> None:
        """The mouse left the view: no span is hovered any more (unless a drag holds it)."""
        if self._view._hovered_span is not None and self.drag is Drag.NONE:
            self._set_hovered(None)

    def show_tooltip(self, event: QHelpEvent) -> None:
        """The tool tip of the span under the mouse, or none."""
        view = self._view
        item = view._index.by_id.get(view.span_at_point(event.pos()) or "")
        if item is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPos(), self.tooltip(item), view.viewport())

    def tooltip(self, item: IndexedSpan) -> str:
        span = item.span
        text = self._layout.text[span.start : span.end]
        if len(text) > 80:
            text = text[:77] + "…"
        parts = [f"<b>{span.label}</b>" + (" (suggestion)" if span.suggested else "")]
        attrs = {key: value for key, value in span.attrs.items() if key not in PROVENANCE_KEYS}
        if attrs:
            parts.append(", ".join(f"{key}: {value}" for key, value in attrs.items()))
        origin = suggested_by(span.attrs)
        if origin:
            parts.append(f"<i>{origin}</i>")
        parts.append(text.replace("&", "&amp;").replace("<", "&lt;"))
        for relation in self._view._relations.of.get(span.id, []):
            other = relation.child if relation.head == span.id else relation.head
            other_item = self._view._index.by_id.get(other)
            if other_item is not None:
                arrow = "→" if relation.head == span.id else "←"
                other_text = self._layout.text[other_item.span.start : other_item.span.end][:40]
                parts.append(f"{relation.label} {arrow} {other_text.replace('<', '&lt;')}")
        return "<br>".join(parts)

    def wheel(self, event: QWheelEvent) -> bool:
        """Ctrl+wheel zooms; False for any other wheel event (the view scrolls)."""
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        delta = event.angleDelta().y()
        if delta:
            self._view.zoom(1 if delta > 0 else -1)
        event.accept()
        return True
