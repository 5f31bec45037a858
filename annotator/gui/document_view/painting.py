"""Paints the visible paragraphs: quote tints, text, span bars, labels and the caret; the relation
arcs are drawn by :class:`~annotator.gui.document_view.arcs.ArcPainter`.

The painter is set up by the widget so that (0, 0) is the top-left of the text column in document
coordinates; only paragraphs between ``first`` and ``last`` are touched.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QTextCharFormat, QTextLayout

from annotator.gui.document_view.arcs import SUGGESTED_ALPHA, ArcPainter
from annotator.gui.document_view.geometry import SpanGeometry
from annotator.gui.document_view.model import IndexedSpan, SpanStyle, ViewRelation
from annotator.gui.document_view.tags import TagPlacer, span_caption
from annotator.gui.document_view.theme import Palette, label_color
from annotator.model.scheme import Scheme

DIM_ALPHA = 0.35  # opacity of spans unrelated to the focused span
PENDING_FILL_ALPHA = 0.3  # a pending bar: a faint fill inside its dashed outline
MARKED = QColor(255, 221, 0, 150)  # a highlighter behind a marked span's text (a disagreement to settle)


@dataclass
class PaintState:
    """Everything the painter needs besides the layout: what is selected, hovered and being dragged."""

    palette: Palette
    scheme: Scheme | None
    selection: tuple[int, int] | None = None
    caret: int | None = None  # drawn when the view has focus
    selected_span: str | None = None
    hovered_span: str | None = None
    related: set[str] = field(default_factory=set)  # spans linked to the focused span (and the span itself)
    relations: list[ViewRelation] = field(default_factory=list)
    show_all_relations: bool = False
    show_label_names: bool = False
    resize_preview: tuple[int, int] | None = None
    relation_preview: tuple[QPointF, QPointF] | None = None


class DocumentPainter:
    def __init__(self, geometry: SpanGeometry) -> None:
        self.geometry = geometry
        self._colors: dict[tuple[str, bool], QColor] = {}
        self.tags = TagPlacer()
        self.arcs = ArcPainter(geometry)

    def color(self, label: str, palette: Palette, scheme: Scheme | None) -> QColor:
        key = (label, palette.dark)
        color = self._colors.get(key)
        if color is None:
            span_label = scheme.span_label(label) if scheme else None
            relation_label = scheme.relation_label(label) if scheme and span_label is None else None
            hex_color = span_label.color if span_label else relation_label.color if relation_label else "#777777"
            color = self._colors[key] = label_color(hex_color, palette)
        return QColor(color)

    def forget_colors(self) -> None:
        self._colors.clear()

    # --- the whole visible part -------------------------------------------------------------

    def paint(
        self, painter: QPainter, state: PaintState, first: int, last: int, clip: QRectF, arcs: tuple[int, int] | None = None
    ) -> None:
        """Paint paragraphs ``first`` to ``last``, and the arcs touching paragraphs ``arcs`` (by default
        the same): an arc from a paragraph off the repainted rows may still cross them."""
        focus = state.selected_span or state.hovered_span
        self.tags = TagPlacer()
        for number in range(first, last + 1):
            self._paint_paragraph(painter, state, number, focus, clip)
        self._paint_resize_preview(painter, state)
        self.arcs.paint(painter, state, self.tags, *(arcs or (first, last)), focus)
        if state.relation_preview is not None:
            self.arcs.paint_preview(painter, state)

    def _alpha(self, item: IndexedSpan, state: PaintState, focus: str | None) -> float:
        alpha = SUGGESTED_ALPHA if item.span.suggested else 1.0
        if focus is not None and item.span.id not in state.related:
            alpha *= DIM_ALPHA
        return alpha

    def _paint_paragraph(self, painter: QPainter, state: PaintState, number: int, focus: str | None, clip: QRectF) -> None:
        geometry = self.geometry
        layout = geometry.layout
        paragraph = layout.paragraphs[number]
        text_layout = layout.ensure(number)
        top = layout.tops[number]
        palette = state.palette
        items = geometry.index.buckets[number]

        # Quote tints, outermost first so nested quotes darken.
        for item in sorted((i for i in items if i.style is SpanStyle.BACKGROUND), key=lambda i: i.depth):
            self._paint_background(painter, state, item, number, focus)

        selections = []
        for item in items:
            if item.style is SpanStyle.FURNITURE:
                selections.append(self._format_range(number, item.span.start, item.span.end, foreground=palette.muted_text))
            elif item.span.marked:
                selections.append(self._format_range(number, item.span.start, item.span.end, background=MARKED))
        if state.selection is not None:
            start, end = state.selection
            if start < paragraph.end + 1 and end > paragraph.start:
                selections.append(self._format_range(number, start, end, background=palette.selection))
        painter.setPen(palette.text)
        text_layout.draw(painter, QPointF(0.0, top), [s for s in selections if s is not None], clip)

        for item in items:
            if item.style is SpanStyle.BAR:
                self._paint_bar(painter, state, item, number, focus)
            elif item.span.pending:
                self._paint_pending_text(painter, state, item, number, focus)
        for item in items:
            if item.span.id in (state.selected_span, state.hovered_span):
                self._paint_focus(painter, state, item, number)
        if state.caret is not None and paragraph.start <= state.caret <= paragraph.end:
            self._paint_caret(painter, state)

    def _format_range(
        self, number: int, start: int, end: int, *, foreground: QColor | None = None, background: QColor | None = None
    ) -> QTextLayout.FormatRange | None:
        layout = self.geometry.layout
        paragraph = layout.paragraphs[number]
        start, end = max(start, paragraph.start), min(end, paragraph.end)
        if end <= start:
            return None
        text_format = QTextCharFormat()
        if foreground is not None:
            text_format.setForeground(foreground)
        if background is not None:
            text_format.setBackground(background)
        format_range = QTextLayout.FormatRange()
        format_range.start = layout.to_local16(number, start)
        format_range.length = layout.to_local16(number, end) - format_range.start
        format_range.format = text_format
        return format_range

    # --- spans -----------------------------------------------------------------------------

    def _paint_background(self, painter: QPainter, state: PaintState, item: IndexedSpan, number: int, focus: str | None) -> None:
        palette = state.palette
        color = self.color(item.span.label, palette, state.scheme)
        indirect = item.span.attrs.get("type") == "indirect"
        alpha = palette.quote_alpha * (0.55 if indirect else 1.0) * (0.6 if item.span.suggested else 1.0)
        if focus is not None and item.span.id not in state.related:
            alpha *= 0.6
        fill = QColor(color)
        fill.setAlpha(min(255, int(alpha * (1 + 0.45 * item.depth))))
        edge = QColor(color).darker(160 if not palette.dark else 100)
        edge.setAlphaF(0.9 * self._alpha(item, state, focus))
        segments = self.geometry.segments(item, number, number)
        painter.setPen(Qt.PenStyle.NoPen)
        hatch = QColor(edge)
        hatch.setAlphaF(0.35 * self._alpha(item, state, focus))
        for segment in segments:
            rect = QRectF(segment.left - 1, segment.line_top, segment.right - segment.left + 2, segment.line_height)
            painter.fillRect(rect, fill)
            if indirect:
                # Reported speech: a hatched tint, so that it reads differently from a direct quote at a glance.
                painter.fillRect(rect, QBrush(hatch, Qt.BrushStyle.BDiagPattern))
            if indirect or item.span.suggested:
                pen = QPen(edge, 1.0, Qt.PenStyle.DotLine if indirect else Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.drawLine(rect.bottomLeft(), rect.bottomRight())
                painter.setPen(Qt.PenStyle.NoPen)
        # Brackets at the start and end make a quote's edges (and where to drag them) visible.
        bracket_pen = QPen(edge, 1.5)
        bracket_pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(bracket_pen)
        paragraph = self.geometry.layout.paragraphs[number]
        for which, offset in (("start", item.span.start), ("end", item.span.end)):
            if not segments or not paragraph.start <= offset <= paragraph.end:
                continue
            segment = segments[0] if which == "start" else segments[-1]
            at_left = (which == "start") != paragraph.rtl
            x = segment.left - 1 if at_left else segment.right + 1
            tick = 4.0 if at_left else -4.0
            path = QPainterPath(QPointF(x + tick, segment.line_top))
            path.lineTo(x, segment.line_top)
            path.lineTo(x, segment.line_top + segment.line_height)
            path.lineTo(x + tick, segment.line_top + segment.line_height)
            painter.drawPath(path)

    def _paint_bar(self, painter: QPainter, state: PaintState, item: IndexedSpan, number: int, focus: str | None) -> None:
        color = self.color(item.span.label, state.palette, state.scheme)
        color.setAlphaF(self._alpha(item, state, focus))
        for index, segment in enumerate(self.geometry.segments(item, number, number)):
            rect = self.geometry.bar_rect(item, segment)
            if state.show_label_names:
                self._named_bar(painter, state, item, rect, color, first=index == 0)
                continue
            if item.span.id == state.selected_span:
                rect.adjust(0, -0.5, 0, 0.5)
            if item.span.pending:
                self._pending_bar(painter, rect, color)
            elif item.span.suggested:
                self._dashed(painter, rect, color)
            else:
                path = QPainterPath()
                radius = rect.height() / 2
                path.addRoundedRect(rect, radius, radius)
                painter.fillPath(path, color)

    def _named_bar(
        self, painter: QPainter, state: PaintState, item: IndexedSpan, rect: QRectF, color: QColor, *, first: bool
    ) -> None:
        """A bar tall enough to carry the label's name (and attribute values), elided to the bar's width."""
        radius = min(3.0, rect.height() / 2)
        fill = QColor(color)
        if item.span.suggested or item.span.pending:
            fill.setAlphaF(fill.alphaF() * (PENDING_FILL_ALPHA if item.span.pending else 0.45))
        if item.span.pending:
            painter.setPen(QPen(color, 1.0, Qt.PenStyle.DotLine))
        else:
            painter.setPen(QPen(color, 1.0, Qt.PenStyle.DashLine) if item.span.suggested else Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        caption = span_caption(item.span.label, item.span.attrs) if first else item.span.label
        font = self.geometry.layout.metrics.label_font
        text = QFontMetricsF(font).elidedText(caption, Qt.TextElideMode.ElideRight, rect.width() - 4)
        if not text or text == "…":
            return
        solid = QColor(color)
        solid.setAlpha(255)
        faint = item.span.suggested or item.span.pending
        ink = QColor("#111111") if faint or solid.lightnessF() > 0.6 else QColor("#ffffff")
        if faint and state.palette.dark:
            ink = QColor(state.palette.text)
        ink.setAlphaF(max(0.45, color.alphaF()))
        painter.setFont(font)
        painter.setPen(ink)
        painter.drawText(rect.adjusted(2, 0, -2, 0), int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)

    def _pending_bar(self, painter: QPainter, rect: QRectF, color: QColor) -> None:
        """A bar whose save is queued: hollow, a dashed outline around a faint fill."""
        outline = rect.adjusted(-0.5, -1.0, 0.5, 1.0)
        fill = QColor(color)
        fill.setAlphaF(color.alphaF() * PENDING_FILL_ALPHA)
        painter.fillRect(outline, fill)
        pen = QPen(color, 1.0, Qt.PenStyle.DashLine)
        pen.setDashPattern([3.0, 2.0])
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(outline)

    def _paint_pending_text(
        self, painter: QPainter, state: PaintState, item: IndexedSpan, number: int, focus: str | None
    ) -> None:
        """A quote or furniture span whose save is queued: a dashed line under its text."""
        color = self.color(item.span.label, state.palette, state.scheme)
        color.setAlphaF(self._alpha(item, state, focus))
        pen = QPen(color, 1.0, Qt.PenStyle.DashLine)
        pen.setDashPattern([3.0, 2.0])
        painter.setPen(pen)
        for segment in self.geometry.segments(item, number, number):
            y = segment.line_top + segment.line_height + 1.5
            painter.drawLine(QPointF(segment.left, y), QPointF(segment.right, y))

    def _dashed(self, painter: QPainter, rect: QRectF, color: QColor) -> None:
        dash = max(4.0, rect.height() * 2.2)
        x = rect.left()
        while x < rect.right():
            painter.fillRect(QRectF(x, rect.top(), min(dash, rect.right() - x), rect.height()), color)
            x += dash * 1.6

    def _paint_focus(self, painter: QPainter, state: PaintState, item: IndexedSpan, number: int) -> None:
        """The selected or hovered span: an outline around its text and its label on a chip."""
        palette = state.palette
        color = self.color(item.span.label, palette, state.scheme)
        selected = item.span.id == state.selected_span
        segments = self.geometry.segments(item, number, number)
        outline = QColor(palette.outline if selected else color)
        outline.setAlphaF(0.9 if selected else 0.6)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(outline, 1.5 if selected else 1.0))
        for segment in segments:
            rect = QRectF(segment.left - 2, segment.line_top - 1, segment.right - segment.left + 4, segment.line_height + 2)
            painter.drawRoundedRect(rect, 3, 3)
        paragraph = self.geometry.layout.paragraphs[number]
        if segments and paragraph.start <= item.span.start <= paragraph.end:
            first = segments[0]
            self._chip(
                painter,
                palette,
                span_caption(item.span.label, item.span.attrs, item.span.suggested),
                color,
                first.left - 2,
                first.line_top - 1,
            )

    def _chip(self, painter: QPainter, palette: Palette, text: str, color: QColor, x: float, bottom: float) -> None:
        font = self.geometry.layout.metrics.label_font
        metrics = QFontMetricsF(font)
        width = metrics.horizontalAdvance(text) + 8
        height = metrics.height() + 2
        rect = self.tags.place(QRectF(x, bottom - height, width, height))
        fill = QColor(color)
        fill.setAlpha(255)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3, 3)
        painter.setFont(font)
        painter.setPen(QColor("#111111") if fill.lightnessF() > 0.6 else QColor("#ffffff"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_caret(self, painter: QPainter, state: PaintState) -> None:
        assert state.caret is not None
        x, top, height = self.geometry.layout.line_box(state.caret)
        painter.fillRect(QRectF(x - 0.75, top, 1.5, height), state.palette.caret)

    def _paint_resize_preview(self, painter: QPainter, state: PaintState) -> None:
        if state.resize_preview is None:
            return
        start, end = state.resize_preview
        layout = self.geometry.layout
        pen = QPen(state.palette.caret, 1.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for number in range(layout.paragraph_of(start), layout.paragraph_of(max(start, end - 1)) + 1):
            top = layout.tops[number]
            for line, left, right in layout.segments(number, start, end):
                painter.drawRoundedRect(QRectF(left - 2, top + line.y() - 1, right - left + 4, line.height() + 2), 3, 3)
