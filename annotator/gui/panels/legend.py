"""The legend: how the document view draws each label of the scheme, in the view's own colours
(light or dark): entity and speaker bars, quote tints (hatched for indirect speech), greyed page
furniture, dashed suggestions and relation arcs."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from annotator.gui.document_view.model import SpanStyle, span_style
from annotator.gui.document_view.theme import DARK, LIGHT, Palette, label_color
from annotator.model.scheme import Scheme

ROW_HEIGHT = 22
SAMPLE_WIDTH = 46


@dataclass(frozen=True)
class LegendRow:
    kind: str  # bar | tint | hatched | furniture | suggestion | relation | title
    text: str
    color: str = "#777777"


def legend_rows(scheme: Scheme) -> list[LegendRow]:
    """What the legend lists, in order: span labels as drawn, attribute looks, suggestions, relations."""
    rows = [LegendRow("title", "Spans")]
    for label in scheme.span_labels:
        style = span_style(scheme, label.name)
        kind = {SpanStyle.BAR: "bar", SpanStyle.BACKGROUND: "tint", SpanStyle.FURNITURE: "furniture"}[style]
        key = f"  [{label.key.upper()}]" if label.key else ""
        rows.append(LegendRow(kind, f"{label.name}{key}", label.color))
        quote_type = label.attribute("type")
        if style is SpanStyle.BACKGROUND and quote_type is not None and "indirect" in quote_type.values:
            rows.append(LegendRow("hatched", f"{label.name} · indirect", label.color))
    rows.append(LegendRow("suggestion", "suggestion (Enter accepts)", scheme.span_labels[0].color))
    if scheme.relation_labels:
        rows.append(LegendRow("title", "Relations"))
        rows.extend(LegendRow("relation", rule.name, rule.color) for rule in scheme.relation_labels)
    return rows


class LegendPanel(QWidget):
    """Paints :func:`legend_rows` with samples drawn like the document view draws them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[LegendRow] = []
        self._palette: Palette = LIGHT
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_scheme(self, scheme: Scheme) -> None:
        self.rows = legend_rows(scheme)
        self.updateGeometry()
        self.update()

    def set_dark(self, dark: bool) -> None:
        self._palette = DARK if dark else LIGHT
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(180, 8 + ROW_HEIGHT * len(self.rows))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self._palette
        painter.fillRect(self.rect(), palette.background)
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(max(7.0, title_font.pointSizeF() - 1))
        y = 4.0
        for row in self.rows:
            box = QRectF(8, y, SAMPLE_WIDTH, ROW_HEIGHT)
            text_rect = QRectF(box.right() + 8, y, self.width() - box.right() - 12, ROW_HEIGHT)
            painter.setPen(palette.text)
            if row.kind == "title":
                painter.setFont(title_font)
                title_rect = QRectF(8, y, self.width() - 16, ROW_HEIGHT)
                painter.drawText(title_rect, int(Qt.AlignmentFlag.AlignVCenter), row.text.upper())
            else:
                painter.setFont(self.font())
                self._sample(painter, row, box)
                painter.setPen(palette.text)
                painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), row.text)
            y += ROW_HEIGHT
        painter.end()

    def _sample(self, painter: QPainter, row: LegendRow, box: QRectF) -> None:
        palette = self._palette
        color = label_color(row.color, palette)
        middle = box.center().y()
        text_box = QRectF(box.left(), middle - 8, box.width(), 14)
        if row.kind in ("bar", "suggestion"):
            painter.setPen(palette.text)
            painter.drawText(text_box, int(Qt.AlignmentFlag.AlignCenter), "Abc")
            bar = QRectF(box.left() + 4, middle + 7, box.width() - 8, 3)
            if row.kind == "suggestion":
                faded = QColor(color)
                faded.setAlphaF(0.7)
                x = bar.left()
                while x < bar.right():
                    painter.fillRect(QRectF(x, bar.top(), min(6.0, bar.right() - x), bar.height()), faded)
                    x += 10
            else:
                painter.fillRect(bar, color)
        elif row.kind in ("tint", "hatched"):
            fill = QColor(color)
            fill.setAlpha(int(palette.quote_alpha * (0.55 if row.kind == "hatched" else 1.0)))
            painter.fillRect(text_box, fill)
            if row.kind == "hatched":
                hatch = QColor(color).darker(160 if not palette.dark else 100)
                hatch.setAlphaF(0.35)
                painter.fillRect(text_box, QBrush(hatch, Qt.BrushStyle.BDiagPattern))
            painter.setPen(palette.text)
            painter.drawText(text_box, int(Qt.AlignmentFlag.AlignCenter), "“Abc”")
        elif row.kind == "furniture":
            painter.setPen(palette.muted_text)
            painter.drawText(text_box, int(Qt.AlignmentFlag.AlignCenter), "Abc")
        elif row.kind == "relation":
            painter.setPen(QPen(color, 1.6))
            start, end = QPointF(box.left() + 4, middle), QPointF(box.right() - 6, middle)
            painter.drawLine(start, end)
            painter.setBrush(color)
            painter.drawEllipse(start, 2.0, 2.0)
            size = QFontMetricsF(self.font()).height() / 4
            painter.drawPolygon([end + QPointF(4, 0), end + QPointF(-2, -size), end + QPointF(-2, size)])
            painter.setBrush(Qt.BrushStyle.NoBrush)
