"""Painting the document view's viewport: the visible paragraphs (by :class:`DocumentPainter`),
only under the rows Qt asks for, and the focus frame."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QPainter, QPaintEvent

from annotator.gui.document_view.painting import PaintState

if TYPE_CHECKING:
    from annotator.gui.document_view.widget import DocumentView


def paint_viewport(view: DocumentView, event: QPaintEvent) -> None:
    """Paint the visible paragraphs under the repainted rows, then the focus frame."""
    painter = QPainter(view.viewport())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    palette = view._palette
    painter.fillRect(event.rect(), palette.background)
    if view._layout.paragraphs:
        view._scroller.prepare_visible()
        visible = view._scroller.visible_paragraphs()
        column_x = view._scroller.column_x()
        scroll = view.verticalScrollBar().value()
        painter.save()
        painter.translate(column_x, -scroll)
        clip = QRectF(event.rect()).translated(-column_x, scroll)
        # Only the paragraphs under the repainted rows (one more each side: chips stick out
        # above a line); arcs are looked for across the whole visible part.
        first = max(visible[0], view._layout.paragraph_at_y(clip.top()) - 1)
        last = min(visible[1], view._layout.paragraph_at_y(clip.bottom()) + 1)
        view._painter.paint(painter, paint_state(view), first, last, clip, arcs=visible)
        painter.restore()
    if view.hasFocus():
        # The focus frame: four thin strips (a stroked rounded rectangle this size is slow to paint).
        rect = view.viewport().rect()
        for strip in (
            QRect(rect.left(), rect.top(), rect.width(), 2),
            QRect(rect.left(), rect.bottom() - 1, rect.width(), 2),
            QRect(rect.left(), rect.top(), 2, rect.height()),
            QRect(rect.right() - 1, rect.top(), 2, rect.height()),
        ):
            painter.fillRect(strip, palette.focus)
    painter.end()


def paint_state(view: DocumentView) -> PaintState:
    """What the painter needs to know of the view's state now."""
    related, relations = view._relations.in_focus(view._selected_span, view._hovered_span, view._show_all_relations)
    return PaintState(
        palette=view._palette,
        scheme=view._scheme,
        selection=view._selection,
        caret=view._cursor if view.hasFocus() else None,
        selected_span=view._selected_span,
        hovered_span=view._hovered_span,
        related=related,
        relations=relations,
        show_all_relations=view._show_all_relations,
        show_label_names=view._show_label_names,
        resize_preview=view._mouse.resize_preview(),
        relation_preview=view._mouse.relation_preview(),
    )
