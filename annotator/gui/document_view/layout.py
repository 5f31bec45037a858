"""Lays the text out: one QTextLayout per paragraph, created lazily and cached until width or zoom change.

Coordinates: ``y`` is in document pixels from the top of the content, ``x`` from the left of the text
column. Offsets are code points; each paragraph converts to Qt's UTF-16 through one shared
:class:`~annotator.text.offsets.Utf16Index`. Paragraphs not laid out yet have an estimated height;
:meth:`DocumentLayout.layout_pending` lays them out in the background, a slice at a time.
"""

from __future__ import annotations

import math
import time
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate

import regex
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QRawFont, QTextCharFormat, QTextLayout, QTextLine, QTextOption

from annotator.gui.document_view.theme import EMOJI_FAMILIES, Metrics
from annotator.text.offsets import Utf16Index

_SAMPLE = "Menurut juru bicara kementerian, pemerintah akan mengumumkan keputusan itu pada Kamis (3/7/2025)."


@dataclass
class Paragraph:
    start: int  # code point of the first character
    end: int  # code point of the terminating newline (or the text length)
    start16: int  # UTF-16 position of ``start``
    text: str
    rtl: bool
    bidi: bool = False  # holds right-to-left characters: a range may show as several pieces on one line
    gap: float = 0.0  # room under each line for the bars
    height: float = 0.0  # exact once laid out, estimated before
    layout: QTextLayout | None = None


def is_rtl(text: str) -> bool:
    """Whether the first strong character is right-to-left (Hebrew, Arabic...)."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


# An emoji as Unicode presents it by default: a flag, a pictograph with emoji presentation, or one
# asking for it with U+FE0F; with its skin tone, keycap, tags and joined pictographs. (Pictographs
# that default to text presentation, such as a bare U+2764, are drawn by Qt with the text font.)
_EMOJI = regex.compile(
    r"[\U0001f1e6-\U0001f1ff]{2}"
    r"|(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\ufe0f)"
    r"[\ufe0f\u20e3\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f]*"
    r"(?:\u200d\p{Extended_Pictographic}[\ufe0f\U0001f3fb-\U0001f3ff]*)*"
)


def emoji_ranges(text: str, text_font_has: Callable[[int], bool] | None = None) -> list[tuple[int, int]]:
    """UTF-16 (start, length) of the emoji in a paragraph, to be drawn with a colour emoji font.

    With ``text_font_has``, only the emoji whose first character the text font would draw itself
    (in grey): Qt already takes the others from a colour font, and every format range costs layout time.
    """
    if text.isascii():
        return []
    ranges = []
    for match in _EMOJI.finditer(text):
        if text_font_has is not None and not text_font_has(ord(match.group()[0])):
            continue
        start16 = len(text[: match.start()].encode("utf-16-le")) // 2
        ranges.append((start16, len(match.group().encode("utf-16-le")) // 2))
    return ranges


def has_rtl(text: str) -> bool:
    """Whether any character is right-to-left."""
    return not text.isascii() and any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)


class DocumentLayout:
    def __init__(self, metrics: Metrics) -> None:
        self.metrics = metrics
        self.width = 400.0
        self.text = ""
        self.index = Utf16Index("")
        self.paragraphs: list[Paragraph] = []
        self.starts: list[int] = []
        self._tops: list[float] = []
        self._dirty = True
        self._pending = 0  # paragraphs before this index are all laid out
        self._char_width = 8.0
        self.set_metrics(metrics)

    # --- setting up ----------------------------------------------------------------------

    def set_text(self, text: str) -> None:
        self.text = text
        self.index = Utf16Index(text)
        self.paragraphs = []
        position = 0
        for piece in text.split("\n"):
            start16 = self.index.to_utf16(position)
            self.paragraphs.append(Paragraph(position, position + len(piece), start16, piece, is_rtl(piece), has_rtl(piece)))
            position += len(piece) + 1
        self.starts = [paragraph.start for paragraph in self.paragraphs]
        self.invalidate()

    def set_metrics(self, metrics: Metrics) -> None:
        self.metrics = metrics
        self._text_font = QRawFont.fromFont(metrics.font)
        self._text_font_chars: dict[int, bool] = {}
        self._char_width = QFontMetricsF(metrics.font).horizontalAdvance(_SAMPLE) / len(_SAMPLE)
        self.invalidate()

    def set_width(self, width: float) -> None:
        if abs(width - self.width) >= 0.5:
            self.width = width
            self.invalidate()

    def set_gaps(self, gaps: list[float]) -> bool:
        """Room under the lines of each paragraph; only paragraphs whose gap changed are repositioned.
        True when a gap changed (paragraphs below then moved)."""
        changed = False
        for paragraph, gap in zip(self.paragraphs, gaps, strict=True):
            if paragraph.gap != gap:
                paragraph.gap = gap
                if paragraph.layout is not None:
                    self._position_lines(paragraph)
                else:
                    paragraph.height = self._estimate(paragraph)
                self._dirty = changed = True
        return changed

    def invalidate(self) -> None:
        for paragraph in self.paragraphs:
            paragraph.layout = None
            paragraph.height = self._estimate(paragraph)
        self._pending = 0
        self._dirty = True

    # --- laying out ----------------------------------------------------------------------

    def _estimate(self, paragraph: Paragraph) -> float:
        if not paragraph.text:
            return self._empty_height()
        lines = max(1, math.ceil(len(paragraph.text) * self._char_width / max(self.width, 1.0)))
        return lines * (self.metrics.line_height + paragraph.gap) + self.metrics.paragraph_spacing

    def _empty_height(self) -> float:
        return round(self.metrics.line_height * 0.4)

    def ensure(self, number: int) -> QTextLayout:
        """The paragraph's laid-out QTextLayout, creating it when needed."""
        paragraph = self.paragraphs[number]
        if paragraph.layout is None:
            layout = QTextLayout(paragraph.text, self.metrics.font)
            option = QTextOption()
            option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            if paragraph.rtl:
                option.setTextDirection(Qt.LayoutDirection.RightToLeft)
                option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
            else:
                option.setTextDirection(Qt.LayoutDirection.LeftToRight)
                option.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
            layout.setTextOption(option)
            emoji = emoji_ranges(paragraph.text, self._text_font_has)
            if emoji:
                layout.setFormats([self._emoji_format(start, length) for start, length in emoji])
            layout.setCacheEnabled(True)
            layout.beginLayout()
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(self.width)
            layout.endLayout()
            paragraph.layout = layout
            self._position_lines(paragraph)
            self._dirty = True
        return paragraph.layout

    def _text_font_has(self, code_point: int) -> bool:
        """Whether the text font itself has a glyph for the character (cached per character)."""
        found = self._text_font_chars.get(code_point)
        if found is None:
            found = self._text_font_chars[code_point] = self._text_font.supportsCharacter(code_point)
        return found

    def _emoji_format(self, start16: int, length16: int) -> QTextLayout.FormatRange:
        """Emoji in colour: the emoji font first, so that a text font's grey glyph is not used."""
        font = QFont(self.metrics.font)
        font.setFamilies([*EMOJI_FAMILIES, *self.metrics.font.families()])
        text_format = QTextCharFormat()
        text_format.setFont(font, QTextCharFormat.FontPropertiesInheritanceBehavior.FontPropertiesSpecifiedOnly)
        format_range = QTextLayout.FormatRange()
        format_range.start, format_range.length, format_range.format = start16, length16, text_format
        return format_range

    def _position_lines(self, paragraph: Paragraph) -> None:
        layout = paragraph.layout
        assert layout is not None
        y = 0.0
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            line.setPosition(QPointF(0.0, y))
            y += line.height() + paragraph.gap
        if paragraph.text:
            paragraph.height = y + self.metrics.paragraph_spacing
        else:
            paragraph.height = self._empty_height()
        self._dirty = True

    def layout_pending(self, budget_seconds: float) -> bool:
        """Lay out paragraphs not laid out yet for about ``budget_seconds``; True while some remain."""
        deadline = time.perf_counter() + budget_seconds
        while self._pending < len(self.paragraphs):
            if self.paragraphs[self._pending].layout is None:
                self.ensure(self._pending)
                if time.perf_counter() > deadline:
                    self._pending += 1
                    return self._pending < len(self.paragraphs)
            self._pending += 1
        return False

    # --- geometry ------------------------------------------------------------------------

    @property
    def tops(self) -> list[float]:
        if self._dirty:
            heights = [paragraph.height for paragraph in self.paragraphs]
            self._tops = [self.metrics.top_margin + top for top in accumulate(heights, initial=0.0)]
            self._dirty = False
        return self._tops

    def total_height(self) -> float:
        tops = self.tops
        return (tops[-1] if tops else 0.0) + self.metrics.top_margin

    def paragraph_at_y(self, y: float) -> int:
        tops = self.tops
        return min(max(0, bisect_right(tops, y) - 1), max(0, len(self.paragraphs) - 1))

    def paragraph_of(self, offset: int) -> int:
        return max(0, bisect_right(self.starts, offset) - 1)

    def to_local16(self, number: int, offset: int) -> int:
        return self.index.to_utf16(offset) - self.paragraphs[number].start16

    def to_offset(self, number: int, local16: int) -> int:
        return self.index.to_code_point(self.paragraphs[number].start16 + local16)

    def line_for(self, layout: QTextLayout, local16: int) -> QTextLine:
        line = layout.lineForTextPosition(local16)
        if not line.isValid():
            line = layout.lineAt(layout.lineCount() - 1)
        return line

    def offset_at(self, x: float, y: float) -> int:
        """The cursor position (code points) nearest to a point: always a grapheme boundary."""
        if not self.paragraphs:
            return 0
        number = self.paragraph_at_y(y)
        layout = self.ensure(number)
        local_y = y - self.tops[number]
        paragraph = self.paragraphs[number]
        chosen = layout.lineAt(0)
        for line_number in range(layout.lineCount()):
            line = layout.lineAt(line_number)
            if local_y < line.y() + line.height() + paragraph.gap:
                chosen = line
                break
            chosen = line
        local16 = chosen.xToCursor(x, QTextLine.CursorPosition.CursorBetweenCharacters)
        return self.to_offset(number, local16)

    def line_box(self, offset: int) -> tuple[float, float, float]:
        """(x, top, height) of the cursor at ``offset``, in document coordinates (x within the column)."""
        number = self.paragraph_of(offset)
        layout = self.ensure(number)
        local16 = self.to_local16(number, offset)
        line = self.line_for(layout, local16)
        x, _ = line.cursorToX(local16)
        return x, self.tops[number] + line.y(), line.height()

    def segments(self, number: int, start: int, end: int) -> list[tuple[QTextLine, float, float]]:
        """The parts of [start, end) on each line of paragraph ``number``: (line, left x, right x)."""
        paragraph = self.paragraphs[number]
        start, end = max(start, paragraph.start), min(end, paragraph.end)
        if end <= start:
            return []
        layout = self.ensure(number)
        first16, last16 = self.to_local16(number, start), self.to_local16(number, end)
        result = []
        for line_number in range(layout.lineCount()):
            line = layout.lineAt(line_number)
            line_start = line.textStart()
            line_end = line_start + line.textLength()
            lo, hi = max(first16, line_start), min(last16, line_end)
            if hi <= lo:
                if line_start >= last16:
                    break
                continue
            if paragraph.bidi:
                result.extend((line, left, right) for left, right in _visual_pieces(line, lo, hi))
                continue
            x1, _ = line.cursorToX(lo)
            x2, _ = line.cursorToX(hi)
            result.append((line, min(x1, x2), max(x1, x2)))
        return result


def _visual_pieces(line: QTextLine, start16: int, end16: int) -> list[tuple[float, float]]:
    """The horizontal pieces a range occupies on a line of mixed-direction text, left to right
    (a logical range of Hebrew inside Latin text is not one x interval: cursor positions are ambiguous
    at direction changes, glyph runs are not)."""
    boxes = sorted((run.boundingRect().left(), run.boundingRect().right()) for run in line.glyphRuns(start16, end16 - start16))
    pieces: list[tuple[float, float]] = []
    for left, right in boxes:
        if pieces and left <= pieces[-1][1] + 1.0:
            pieces[-1] = (pieces[-1][0], max(pieces[-1][1], right))
        else:
            pieces.append((left, right))
    return pieces
