"""Relation arcs: the arcs between a head and a child span, their arrow heads and label chips, and
the straight line of a relation being dragged."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from annotator.gui.document_view.geometry import SpanGeometry
from annotator.gui.document_view.tags import TagPlacer
from annotator.gui.document_view.theme import Palette, label_color
from annotator.model.scheme import Scheme

if TYPE_CHECKING:
    from annotator.gui.document_view.painting import PaintState

SUGGESTED_ALPHA = 0.7  # opacity of suggested spans and relations
#: Where along an arc its label may sit, from the middle outwards, before it moves off the arc.
ALONG = (0.42, 0.58, 0.34, 0.66, 0.26, 0.74)
#: The part of a line's height its words' ink takes, above and below the baseline (of the ascent and descent).
INK_ABOVE, INK_BELOW = 0.85, 1.0


def nearest_point(rect: QRectF, point: QPointF) -> QPointF:
    return QPointF(min(max(point.x(), rect.left()), rect.right()), min(max(point.y(), rect.top()), rect.bottom()))


@dataclass
class Chip:
    """A relation's label on (or led from) its arc, drawn after every arc of the paint."""

    rect: QRectF
    label: str
    color: QColor
    leader: QLineF | None  # from a point of the arc to the chip, when the chip had to move off it

    def paint(self, painter: QPainter, font: QFont, palette: Palette) -> None:
        radius = self.rect.height() / 2
        if self.leader is not None:
            painter.setPen(QPen(self.color, 1.2))
            painter.drawLine(self.leader)
            painter.setBrush(QBrush(self.color))
            painter.drawEllipse(self.leader.p1(), 2.2, 2.2)
        painter.setPen(QPen(self.color, 1.2))
        painter.setBrush(QBrush(palette.background))
        painter.drawRoundedRect(self.rect, radius, radius)
        painter.setFont(font)
        painter.drawText(self.rect, Qt.AlignmentFlag.AlignCenter, self.label)
        painter.setBrush(Qt.BrushStyle.NoBrush)


class ArcPainter:
    """Draws relations for :class:`~annotator.gui.document_view.painting.DocumentPainter`."""

    def __init__(self, geometry: SpanGeometry) -> None:
        self.geometry = geometry
        self.tags = TagPlacer()
        self._rows: dict[int, list[QRectF]] = {}
        self._chips: list[Chip] = []

    def relation_color(self, label: str, palette: Palette, scheme: Scheme | None) -> QColor:
        rule = scheme.relation_label(label) if scheme else None
        return label_color(rule.color if rule else "#777777", palette)

    def paint(self, painter: QPainter, state: PaintState, tags: TagPlacer, first: int, last: int, focus: str | None) -> None:
        """The arcs touching paragraphs ``first`` to ``last``; their labels are placed by ``tags``
        (shared with the span chips, so that none overlap)."""
        self.tags = tags
        self._rows: dict[int, list[QRectF]] = {}  # the words' rectangles per paragraph, for this paint
        self._chips = []  # drawn once every arc is, so that no arc runs across a label
        geometry = self.geometry
        layout = geometry.layout
        by_id = geometry.index.by_id
        ranks: dict[str, int] = {}  # arcs leaving one head are lifted one above the other
        for relation in state.relations:
            head, child = by_id.get(relation.head), by_id.get(relation.child)
            if head is None or child is None:
                continue
            head_par, child_par = layout.paragraph_of(head.span.start), layout.paragraph_of(child.span.start)
            if max(head_par, child_par) < first or min(head_par, child_par) > last:
                continue
            highlighted = focus is not None and focus in (relation.head, relation.child)
            if not highlighted and not state.show_all_relations:
                continue  # by default only the relations of the hovered or selected span are drawn
            strong = highlighted or focus is None
            start, end = geometry.anchor(head, child), geometry.anchor(child, head)
            if start is None or end is None:
                continue
            color = self.relation_color(relation.label, state.palette, state.scheme)
            color.setAlphaF((0.95 if strong else 0.22) * (SUGGESTED_ALPHA if relation.suggested else 1.0))
            rank = ranks.get(relation.head, 0)
            ranks[relation.head] = rank + 1
            label = relation.label if strong else None
            self.arc(painter, start, end, color, label, relation.suggested, state.palette, rank, pending=relation.pending)
        for chip in self._chips:
            chip.paint(painter, self.geometry.layout.metrics.label_font, state.palette)

    def arc(
        self,
        painter: QPainter,
        start: QPointF,
        end: QPointF,
        color: QColor,
        label: str | None,
        suggested: bool,
        palette: Palette,
        rank: int = 0,
        *,
        pending: bool = False,
    ) -> None:
        dx, dy = end.x() - start.x(), end.y() - start.y()
        line_height = self.geometry.layout.metrics.line_height
        if abs(dx) >= abs(dy) * 1.5:
            # Mostly along a line: hang below the bars.
            lift = min(40.0, 12.0 + abs(dx) * 0.08) + rank * line_height * 1.4
            low = max(start.y(), end.y()) + lift
            control1 = QPointF(start.x() + dx * 0.1, low)
            control2 = QPointF(end.x() - dx * 0.1, low)
        else:
            # Mostly across lines: bow out to the left, into the margin.
            lift = min(60.0, 16.0 + abs(dy) * 0.2) + rank * line_height * 0.9
            side = min(start.x(), end.x()) - lift
            control1 = QPointF(side, start.y() + dy * 0.1)
            control2 = QPointF(side, end.y() - dy * 0.1)
        path = QPainterPath(start)
        path.cubicTo(control1, control2, end)
        pen = QPen(color, 1.6 if label else 1.0, Qt.PenStyle.DashLine if suggested or pending else Qt.PenStyle.SolidLine)
        if pending:
            pen.setDashPattern([3.0, 2.0])  # the short dashes of a pending bar: not saved yet
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(pen)
        painter.drawPath(path)
        # Arrow head at the child end, along the curve's last direction.
        tangent = path.angleAtPercent(0.99)
        self.arrow(painter, end, tangent, color)
        painter.drawEllipse(start, 2.0, 2.0)
        if label:
            middle = path.pointAtPercent(0.5)
            font = self.geometry.layout.metrics.label_font
            metrics = QFontMetricsF(font)
            width = metrics.horizontalAdvance(label) + 8
            height = metrics.height()  # no taller than the room between two lines of words
            wanted = QRectF(middle.x() - width / 2, middle.y() - height / 2, width, height)
            layout = self.geometry.layout
            margin = layout.metrics.margin
            along = [path.pointAtPercent(t) for t in ALONG]
            rect = self.tags.place_off_text(wanted, self.text_rows, 2 - margin, layout.width + margin - 2, along=along)
            leader = None
            if not any(rect.contains(point) for point in (middle, *along)):
                # Moved off the arc to get off the text: a leader from the nearest point of the arc.
                on_arc = min(
                    (path.pointAtPercent(step / 20) for step in range(2, 19)),
                    key=lambda point: QLineF(point, nearest_point(rect, point)).length(),
                )
                leader = QLineF(on_arc, nearest_point(rect, on_arc))
            self._chips.append(Chip(rect, label, QColor(color), leader))

    def text_rows(self, top: float, bottom: float) -> list[QRectF]:
        """The lines of text between document y ``top`` and ``bottom``: the rectangles their words' ink takes."""
        layout = self.geometry.layout
        if not layout.paragraphs:
            return []
        rows = []
        for number in range(layout.paragraph_at_y(top), layout.paragraph_at_y(bottom) + 1):
            paragraph_rows = self._rows.get(number)
            if paragraph_rows is None:
                paragraph_rows = self._rows[number] = self._paragraph_rows(number)
            rows.extend(rect for rect in paragraph_rows if rect.bottom() >= top and rect.top() <= bottom)
        return rows

    def _paragraph_rows(self, number: int) -> list[QRectF]:
        layout = self.geometry.layout
        paragraph_top = layout.tops[number]
        text_layout = layout.ensure(number)
        rows = []
        for line_number in range(text_layout.lineCount()):
            line = text_layout.lineAt(line_number)
            baseline = paragraph_top + line.y() + line.ascent()
            ink_top, ink_bottom = baseline - line.ascent() * INK_ABOVE, baseline + line.descent() * INK_BELOW
            if line.naturalTextWidth() > 0:
                rows.append(QRectF(line.x(), ink_top, line.naturalTextWidth(), ink_bottom - ink_top))
        return rows

    def arrow(self, painter: QPainter, tip: QPointF, angle_degrees: float, color: QColor) -> None:
        angle = math.radians(angle_degrees)
        size = 6.0
        back = QPointF(-math.cos(angle) * size, math.sin(angle) * size)
        side = QPointF(-math.sin(angle) * size * 0.5, -math.cos(angle) * size * 0.5)
        path = QPainterPath(tip)
        path.lineTo(tip + back + side)
        path.lineTo(tip + back - side)
        path.closeSubpath()
        painter.fillPath(path, color)

    def paint_preview(self, painter: QPainter, state: PaintState) -> None:
        assert state.relation_preview is not None
        start, end = state.relation_preview
        pen = QPen(state.palette.caret, 1.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(start, end)
        painter.setBrush(state.palette.caret)
        painter.drawEllipse(end, 3.0, 3.0)
        painter.setBrush(Qt.BrushStyle.NoBrush)
