"""The label palette: every span and relation label of the scheme with its colour and key.

Clicking a span label labels the selection (like its key); clicking a relation label enters
link mode (like its key).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractButton, QLabel, QSizePolicy, QVBoxLayout, QWidget

from annotator.model.scheme import Scheme

GROUP_TITLES = {"entity": "Entities", "quote": "Quotations", "furniture": "Page furniture"}


class LabelButton(QAbstractButton):
    """A flat row: colour chip, label name, key badge."""

    def __init__(self, name: str, color: str, key: str | None, tooltip: str, *, relation: bool = False) -> None:
        super().__init__()
        self.name = name
        self.color = QColor(color)
        self.key = key
        self.relation = relation
        self.setToolTip(tooltip)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(150, max(22, self.fontMetrics().height() + 6))

    def minimumSizeHint(self) -> QSize:
        """Narrower than its hint: in a narrow dock the name is elided, the key badge stays whole."""
        return QSize(90, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        pal = self.palette()
        if self.underMouse() or self.isDown():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(pal.alternateBase())
            painter.drawRoundedRect(rect, 5, 5)
        chip = QRectF(rect.left() + 6, rect.center().y() - 6, 12, 12)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.color)
        if self.relation:
            painter.drawRoundedRect(QRectF(chip.left(), chip.center().y() - 2, 14, 4), 2, 2)
        else:
            painter.drawRoundedRect(chip, 3, 3)
        painter.setPen(pal.text().color())
        text_rect = rect.adjusted(26, 0, -34, 0)
        name = self.fontMetrics().elidedText(self.name, Qt.TextElideMode.ElideRight, int(text_rect.width()))
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), name)
        if self.key:
            font = QFont(self.font())
            font.setFamily("DejaVu Sans Mono")
            font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
            painter.setFont(font)
            badge = QRectF(rect.right() - 28, rect.center().y() - 9, 22, 18)
            painter.setPen(pal.mid().color())
            painter.setBrush(pal.base())
            painter.drawRoundedRect(badge, 4, 4)
            painter.setPen(pal.text().color())
            painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), self.key.upper())
        painter.end()


class LabelPalette(QWidget):
    """Emits ``spanLabelChosen(name)`` or ``relationLabelChosen(name)`` when a row is clicked."""

    spanLabelChosen = Signal(str)
    relationLabelChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 8)
        self._layout.setSpacing(1)
        self.buttons: dict[str, LabelButton] = {}

    def set_scheme(self, scheme: Scheme) -> None:
        while (item := self._layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        self.buttons = {}
        for group, title in GROUP_TITLES.items():
            labels = [label for label in scheme.span_labels if label.group == group]
            if not labels:
                continue
            self._add_title(title)
            for label in labels:
                button = LabelButton(label.name, label.color, label.key, label.description)
                button.clicked.connect(lambda _checked=False, name=label.name: self.spanLabelChosen.emit(name))
                self._layout.addWidget(button)
                self.buttons[label.name] = button
        if scheme.relation_labels:
            self._add_title("Relations")
            for rule in scheme.relation_labels:
                tip = f"{rule.description}\n{', '.join(rule.heads)} → {', '.join(rule.children)}"
                button = LabelButton(rule.name, rule.color, rule.key, tip, relation=True)
                button.clicked.connect(lambda _checked=False, name=rule.name: self.relationLabelChosen.emit(name))
                self._layout.addWidget(button)
                self.buttons[f"rel:{rule.name}"] = button
        self._layout.addStretch(1)

    def _add_title(self, text: str) -> None:
        title = QLabel(text.upper())
        title.setObjectName("muted")
        font = title.font()
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1.5))
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        title.setFont(font)
        title.setContentsMargins(4, 8, 0, 2)
        title.setMinimumWidth(1)  # a long group name is cut, rather than pushing the key badges out of a narrow dock
        self._layout.addWidget(title)
