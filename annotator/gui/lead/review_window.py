"""The gold review of one document, for leads: every distinct span and relation of the
annotators' versions, who made each, and whether it is in gold.

Keys: N next disagreement, A or Enter accept into gold, R reject (type a reason, Enter), Ctrl+Z /
Ctrl+Shift+Z undo and redo, Ctrl+Enter gold done. Free editing: select text in the document box
and press a label's key (1-7, Q, W, E...) to put your own span into gold. Disagreements are tinted; rows in gold are
ticked. A relation can be accepted only once both its spans are in gold.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QTextCharFormat, QTextCursor, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.adjudication.review import RelationKey, Removed, Review, SpanKey
from annotator.storage import EditError

DISAGREEMENT = QColor("#ffe3b3")


class _GoldCommand(QUndoCommand):
    """A change of gold. :meth:`ReviewWindow.push` applies it first (a refused edit never reaches
    the undo stack); the stack's first redo then has nothing left to do."""

    def __init__(self, window: ReviewWindow, key: SpanKey | RelationKey, text: str) -> None:
        super().__init__(text)
        self.window, self.key = window, key
        self.applied = False

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self.applied:
            self.applied = False
        else:
            self.apply()
        self.window.refresh(self.key)

    def undo(self) -> None:
        self.revert()
        self.window.refresh(self.key)


class _Accept(_GoldCommand):
    """A span or relation of a version (or the lead's own, marked in the text) into gold."""

    def apply(self) -> None:
        self.window.review.accept(self.key)

    def revert(self) -> None:
        self.window.review.remove(self.key)


class _Reject(_GoldCommand):
    def __init__(self, window: ReviewWindow, key: SpanKey | RelationKey, reason: str) -> None:
        super().__init__(window, key, f"reject {key.label}")
        self.reason = reason
        self.removed = Removed()

    def apply(self) -> None:
        self.removed = self.window.review.remove(self.key, self.reason)
        self.window.rejected[self.key] = self.reason

    def revert(self) -> None:
        self.window.review.restore(self.removed)
        self.window.rejected.pop(self.key, None)


class ReviewWindow(QWidget):
    def __init__(self, review: Review, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review = review
        self.undo_stack = QUndoStack(self)
        self.rejected: dict[SpanKey | RelationKey, str] = {}
        self.setWindowTitle(f"Review – {review.document.doc_id}")
        layout = QVBoxLayout(self)
        self.header = QLabel()
        layout.addWidget(self.header)
        self.text = QPlainTextEdit(review.document.text)
        self.text.setReadOnly(True)
        self.text.setMaximumHeight(160)
        layout.addWidget(self.text)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(["text", "label", "offsets", "made by", "gold"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_row(row))
        layout.addWidget(self.table, 1)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText("Why reject it? Enter confirms, Esc cancels")
        self.reason.hide()
        self.reason.returnPressed.connect(self._confirm_reject)
        layout.addWidget(self.reason)
        buttons = QHBoxLayout()
        self.message = QLabel()
        buttons.addWidget(self.message, 1)
        for text, handler in (
            ("Next disagreement (N)", self.next_disagreement),
            ("Accept (A)", self.accept_current),
            ("Reject (R)", self.start_reject),
        ):
            button = QPushButton(text)
            button.clicked.connect(handler)
            buttons.addWidget(button)
        self.done_button = QPushButton("Gold done (Ctrl+Enter)")
        self.done_button.setCheckable(True)
        self.done_button.clicked.connect(self.toggle_done)
        buttons.addWidget(self.done_button)
        layout.addLayout(buttons)
        keys = {
            "N": self.next_disagreement,
            "A": self.accept_current,
            "Return": self.accept_current,
            "R": self.start_reject,
            "Ctrl+Z": self.undo_stack.undo,
            "Ctrl+Shift+Z": self.undo_stack.redo,
            "Ctrl+Return": self.toggle_done,
            "Escape": self._cancel_reject,
        }
        for label in review.project.scheme.span_labels:  # free editing: select text, press the label's key
            if label.key and label.key.upper() not in keys:
                keys[label.key.upper()] = lambda name=label.name: self.label_selection(name)
        for key, handler in keys.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(handler)
        self.refresh()
        self.resize(900, 640)

    # --- showing ----------------------------------------------------------------------------

    def current_key(self) -> SpanKey | RelationKey | None:
        row = self.table.currentRow()
        return self.review.rows[row].key if 0 <= row < len(self.review.rows) else None

    def refresh(self, keep: SpanKey | RelationKey | None = None) -> None:
        keep = keep or self.current_key()
        annotators = self.review.annotators
        rows = self.review.rows
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            key = row.key
            if isinstance(key, RelationKey):
                offsets = f"{key.head.start}-{key.head.end} → {key.child.start}-{key.child.end}"
                label = f"{key.label} (relation)"
            else:
                offsets = f"{key.start}-{key.end}"
                label = key.label + (f":{key.quote_type}" if key.quote_type else "")
            gold = "✔" if row.in_gold else ("✘ " + self.rejected[key] if key in self.rejected else "")
            cells = [row.text, label, offsets, ", ".join(row.made_by) or "(lead)", gold]
            tint = QBrush(DISAGREEMENT) if row.disagreement(annotators) and not row.in_gold else QBrush()
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setBackground(tint)
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()
        if keep is not None:
            for index, row in enumerate(rows):
                if row.key == keep:
                    self.table.setCurrentCell(index, 0)
                    break
        in_gold = sum(row.in_gold for row in rows)
        disagreements = sum(row.disagreement(annotators) for row in rows)
        done = self.review.done
        self.done_button.setChecked(done)
        self.header.setText(
            f"{self.review.document.doc_id}: versions of {', '.join(annotators) or 'nobody'}; {len(rows)} item(s), "
            f"{disagreements} disagreement(s), {in_gold} in gold{' — gold done' if done else ''}"
        )

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self.review.rows):
            return
        key = self.review.rows[row].key
        spans = [key.head, key.child] if isinstance(key, RelationKey) else [key]
        selections = []
        for span in spans:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.text.document())
            # Qt counts UTF-16 units; the text of a document is converted once here
            cursor.setPosition(_utf16(self.review.document.text, span.start))
            cursor.setPosition(_utf16(self.review.document.text, span.end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            text_format = QTextCharFormat()
            text_format.setBackground(QColor("#9ad0ff"))
            selection.format = text_format
            selections.append(selection)
        self.text.setExtraSelections(selections)
        self.text.setTextCursor(selections[0].cursor)
        self.text.ensureCursorVisible()

    # --- actions ----------------------------------------------------------------------------

    def push(self, command: _GoldCommand) -> bool:
        """Apply a change of gold and put it on the undo stack; a refused one is only reported."""
        try:
            command.apply()
        except (EditError, ValueError) as error:
            self.message.setText(str(error))
            return False
        command.applied = True
        self.undo_stack.push(command)
        return True

    def next_disagreement(self) -> None:
        found = self.review.next_disagreement(self.table.currentRow())
        if found is None:
            self.message.setText("No disagreement left.")
            return
        self.table.setCurrentCell(found, 0)

    def accept_current(self) -> None:
        if self.reason.isVisible():  # Enter in the reason field
            self._confirm_reject()
            return
        key = self.current_key()
        if key is None:
            return
        if any(row.key == key and row.in_gold for row in self.review.rows):
            self.message.setText("Already in gold.")
            return
        if self.push(_Accept(self, key, f"accept {key.label}")):
            self.rejected.pop(key, None)
            self.message.setText(f"Accepted {key.label} into gold.")

    def start_reject(self) -> None:
        if self.current_key() is None:
            return
        self.reason.clear()
        self.reason.show()
        self.reason.setFocus()

    def _confirm_reject(self) -> None:
        key = self.current_key()
        reason = self.reason.text().strip() or "rejected"
        self.reason.hide()
        self.table.setFocus()
        if key is None:
            return
        if self.push(_Reject(self, key, reason)):
            self.message.setText(f"Rejected {key.label}: {reason}")

    def _cancel_reject(self) -> None:
        self.reason.hide()
        self.table.setFocus()

    def label_selection(self, label: str) -> None:
        """Put the text selected in the document box into gold with ``label``."""
        from annotator.text.offsets import Utf16Index

        cursor = self.text.textCursor()
        if not cursor.hasSelection():
            self.message.setText("Select text in the document, then press the label's key.")
            return
        index = Utf16Index(self.review.document.text)
        start, end = index.to_code_point(cursor.selectionStart()), index.to_code_point(cursor.selectionEnd())
        key = SpanKey(start, end, label)
        if self.push(_Accept(self, key, f"add {label}")):
            self.message.setText(f"Added {label} to gold.")

    def toggle_done(self) -> None:
        self.review.mark_done(not self.review.done)
        self.refresh()


def _utf16(text: str, offset: int) -> int:
    from annotator.text.offsets import Utf16Index

    return Utf16Index(text).to_utf16(offset)
