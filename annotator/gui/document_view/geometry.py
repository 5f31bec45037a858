"""Where spans are on screen and what is under a point: shared by painting and hit testing.

All rectangles and points are in document coordinates: x from the left of the text column, y from
the top of the content (see :mod:`annotator.gui.document_view.layout`).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QTextLine

from annotator.gui.document_view.layout import DocumentLayout
from annotator.gui.document_view.model import IndexedSpan, SpanIndex, SpanStyle

EDGE_TOLERANCE = 5.0  # pixels either side of a span edge that grab it


@dataclass(frozen=True)
class Segment:
    """One line's part of a span."""

    paragraph: int
    line_top: float  # document y of the text line
    line_height: float
    gap: float
    left: float
    right: float


class SpanGeometry:
    def __init__(self, layout: DocumentLayout, index: SpanIndex) -> None:
        self.layout = layout
        self.index = index

    def segments(self, item: IndexedSpan, first: int | None = None, last: int | None = None) -> list[Segment]:
        """A span's parts, line by line, optionally only within paragraphs ``first``..``last``."""
        layout = self.layout
        begin = layout.paragraph_of(item.span.start)
        finish = layout.paragraph_of(max(item.span.start, item.span.end - 1))
        if first is not None:
            begin = max(begin, first)
        if last is not None:
            finish = min(finish, last)
        result = []
        for number in range(begin, finish + 1):
            top = layout.tops[number]
            gap = layout.paragraphs[number].gap
            for line, left, right in layout.segments(number, item.span.start, item.span.end):
                result.append(Segment(number, top + line.y(), line.height(), gap, left, right))
        return result

    def bar_rect(self, item: IndexedSpan, segment: Segment) -> QRectF:
        metrics = self.layout.metrics
        y = segment.line_top + segment.line_height + metrics.bar_gap + item.lane * metrics.lane_pitch
        return QRectF(segment.left, y, max(segment.right - segment.left, 2.0), metrics.bar_height)

    def anchor(self, item: IndexedSpan, other: IndexedSpan | None = None) -> QPointF | None:
        """Where relation lines attach: under a bar or under a quote's text. Alone, at the middle of the
        first part; towards ``other``, at the end facing it in reading order (a quote's end for the cue
        that follows it), so that lines stay short."""
        segments = self.segments(item)
        if not segments:
            return None
        if item.style is SpanStyle.BAR:
            rects = [self.bar_rect(item, segment) for segment in segments]
        else:
            rects = [QRectF(s.left, s.line_top, s.right - s.left, s.line_height) for s in segments]
        if other is None or (len(rects) == 1 and rects[0].width() < 80):
            return QPointF(rects[0].center().x(), rects[0].bottom())
        paragraphs = self.layout.paragraphs
        if other.span.start >= item.span.end:
            rect, rtl = rects[-1], paragraphs[segments[-1].paragraph].rtl
            inset = min(6.0, rect.width() / 2)
            return QPointF(rect.left() + inset if rtl else rect.right() - inset, rect.bottom())
        if other.span.end <= item.span.start:
            rect, rtl = rects[0], paragraphs[segments[0].paragraph].rtl
            inset = min(6.0, rect.width() / 2)
            return QPointF(rect.right() - inset if rtl else rect.left() + inset, rect.bottom())
        towards = self.anchor(other)
        assert towards is not None
        best = QPointF(rects[0].center().x(), rects[0].bottom())
        best_distance: float | None = None
        for rect in rects:
            inset = min(4.0, rect.width() / 2)
            point = QPointF(min(max(towards.x(), rect.left() + inset), rect.right() - inset), rect.bottom())
            distance = (point.x() - towards.x()) ** 2 + (point.y() - towards.y()) ** 2
            if best_distance is None or distance < best_distance:
                best, best_distance = point, distance
        return best

    def text_rect(self, item: IndexedSpan) -> QRectF | None:
        """The bounding box of a span's text over all its lines (for pop-ups and scrolling)."""
        segments = self.segments(item)
        if not segments:
            return None
        rect = QRectF()
        for segment in segments:
            rect = rect.united(QRectF(segment.left, segment.line_top, segment.right - segment.left, segment.line_height))
        return rect

    # --- hit testing ---------------------------------------------------------------------

    def _line_at(self, x: float, y: float) -> tuple[int, QTextLine, float] | None:
        """The paragraph, line and the line's document top under a point, if the point is on a line's band."""
        layout = self.layout
        if not layout.paragraphs:
            return None
        number = layout.paragraph_at_y(y)
        paragraph_layout = layout.ensure(number)
        top = layout.tops[number]
        gap = layout.paragraphs[number].gap
        for line_number in range(paragraph_layout.lineCount()):
            line = paragraph_layout.lineAt(line_number)
            line_top = top + line.y()
            if line_top <= y < line_top + line.height() + gap:
                return number, line, line_top
        return None

    def bar_at(self, x: float, y: float) -> IndexedSpan | None:
        """The bar span whose bar is under the point."""
        found = self._line_at(x, y)
        if found is None:
            return None
        number, line, line_top = found
        metrics = self.layout.metrics
        bars_top = line_top + line.height() + metrics.bar_gap
        if y < bars_top - 1:
            return None
        lane = int((y - bars_top + 1) // metrics.lane_pitch)
        for item in self.index.buckets[number]:
            if item.style is not SpanStyle.BAR or item.lane != lane:
                continue
            for segment_line, left, right in self.layout.segments(number, item.span.start, item.span.end):
                if segment_line.lineNumber() == line.lineNumber() and left - 1 <= x <= right + 1:
                    return item
        return None

    def in_bar_zone(self, x: float, y: float) -> bool:
        found = self._line_at(x, y)
        if found is None:
            return False
        _, line, line_top = found
        return y >= line_top + line.height()

    def character_at(self, x: float, y: float) -> int | None:
        """The code point of the character drawn under the point, None off the text."""
        found = self._line_at(x, y)
        if found is None:
            return None
        number, line, line_top = found
        if y >= line_top + line.height():
            return None
        left, right = line.x(), line.x() + line.naturalTextWidth()
        if line.textLength() == 0:
            return None
        if self.layout.paragraphs[number].rtl:
            left, right = line.x() + line.width() - line.naturalTextWidth(), line.x() + line.width()
        if not left <= x <= right:
            return None
        local16 = line.xToCursor(x, QTextLine.CursorPosition.CursorOnCharacter)
        local16 = min(local16, line.textStart() + line.textLength() - 1)
        return self.layout.to_offset(number, local16)

    def span_at_point(self, x: float, y: float) -> IndexedSpan | None:
        """The bar under the point, else the innermost span over the character under the point."""
        bar = self.bar_at(x, y)
        if bar is not None:
            return bar
        offset = self.character_at(x, y)
        if offset is None:
            return None
        found = self.index.spans_at(offset)
        return found[0] if found else None

    def spans_at_point(self, x: float, y: float) -> list[IndexedSpan]:
        """Every span under the point: the bar under it first, then the spans over the character
        under it (or, in the bar zone, over the character above), innermost first."""
        found: list[IndexedSpan] = []
        bar = self.bar_at(x, y)
        if bar is not None:
            found.append(bar)
        offset = self.character_at(x, y)
        if offset is None and self.in_bar_zone(x, y):
            line = self._line_at(x, y)
            if line is not None:
                offset = self.character_at(x, line[2] + line[1].height() / 2)
        if offset is not None:
            found.extend(item for item in self.index.spans_at(offset) if item is not bar)
        return found

    def edge_point(self, item: IndexedSpan, which: str) -> tuple[float, float, float] | None:
        """(x, line top, line bottom including the bars) of a span's start or end edge."""
        segments = self.segments(item)
        if not segments:
            return None
        layout = self.layout
        offset = item.span.start if which == "start" else item.span.end
        character = item.span.start if which == "start" else item.span.end - 1
        number = layout.paragraph_of(character)
        paragraph_layout = layout.ensure(number)
        local16 = layout.to_local16(number, min(max(offset, layout.paragraphs[number].start), layout.paragraphs[number].end))
        line = layout.line_for(paragraph_layout, layout.to_local16(number, character))
        x, _ = line.cursorToX(local16)
        top = layout.tops[number] + line.y()
        return x, top, top + line.height() + layout.paragraphs[number].gap

    def edge_at(self, x: float, y: float, candidates: list[IndexedSpan]) -> tuple[IndexedSpan, str] | None:
        """The first candidate span with its start or end edge within reach of the point."""
        best: tuple[float, IndexedSpan, str] | None = None
        for item in candidates:
            for which in ("start", "end"):
                edge = self.edge_point(item, which)
                if edge is None:
                    continue
                edge_x, top, bottom = edge
                distance = abs(edge_x - x)
                if top <= y < bottom and distance <= EDGE_TOLERANCE and (best is None or distance < best[0]):
                    best = (distance, item, which)
        return (best[1], best[2]) if best else None
