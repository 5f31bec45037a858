"""Where things are in the document view, in viewport coordinates: the caret position of a point,
the point of an offset, a span's rectangle, bar and edges (for pop-ups, the window and tests)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF

from annotator.gui.document_view.model import SpanStyle

if TYPE_CHECKING:
    from annotator.gui.document_view.widget import DocumentView


def point_for_offset(view: DocumentView, offset: int) -> QPoint:
    x, top, height = view._layout.line_box(offset)
    return view._scroller.to_viewport(QPointF(x, top + height / 2)).toPoint()


def offset_at_point(view: DocumentView, point: QPoint) -> int:
    document = view._scroller.to_document(QPointF(point))
    return view._layout.offset_at(document.x(), document.y())


def span_at_point(view: DocumentView, point: QPoint) -> str | None:
    document = view._scroller.to_document(QPointF(point))
    item = view._geometry.span_at_point(document.x(), document.y())
    return item.span.id if item else None


def span_rect(view: DocumentView, span_id: str) -> QRect | None:
    item = view._index.by_id.get(span_id)
    rect = view._geometry.text_rect(item) if item else None
    if rect is None:
        return None
    return QRectF(view._scroller.to_viewport(rect.topLeft()), rect.size()).toAlignedRect()


def span_bar_point(view: DocumentView, span_id: str) -> QPoint | None:
    item = view._index.by_id.get(span_id)
    if item is None or item.style is not SpanStyle.BAR:
        return None
    segments = view._geometry.segments(item)
    if not segments:
        return None
    return view._scroller.to_viewport(view._geometry.bar_rect(item, segments[0]).center()).toPoint()


def span_edge_point(view: DocumentView, span_id: str, which: str) -> QPoint | None:
    item = view._index.by_id.get(span_id)
    edge = view._geometry.edge_point(item, which) if item else None
    if edge is None:
        return None
    x, top, _ = edge
    return view._scroller.to_viewport(QPointF(x, top + view._layout.metrics.line_height / 2)).toPoint()
