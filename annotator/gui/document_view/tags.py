"""Label tags of the document view: their text, and keeping them from covering one another."""

from __future__ import annotations

from PySide6.QtCore import QRectF


class TagPlacer:
    """Keeps the label tags of one paint apart: a tag that would cover one already drawn moves
    right of it (chips of two spans starting on the same word, arc labels meeting)."""

    def __init__(self) -> None:
        self.placed: list[QRectF] = []

    def place(self, rect: QRectF) -> QRectF:
        rect = QRectF(rect)
        for _ in range(len(self.placed) + 1):
            clash = next((other for other in self.placed if other.intersects(rect)), None)
            if clash is None:
                break
            rect.moveLeft(clash.right() + 2)
        self.placed.append(rect)
        return rect


def span_caption(label: str, attrs: dict[str, object], suggested: bool = False) -> str:
    """A span's label with its attribute values, as tags and tool tips show it: ``QUOTE · indirect``."""
    values = [str(value) for value in attrs.values() if isinstance(value, str | int | float) and not isinstance(value, bool)]
    return " · ".join([label, *values]) + (" ?" if suggested else "")
