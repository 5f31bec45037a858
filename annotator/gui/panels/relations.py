"""The relation list: every relation of the document; select one to show it, delete it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from annotator.gui.theme import dot_icon
from annotator.model.names import HUMAN
from annotator.model.records import Relation, Span
from annotator.model.scheme import Scheme
from annotator.wording import plural, snippet

SNIPPET = 28
ENDS_ROLE = Qt.ItemDataRole.UserRole + 1


class RelationList(QListWidget):
    deletePressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentItem() is not None:
            self.deletePressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class RelationsPanel(QWidget):
    """Emits ``relationSelected(id)`` and ``deleteRequested(id)``."""

    relationSelected = Signal(str)
    deleteRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = RelationList()
        self.list.setAlternatingRowColors(True)
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.count = QLabel("No relations")
        self.count.setObjectName("muted")
        self.delete_button = QPushButton("Delete")
        self.delete_button.setToolTip("Delete the selected relation (Delete)")
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self._delete_current)
        self.list.deletePressed.connect(self._delete_current)
        self.list.currentItemChanged.connect(self._current_changed)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.count, 1)
        bar.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.list, 1)
        self._updating = False
        self._signature: tuple[object, ...] | None = None

    def set_relations(self, relations: list[Relation], spans: list[Span], scheme: Scheme) -> None:
        """Show the relations in text order; nothing is rebuilt when they and their spans are unchanged."""
        by_id = {span.id: span for span in spans}
        signature = tuple(
            (rel.id, rel.label, rel.source, _extent(by_id, rel.head), _extent(by_id, rel.child)) for rel in relations
        )
        if signature == self._signature:
            return
        self._signature = signature
        current = self.current_relation()
        self._updating = True
        self.list.setUpdatesEnabled(False)
        self.list.clear()
        for rel in sorted(relations, key=lambda rel: (_extent(by_id, rel.head), rel.id or "")):
            head, child = by_id.get(rel.head), by_id.get(rel.child)
            text = f"{rel.label}  “{snippet(head.text if head else '', 22)}” → “{snippet(child.text if child else '', 22)}”"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, rel.id)
            item.setData(ENDS_ROLE, (rel.head, rel.child))
            state = "suggested" if rel.source != HUMAN else "confirmed"
            item.setToolTip(
                f"{rel.label} ({state})\n{head.label if head else '?'}: {head.text if head else ''}\n"
                f"→ {child.label if child else '?'}: {child.text if child else ''}"
            )
            rule = scheme.relation_label(rel.label)
            if rule is not None:
                item.setIcon(dot_icon(rule.color, bar=True))
            if rel.source != HUMAN:
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            self.list.addItem(item)
            if rel.id == current:
                self.list.setCurrentItem(item)
        self.list.setUpdatesEnabled(True)
        self.count.setText(plural(len(relations), "relation") if relations else "No relations")
        self.delete_button.setEnabled(self.list.currentItem() is not None)
        self._updating = False

    def forget_current(self) -> None:
        """No row current: another document opens, and its relation ids (``r1``, ``r2`` in every
        annotation) say nothing of the row chosen in the last one."""
        self._updating = True
        self.list.setCurrentRow(-1)
        self._updating = False
        self.delete_button.setEnabled(False)

    def current_relation(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def show_span(self, span_id: str | None) -> None:
        """Make the first relation of a span the current row (without emitting relationSelected),
        unless the current row is already one of its relations (the one just clicked)."""
        current = self.list.currentItem()
        if span_id is None or (current is not None and span_id in (current.data(ENDS_ROLE) or ())):
            return
        for row in range(self.list.count()):
            item = self.list.item(row)
            if span_id in (item.data(ENDS_ROLE) or ()):
                self._updating = True
                self.list.setCurrentItem(item)
                self.list.scrollToItem(item)
                self._updating = False
                return

    def select_relation(self, relation_id: str) -> bool:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == relation_id:
                self.list.setCurrentItem(item)
                return True
        return False

    def _current_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        self.delete_button.setEnabled(current is not None)
        if current is not None and not self._updating:
            self.relationSelected.emit(str(current.data(Qt.ItemDataRole.UserRole)))

    def _delete_current(self) -> None:
        relation_id = self.current_relation()
        if relation_id is not None:
            self.deleteRequested.emit(relation_id)


def _extent(by_id: dict[str | None, Span], span_id: str) -> tuple[int, int]:
    span = by_id.get(span_id)
    return (span.start, span.end) if span is not None else (-1, -1)
