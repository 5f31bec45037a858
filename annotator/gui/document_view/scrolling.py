"""Scrolling of the document view, its viewport's coordinates, and background layout of the
paragraphs not shown yet.

Paragraph heights are estimates until a paragraph is laid out, so the scroll position is kept
as an anchor (a paragraph and the pixels into it) that survives changes of the heights above.
:class:`Scroller` is held by :class:`DocumentView`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QTimer

if TYPE_CHECKING:
    from annotator.gui.document_view.model import IndexedSpan
    from annotator.gui.document_view.widget import DocumentView

_LAYOUT_SLICE_SECONDS = 0.008


class Scroller:
    """The view's scroll bar range and position, and the background layout timer."""

    def __init__(self, view: DocumentView) -> None:
        self._view = view
        self._layout = view._layout
        self.anchor = (0, 0.0)  # paragraph at the top of the viewport, pixels into it
        self._syncing = False
        self._timer = QTimer(view)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._layout_some)
        view.verticalScrollBar().valueChanged.connect(self.scrolled)

    def column_x(self) -> float:
        """Viewport x of the text column's left edge (the column is centred)."""
        return max(self._layout.metrics.margin, (self._view.viewport().width() - self._layout.width) / 2)

    def to_document(self, point: QPointF) -> QPointF:
        """A viewport point in document coordinates (the laid-out column, scrolled)."""
        return QPointF(point.x() - self.column_x(), point.y() + self._view.verticalScrollBar().value())

    def to_viewport(self, point: QPointF) -> QPointF:
        return QPointF(point.x() + self.column_x(), point.y() - self._view.verticalScrollBar().value())

    def start_layout(self) -> None:
        """Lay out the paragraphs off screen, a slice per event-loop turn."""
        self._timer.start()

    def layout_pending(self) -> bool:
        return self._timer.isActive()

    def visible_paragraphs(self) -> tuple[int, int]:
        top = self._view.verticalScrollBar().value()
        first = self._layout.paragraph_at_y(top)
        last = self._layout.paragraph_at_y(top + self._view.viewport().height())
        return first, last

    def prepare_visible(self) -> None:
        """Lay out the visible paragraphs; if that changed heights above, keep the top paragraph still."""
        if not self._layout.paragraphs:
            return
        for _ in range(4):
            first, last = self.visible_paragraphs()
            for number in range(first, last + 1):
                self._layout.ensure(number)
            if (first, last) == self.visible_paragraphs():
                break
            self.sync()

    def sync(self) -> None:
        """Set the scroll range from the heights and restore the scroll anchor."""
        if self._syncing:
            return
        self._syncing = True
        try:
            bar = self._view.verticalScrollBar()
            total = self._layout.total_height()
            height = self._view.viewport().height()
            bar.setRange(0, max(0, round(total - height)))
            bar.setPageStep(max(1, height))
            bar.setSingleStep(max(1, round(self._layout.metrics.line_height * 2)))
            number, into = self.anchor
            if self._layout.paragraphs:
                number = min(number, len(self._layout.paragraphs) - 1)
                bar.setValue(round(self._layout.tops[number] + into))
        finally:
            self._syncing = False

    def scrolled(self, value: int) -> None:
        if not self._syncing and self._layout.paragraphs:
            number = self._layout.paragraph_at_y(value)
            self.anchor = (number, value - self._layout.tops[number])
            self.prepare_visible()
        self._view.viewport().update()

    def _layout_some(self) -> None:
        more = self._layout.layout_pending(_LAYOUT_SLICE_SECONDS)
        self.sync()
        if not more:
            self._timer.stop()

    def ensure_visible(self, start: int, end: int) -> None:
        """Scroll so that the lines from ``start`` to ``end`` (code points) are in view, if they are not."""
        if not self._layout.paragraphs:
            return
        _, top, _ = self._layout.line_box(start)
        _, bottom_top, bottom_height = self._layout.line_box(max(start, end))
        bottom = bottom_top + bottom_height + self._layout.metrics.under_gap(3)
        bar = self._view.verticalScrollBar()
        view_top, view_height = bar.value(), self._view.viewport().height()
        if top >= view_top and bottom <= view_top + view_height:
            return
        target = top - view_height / 3 if top < view_top or bottom - top > view_height else bottom - view_height + view_height / 3
        bar.setValue(round(max(0, target)))

    def scroll_to_offset(self, offset: int) -> None:
        """Put the line holding ``offset`` at the top of the view."""
        if not self._layout.paragraphs:
            return
        offset = max(0, min(offset, len(self._layout.text)))
        _, top, _ = self._layout.line_box(offset)
        self.sync()
        bar = self._view.verticalScrollBar()
        bar.setValue(round(top - self._layout.metrics.top_margin / 2))
        self.scrolled(bar.value())

    def first_visible_offset(self) -> int:
        """Start of the first line shown whole at the top (what :meth:`scroll_to_offset` puts there)."""
        layout = self._layout
        if not layout.paragraphs:
            return 0
        value = self._view.verticalScrollBar().value()
        for number in range(layout.paragraph_at_y(value), len(layout.paragraphs)):
            text_layout = layout.ensure(number)
            for line_number in range(text_layout.lineCount()):
                line = text_layout.lineAt(line_number)
                if layout.tops[number] + line.y() >= value - 1:
                    return layout.to_offset(number, line.textStart())
        return len(layout.text)

    def relayout(self, keep: IndexedSpan | None, apply: Callable[[], None]) -> None:
        """Lay out again after ``apply`` changed the metrics (zoom, label names): the span ``keep``
        stays where it was on screen when it was in view, and comes into view when it was not;
        otherwise the first visible line stays on top."""
        first = self.first_visible_offset()
        layout, bar = self._layout, self._view.verticalScrollBar()
        before: float | None = None
        if keep is not None and layout.paragraphs:
            _, top, _ = layout.line_box(keep.span.start)
            before = top - bar.value()
            if not 0 <= before <= self._view.viewport().height():
                before = None
        apply()
        self.start_layout()
        self.scroll_to_offset(first)
        if keep is not None and layout.paragraphs:
            self.prepare_visible()
            if before is not None:
                _, top, _ = layout.line_box(keep.span.start)
                self.sync()
                bar.setValue(round(top - before))
            self.ensure_visible(keep.span.start, keep.span.end)
        self._view.viewport().update()
