"""Caret movement over the laid-out text, in code points: by grapheme (visually, so arrows follow
right-to-left text), by word, by line and by page. Paragraph ends are crossed like line ends."""

from __future__ import annotations

from PySide6.QtGui import QTextLayout

from annotator.gui.document_view.layout import DocumentLayout


def move_horizontal(layout: DocumentLayout, offset: int, rightwards: bool, by_word: bool = False) -> int:
    """The caret position one grapheme (or word) to the left or right on screen."""
    number = layout.paragraph_of(offset)
    paragraph = layout.paragraphs[number]
    text_layout = layout.ensure(number)
    local16 = layout.to_local16(number, offset)
    forwards = rightwards != paragraph.rtl
    if by_word:
        mode = QTextLayout.CursorMode.SkipWords
        moved = text_layout.nextCursorPosition(local16, mode) if forwards else text_layout.previousCursorPosition(local16, mode)
    else:
        moved = text_layout.rightCursorPosition(local16) if rightwards else text_layout.leftCursorPosition(local16)
    if moved != local16:
        return layout.to_offset(number, moved)
    # At the edge of the paragraph: continue into the neighbouring one.
    if forwards and number + 1 < len(layout.paragraphs):
        return layout.paragraphs[number + 1].start
    if not forwards and number > 0:
        return layout.paragraphs[number - 1].end
    return offset


def move_vertical(layout: DocumentLayout, offset: int, lines: int, goal_x: float) -> int:
    """The caret position ``lines`` lines up (negative) or down, nearest to ``goal_x``."""
    number = layout.paragraph_of(offset)
    text_layout = layout.ensure(number)
    line_number = layout.line_for(text_layout, layout.to_local16(number, offset)).lineNumber()
    step = 1 if lines > 0 else -1
    for _ in range(abs(lines)):
        line_number += step
        if line_number < 0:
            if number == 0:
                return 0
            number -= 1
            line_number = layout.ensure(number).lineCount() - 1
        elif line_number >= layout.ensure(number).lineCount():
            if number + 1 >= len(layout.paragraphs):
                return len(layout.text)
            number += 1
            line_number = 0
    line = layout.ensure(number).lineAt(line_number)
    return layout.to_offset(number, line.xToCursor(goal_x))


def line_edge(layout: DocumentLayout, offset: int, end: bool) -> int:
    """Start or end of the screen line holding ``offset`` (a wrapped line ends before its space)."""
    number = layout.paragraph_of(offset)
    text_layout = layout.ensure(number)
    line = layout.line_for(text_layout, layout.to_local16(number, offset))
    if not end:
        return layout.to_offset(number, line.textStart())
    local16 = line.textStart() + line.textLength()
    if line.lineNumber() < text_layout.lineCount() - 1 and local16 > line.textStart():
        local16 -= 1
    return layout.to_offset(number, local16)


def word_at(text: str, offset: int) -> tuple[int, int] | None:
    """The run of word characters (letters, digits, marks, '-') around ``offset``."""

    def inside(char: str) -> bool:
        return char.isalnum() or char in "-_'’" or (0x300 <= ord(char) <= 0x36F) or char == "\u200d"

    if not 0 <= offset < len(text) or not inside(text[offset]):
        if offset > 0 and offset <= len(text) and inside(text[offset - 1]):
            offset -= 1
        else:
            return None
    start = offset
    while start > 0 and inside(text[start - 1]):
        start -= 1
    end = offset
    while end < len(text) and inside(text[end]):
        end += 1
    return start, end
