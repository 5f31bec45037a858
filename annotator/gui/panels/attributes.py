"""The attribute editor: the selected span's label, text and attributes, one row of value buttons
per attribute the scheme declares for its label (QUOTE ``type``: direct / indirect).

Clicking a value (or pressing the attribute's key in the document) asks the window to set it;
the window answers with :meth:`AttributesPanel.show_span` once the edit is stored.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from annotator.gui.panels.relations import snippet
from annotator.gui.provenance import PROVENANCE_KEYS, suggested_by
from annotator.model.records import Span
from annotator.model.scheme import Scheme, SpanAttribute

VALUES_PER_ROW = 3


class AttributeRow(QWidget):
    """The value buttons of one attribute; exactly one is checked (the span's value or the default)."""

    def __init__(self, attribute: SpanAttribute, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attribute = attribute
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # none checked when a span has no value and there is no default
        self.buttons: dict[str, QPushButton] = {}
        layout = QGridLayout(self)  # three values a row: the dock is narrow
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        for number, value in enumerate(attribute.values):
            button = QPushButton(value)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the document keeps the keyboard
            button.setObjectName("attributeValue")
            self.group.addButton(button)
            self.buttons[value] = button
            layout.addWidget(button, number // VALUES_PER_ROW, number % VALUES_PER_ROW)

    def show_value(self, value: str | None) -> None:
        for name, button in self.buttons.items():
            button.setChecked(name == value)


class AttributesPanel(QWidget):
    """Emits ``attributeChosen(name, value)`` when a value button is clicked."""

    attributeChosen = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel("No span selected")
        self.title.setWordWrap(True)
        self.origin = QLabel("")  # which pre-labeller made the span, if one did
        self.origin.setObjectName("muted")
        self.origin.hide()
        self.hint = QLabel("")
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 4, 0, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.origin)
        layout.addLayout(self.grid)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.setMinimumHeight(130)  # the title, two rows of values and the hint stay readable
        self.rows: dict[str, AttributeRow] = {}
        self._scheme: Scheme | None = None
        self._label: str | None = None

    def set_scheme(self, scheme: Scheme) -> None:
        self._scheme = scheme
        self._label = None
        self.show_span(None)

    def show_span(self, span: Span | None) -> None:
        """Show a span's attributes (None: nothing selected)."""
        label = span.label if span is not None else None
        if label != self._label:
            self._rebuild(label)
        origin = suggested_by(span.attrs, span.source) if span is not None else None
        self.origin.setText(origin or "")
        self.origin.setVisible(origin is not None)
        if span is None:
            self.title.setText("No span selected")
            self.hint.setText("Select a span to see and set its attributes.")
            return
        state = " (suggestion)" if span.source != "human" else ""
        self.title.setText(f"<b>{span.label}</b>{state} “{_escape(snippet(span.text, 40))}”")
        for row in self.rows.values():
            row.show_value(row.attribute.value_of(span.attrs))
        declared = set(self.rows)
        others = [f"{key} = {value}" for key, value in span.attrs.items() if key not in declared and key not in PROVENANCE_KEYS]
        if not self.rows:
            self.hint.setText(f"The scheme gives {span.label} no attributes." + _others(others))
        else:
            keys = [f"{row.attribute.key.upper()} cycles {name}" for name, row in self.rows.items() if row.attribute.key]
            self.hint.setText("; ".join(keys) + _others(others))

    def _clicked(self, row: AttributeRow, button: QPushButton) -> None:
        value = next(value for value, candidate in row.buttons.items() if candidate is button)
        self.attributeChosen.emit(row.attribute.name, value)

    def _rebuild(self, label: str | None) -> None:
        self._label = label
        while (item := self.grid.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.hide()  # at once: deleteLater waits for the event loop
                widget.deleteLater()
        self.rows = {}
        span_label = self._scheme.span_label(label) if self._scheme and label else None
        if span_label is None:
            return
        for number, attribute in enumerate(span_label.attributes):
            name = QLabel(attribute.name + (f"  [{attribute.key.upper()}]" if attribute.key else ""))
            name.setToolTip(attribute.description)
            row = AttributeRow(attribute)
            row.setToolTip(attribute.description)
            row.group.buttonClicked.connect(lambda button, row=row: self._clicked(row, button))
            self.grid.addWidget(name, 2 * number, 0)
            self.grid.addWidget(row, 2 * number + 1, 0)
            name.show()  # at once, not on the next turn of the event loop
            row.show()
            self.rows[attribute.name] = row


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


def _others(others: list[str]) -> str:
    return f"\nOther attributes: {', '.join(others)}" if others else ""
