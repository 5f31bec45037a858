"""The document view: one article with its spans and relations, scrolled, selected and edited by
mouse and keyboard. Offsets in and out are code points; Qt's UTF-16 stays inside the layout.

The view never changes spans itself: it emits requests (resize, relation) and the window answers
with :meth:`DocumentView.set_annotations`.

The view holds three helpers and forwards Qt's events to them: a :class:`MouseController`
(clicks, drags, hover, tool tips), a :class:`KeyboardController` (caret and selection keys)
and a :class:`Scroller` (scroll position and background layout). Each owns its own state.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPaintEvent, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QWidget

from annotator.gui.document_view import points
from annotator.gui.document_view.geometry import SpanGeometry
from annotator.gui.document_view.keyboard import KeyboardController
from annotator.gui.document_view.layout import DocumentLayout
from annotator.gui.document_view.model import RelationIndex, SpanIndex, ViewRelation, ViewSpan
from annotator.gui.document_view.mouse import MouseController
from annotator.gui.document_view.painting import DocumentPainter
from annotator.gui.document_view.repaint import Repainter, changed_relations
from annotator.gui.document_view.scrolling import Scroller
from annotator.gui.document_view.snapping import TokenBoundaries, refine_tokens
from annotator.gui.document_view.theme import DARK, LIGHT, MAX_ZOOM, MIN_ZOOM, Metrics, metrics_for_zoom
from annotator.gui.document_view.viewport_paint import paint_viewport
from annotator.model.scheme import Scheme


class DocumentView(QAbstractScrollArea):
    """Shows one document; paints only the visible paragraphs."""

    selectionChanged = Signal(int, int)  # code points, end exclusive, snapped; (-1, -1) when cleared
    spanClicked = Signal(str)  # "" when a click hit no span
    spanResizeRequested = Signal(str, int, int)  # span id, new start, new end
    relationDragRequested = Signal(str, str)  # head span id, child span id
    spanDoubleClicked = Signal(str)  # the span under a double click
    spanHovered = Signal(str)  # "" when none
    zoomChanged = Signal(int)  # the zoom step after zoom() or Ctrl+wheel
    hint = Signal(str)  # why a key did nothing (a span edge that cannot move further)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zoom = 0
        self._palette = LIGHT
        self._layout = DocumentLayout(self._metrics(0))
        self._scheme: Scheme | None = None
        self._index = SpanIndex([], None, [])
        self._geometry = SpanGeometry(self._layout, self._index)
        self._painter = DocumentPainter(self._geometry)
        self._relations = RelationIndex([])
        self._rooms: list[bool] = []  # per paragraph: room for arc labels under its lines
        self._tokens = TokenBoundaries()
        self._snap = True
        self._show_all_relations = False
        self._show_label_names = False
        self._anchor = 0  # raw selection ends, code points
        self._cursor = 0
        self._selection: tuple[int, int] | None = None  # snapped, as shown and emitted
        self._selected_span: str | None = None
        self._hovered_span: str | None = None
        self._pending: frozenset[str] = frozenset()  # spans whose saves are queued (drawn as pending)
        self._pending_relations: frozenset[str] = frozenset()  # likewise, relations
        self._mouse = MouseController(self)
        self._keyboard = KeyboardController(self)
        self._scroller = Scroller(self)
        self._repainter = Repainter(self)

        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.viewport().setMouseTracking(True)
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        self.viewport().setAutoFillBackground(False)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.setMinimumSize(200, 120)
        self._set_layout_width()

    # --- the contract ----------------------------------------------------------------------

    def set_document(self, text: str, spans: list[ViewSpan], relations: list[ViewRelation], scheme: Scheme) -> None:
        """Show a new document, scrolled to the top, with nothing selected."""
        self._scheme = scheme
        self._painter.forget_colors()
        self._tokens = TokenBoundaries()
        self._layout.set_text(text)
        self._anchor = self._cursor = 0
        had_selection = self._selection is not None
        self._selection = None
        self._selected_span = None
        self._hovered_span = None
        self._mouse.reset()
        self._scroller.anchor = (0, 0.0)
        self._apply_annotations(spans, relations, new_text=True)
        self._scroller.sync()
        self.verticalScrollBar().setValue(0)
        self._scroller.start_layout()
        self.viewport().update()
        if had_selection:
            self.selectionChanged.emit(-1, -1)

    def set_annotations(self, spans: list[ViewSpan], relations: list[ViewRelation]) -> None:
        """New spans and relations for the same document: scroll and selection stay. Only the rows
        of what changed are repainted, unless paragraphs moved or the focus went away."""
        before = self._repainter.snapshot()
        moved = self._apply_annotations(spans, relations)
        if self._selected_span is not None and self._selected_span not in self._index.by_id:
            self._selected_span = None
        if self._hovered_span is not None and self._hovered_span not in self._index.by_id:
            self._hovered_span = None
        self._scroller.sync()
        self._repainter.annotations_changed(before, moved)

    def set_pending(self, span_ids: Collection[str], relation_ids: Collection[str] = ()) -> None:
        """Spans and relations whose edit is shown but not yet stored: drawn as pending until a later
        call leaves them out. The sets are kept across :meth:`set_annotations` (an id may arrive first)."""
        self._pending, self._pending_relations = frozenset(span_ids), frozenset(relation_ids)
        changed = self._index.set_pending(self._pending)
        before = self._relations
        self._relations = RelationIndex(before.relations, self._pending_relations)
        ranges = [(item.span.start, item.span.end) for item in changed]
        self._repainter.update(ranges + changed_relations(before, self._relations, [self._index]))

    def pending_spans(self) -> set[str]:
        """The spans drawn as pending now."""
        return self._index.pending()

    def pending_relations(self) -> set[str]:
        """The relations drawn as pending now."""
        return self._relations.pending()

    def select_span(self, span_id: str | None) -> None:
        """Highlight a span and its relations (dimming the rest) and scroll it into view."""
        item = self._index.by_id.get(span_id) if span_id else None
        selected = item.span.id if item else None
        if selected != self._selected_span:
            before = self._repainter.snapshot()
            self._selected_span = selected
            self._repainter.focus_changed(before)
        if item is not None:
            self._scroller.ensure_visible(item.span.start, item.span.end)

    def selected_span(self) -> str | None:
        return self._selected_span

    def selection(self) -> tuple[int, int] | None:
        return self._selection

    def set_selection(self, start: int, end: int) -> None:
        length = len(self._layout.text)
        start, end = max(0, min(start, length)), max(0, min(end, length))
        self._set_raw_selection(start, end)
        self._scroller.ensure_visible(self._cursor, self._cursor)

    def clear_selection(self) -> None:
        self._set_raw_selection(self._cursor, self._cursor)

    def set_token_boundaries(self, starts: list[int], ends: list[int]) -> None:
        """Token boundaries to snap to (from spaCy), made grapheme-safe for this text (see :func:`refine_tokens`)."""
        self._tokens = TokenBoundaries(*refine_tokens(self._layout.text, starts, ends))
        self._set_raw_selection(self._anchor, self._cursor)

    def set_snap_to_tokens(self, on: bool) -> None:
        self._snap = on
        self._set_raw_selection(self._anchor, self._cursor)

    def step_selected_span_edge(self, edge: str, direction: int) -> None:
        """Move the selected span's ``edge`` one token in ``direction`` (see :class:`KeyboardController`)."""
        self._keyboard.step_selected_span_edge(edge, direction)

    def zoom(self, steps: int) -> None:
        self.set_zoom(self._zoom + steps)

    def set_dark(self, dark: bool) -> None:
        self._palette = DARK if dark else LIGHT
        self._painter.forget_colors()
        self.viewport().update()

    def scroll_to_offset(self, offset: int) -> None:
        """Put the line holding ``offset`` at the top of the view."""
        self._scroller.scroll_to_offset(offset)

    def first_visible_offset(self) -> int:
        """Start of the first line shown whole at the top (what :meth:`scroll_to_offset` puts there)."""
        return self._scroller.first_visible_offset()

    def span_at(self, offset: int) -> str | None:
        return self._index.span_at(offset)

    # --- additions to the contract -----------------------------------------------------------

    def set_read_only(self, on: bool) -> None:
        """Clicks and text selection only: no edge or relation drags (a version beside gold)."""
        self._mouse.read_only = on

    def set_show_all_relations(self, on: bool) -> None:
        """Draw every relation at full strength, not only those of the hovered or selected span."""
        self._show_all_relations = on
        self.viewport().update()

    def show_all_relations(self) -> bool:
        return self._show_all_relations

    def set_show_label_names(self, on: bool) -> None:
        """Write label names (and attribute values) on the bars, which grow to hold them."""
        if on == self._show_label_names:
            return
        self._show_label_names = on
        self._relayout(keep=self._selected_span)

    def show_label_names(self) -> bool:
        return self._show_label_names

    def spans_at_click(self) -> list[str]:
        """Every span under the last click: the bar hit first, then the spans over the character,
        innermost first. Link mode chooses among them (stacked spans on the same words)."""
        return list(self._mouse.click_spans)

    def _metrics(self, zoom: int) -> Metrics:
        return metrics_for_zoom(zoom, names=getattr(self, "_show_label_names", False))

    def set_zoom(self, zoom: int) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        if zoom == self._zoom:
            return
        self._zoom = zoom
        self._relayout(keep=self._selected_span)
        self.zoomChanged.emit(zoom)

    def _relayout(self, keep: str | None) -> None:
        """New metrics (zoom, label names), keeping the reading position (see :meth:`Scroller.relayout`)."""

        def apply() -> None:
            self._layout.set_metrics(self._metrics(self._zoom))
            self._set_layout_width()
            self._update_gaps()

        self._scroller.relayout(self._index.by_id.get(keep) if keep else None, apply)

    def layout_pending(self) -> bool:
        """Whether paragraphs off screen are still being laid out in the background (their heights,
        and so the scroll bar, are estimates until then)."""
        return self._scroller.layout_pending()

    def zoom_level(self) -> int:
        return self._zoom

    def is_dark(self) -> bool:
        return self._palette.dark

    def text(self) -> str:
        return self._layout.text

    def caret(self) -> int:
        return self._cursor

    def hovered_span(self) -> str | None:
        return self._hovered_span

    def point_for_offset(self, offset: int) -> QPoint:
        """Viewport point of the caret position ``offset``, mid-height of its line (for pop-ups and tests)."""
        return points.point_for_offset(self, offset)

    def offset_at_point(self, point: QPoint) -> int:
        """The caret position (code points) nearest to a viewport point."""
        return points.offset_at_point(self, point)

    def span_at_point(self, point: QPoint) -> str | None:
        return points.span_at_point(self, point)

    def span_rect(self, span_id: str) -> QRect | None:
        """Viewport rectangle around a span's text (all its lines)."""
        return points.span_rect(self, span_id)

    def span_bar_point(self, span_id: str) -> QPoint | None:
        """Viewport point in the middle of a span's first bar (None for quotes and furniture)."""
        return points.span_bar_point(self, span_id)

    def span_edge_point(self, span_id: str, which: str) -> QPoint | None:
        """Viewport point on a span's ``"start"`` or ``"end"`` edge, at the middle of the text line."""
        return points.span_edge_point(self, span_id, which)

    # --- annotations and layout ------------------------------------------------------------------

    def _apply_annotations(self, spans: list[ViewSpan], relations: list[ViewRelation], *, new_text: bool = False) -> bool:
        """True when paragraphs moved (a paragraph needs more or fewer bar lanes, or room for arc labels)."""
        old_gaps = self._index.lanes(), self._rooms
        derived = None if new_text else self._index.with_spans(spans, self._scheme)
        self._index = derived or SpanIndex(spans, self._scheme, self._layout.starts)
        self._index.set_pending(self._pending)
        self._geometry.index = self._index
        self._relations = RelationIndex(relations, self._pending_relations)
        self._rooms = self._index.label_rooms(self._relations.relations)
        same = (self._index.lanes(), self._rooms) == old_gaps and not new_text
        return False if same else self._update_gaps()  # the same lanes and label rooms: nothing moves

    def _update_gaps(self) -> bool:
        under, lanes = self._layout.metrics.under_gap, self._index.lanes()
        return self._layout.set_gaps([under(lanes[n], room) for n, room in enumerate(self._rooms)])

    def _set_layout_width(self) -> None:
        metrics = self._layout.metrics
        width = min(metrics.max_column_width, self.viewport().width() - 2 * metrics.margin)
        self._layout.set_width(max(120.0, width))

    # --- selection ----------------------------------------------------------------------------

    def _set_raw_selection(self, anchor: int, cursor: int) -> None:
        dirty = [(self._cursor, self._cursor), (anchor, anchor), (cursor, cursor)]
        if self._selection is not None:
            dirty.append(self._selection)
        self._anchor, self._cursor = anchor, cursor
        start, end = min(anchor, cursor), max(anchor, cursor)
        if end <= start:
            snapped = None
        elif self._snap and self._tokens:
            snapped = self._tokens.snap(start, end)
        else:
            snapped = (start, end)
        if snapped != self._selection:
            self._selection = snapped
            self.selectionChanged.emit(*(snapped or (-1, -1)))
        if snapped is not None:
            dirty.append(snapped)
        self._repainter.update(dirty)

    # --- painting --------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        paint_viewport(self, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._set_layout_width()
        self._update_gaps()
        self._scroller.start_layout()
        self._scroller.sync()
        self._scroller.prepare_visible()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    # --- Qt events, forwarded to the helpers --------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._keyboard.shortcut_override(event):  # type: ignore[arg-type]
            return True
        return super().event(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab and Shift+Tab go to keyPressEvent, which ignores them, so they reach the window (span cycling).
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._keyboard.press(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._mouse.press(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._mouse.move(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._mouse.release(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._mouse.double_click(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self._mouse.wheel(event):
            super().wheelEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        self._mouse.leave()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            self._mouse.show_tooltip(event)  # type: ignore[arg-type]
            return True
        if event.type() == QEvent.Type.Leave:
            self.leaveEvent(event)
        return super().viewportEvent(event)

    def sizeHint(self):
        size = super().sizeHint()
        size.setWidth(max(size.width(), 720))
        size.setHeight(max(size.height(), 560))
        return size
