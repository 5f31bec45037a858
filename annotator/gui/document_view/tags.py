"""Label tags of the document view: their text, and keeping them from covering one another and the text."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF

from annotator.gui.provenance import PROVENANCE_KEYS

#: The text lines between two document y positions, as rectangles (see :meth:`TagPlacer.place_off_text`).
TextRows = Callable[[float, float], list[QRectF]]

#: How many tag heights up or down a tag may move to get off the text.
REACH = 4.0


class TagPlacer:
    """Keeps the label tags of one paint apart: a tag that would cover one already drawn moves
    right of it (chips of two spans starting on the same word, arc labels meeting). Relation
    labels also keep off the text (:meth:`place_off_text`)."""

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

    def place_off_text(
        self, rect: QRectF, rows: TextRows, left: float, right: float, *, along: Sequence[QPointF] = ()
    ) -> QRectF:
        """``rect`` (an arc's label at its middle) put where it covers no words (``rows``) and no other
        tag: at the middle if that is free, else at a point ``along`` the arc, else at the nearest
        free spot between ``left`` and ``right`` (the room under a line, over its bars but not its
        words; past the end of a short line; up to a few tag heights up or down). Where there is
        none, it is placed as :meth:`place` does."""
        width, height = rect.width(), rect.height()
        reach = height * REACH
        text = rows(rect.top() - reach - height, rect.bottom() + reach + height)
        obstacles = text + self.placed
        for point in (rect.center(), *along):
            spot = QRectF(point.x() - width / 2, point.y() - height / 2, width, height)
            inside = left <= spot.left() and spot.right() <= right
            if inside and not any(spot.intersects(other) for other in obstacles + rows(spot.top(), spot.bottom())):
                self.placed.append(spot)
                return spot
        ys = {rect.top()}
        for row in text:
            ys.update((row.bottom() + 1, row.top() - height - 1))
        xs = {min(max(rect.left(), left), right - width)}
        xs.update(other.right() + 2 for other in obstacles)
        xs.update(other.left() - width - 2 for other in self.placed)
        centre = rect.center()
        candidates = sorted(
            (
                QRectF(x, y, width, height)
                for x in xs
                for y in ys
                if left <= x <= right - width and abs(y - rect.top()) <= reach
            ),
            key=lambda spot: (spot.center().x() - centre.x()) ** 2 + 4 * (spot.center().y() - centre.y()) ** 2,
        )
        spot = next((spot for spot in candidates if not any(spot.intersects(other) for other in obstacles)), None)
        if spot is None:
            return self.place(rect)
        self.placed.append(spot)
        return spot


def span_caption(label: str, attrs: dict[str, object], suggested: bool = False) -> str:
    """A span's label with its attribute values, as tags and tool tips show it: ``QUOTE · indirect``
    (not where a suggestion came from: the rule's or model's name is for the tool tip and panel)."""
    values = [
        str(value)
        for key, value in attrs.items()
        if key not in PROVENANCE_KEYS and isinstance(value, str | int | float) and not isinstance(value, bool)
    ]
    return " · ".join([label, *values]) + (" ?" if suggested else "")
