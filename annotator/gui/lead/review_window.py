"""The gold review of one document, for leads: the gold layer, editable, above each annotator's
version (read-only), and the list of every distinct span and relation with who made it.

Keys: N next disagreement; beside the versions and in the list, A or Enter accepts (the selected
span of a version, or the list's row) into gold, a double click on a version's span too, R rejects
(type a reason, Enter); in the gold view, the annotator window's keys (a label's key, ``[ ] { }``,
Delete, a relation key then a click, Ctrl+drag); Ctrl+Z / Ctrl+Shift+Z undo and redo all of them;
Ctrl+Enter gold done. A relation enters gold only when both its spans are in gold.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.adjudication.review import RelationKey, Review, SpanKey, span_key
from annotator.gui.controllers.review import Key, ReviewController, describe
from annotator.gui.document_view import DocumentView
from annotator.gui.lead.gold_pane import GoldPane
from annotator.gui.lead.versions import VersionPane, ViewSync
from annotator.storage import Project
from annotator.wording import plural

TEXT_COLUMN_WIDTH = 200
DISAGREEMENT = QColor("#fff2a0")  # the rows of disagreements, like the highlighter in the versions


class ReviewWindow(QWidget):
    def __init__(self, controller: ReviewController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._reject_key: Key | None = None
        self._following = False  # gold's selection follows another view: no status message
        self.setWindowTitle(f"Review – {self.review.document.doc_id}")
        self.header = QLabel()
        self.gold = GoldPane(controller.gold, self)
        self.versions = [VersionPane(name) for name in self.review.annotators]
        documents = QSplitter(Qt.Orientation.Vertical)
        documents.addWidget(self.gold)
        for pane in self.versions:
            documents.addWidget(pane)
            pane.acceptRequested.connect(lambda span_id, name=pane.annotator: self.accept_version_span(name, span_id))
            pane.view.spanClicked.connect(lambda span_id, pane=pane: self._version_clicked(pane, span_id))
        documents.setSizes([4] + [2] * len(self.versions))
        self.candidates = self._candidates_panel()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(documents)
        split.addWidget(self.candidates)
        split.setSizes([800, 640])
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        views = [self.gold.view, *(pane.view for pane in self.versions)]
        self.sync = ViewSync(views, self._spans_of, {self.gold.view: self._follow_in_gold}, strict=self.gold.view)
        self._keys()
        controller.changed.connect(self.refresh)
        controller.gold.message.connect(lambda text: None if self._following else self.message.setText(text))
        controller.gold.error.connect(lambda text: self.message.setText("⚠ " + text))
        controller.gold.spanSelected.connect(self._gold_selected)
        for pane in self.versions:
            pane.show_version(self.review, first=True)
        self.refresh()
        self.resize(1440, 900)

    @classmethod
    def open(cls, project: Project, lead: str, doc_pk: int) -> ReviewWindow:
        """The review of a document (the window owns its controller)."""
        window = cls(ReviewController(project, lead, doc_pk))
        window.controller.setParent(window)
        return window

    @property
    def review(self) -> Review:
        return self.controller.review

    @property
    def undo_stack(self) -> QUndoStack:
        return self.controller.gold.undo_stack

    @property
    def rejected(self) -> dict[Key, str]:
        return self.controller.rejected

    def _candidates_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("Every span and relation of the versions (tinted: a disagreement not settled in gold)"))
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
        return panel

    def _keys(self) -> None:
        """N and Ctrl+Enter everywhere; A, Enter, R and Esc beside the versions and in the list
        (in the gold view the annotator window's keys apply: R links COREF there)."""
        reserved = self.gold.registry.scheme_keys()
        window_keys = {"N": self.next_disagreement, "Ctrl+Return": self.toggle_done, "Ctrl+Enter": self.toggle_done}
        review_keys = {
            "A": self.accept_current,
            "Return": self.accept_current,
            "Enter": self.accept_current,
            "R": self.start_reject,
            "Escape": self._cancel_reject,
        }
        for key, handler in window_keys.items():
            if QKeySequence(key).toString() not in reserved:
                self._shortcut(self, key, handler)
        for area in (*self.versions, self.candidates):
            for key, handler in review_keys.items():
                self._shortcut(area, key, handler)

    @staticmethod
    def _shortcut(widget: QWidget, key: str, handler: object) -> None:
        shortcut = QShortcut(QKeySequence(key), widget)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(handler)  # type: ignore[arg-type]

    # --- showing ----------------------------------------------------------------------------

    def current_key(self) -> Key | None:
        row = self.table.currentRow()
        return self.review.rows[row].key if 0 <= row < len(self.review.rows) else None

    def refresh(self) -> None:
        keep = self.current_key()
        annotators = self.review.annotators
        rows = self.review.rows
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            key = row.key
            if isinstance(key, RelationKey):
                offsets = f"{key.head.start}-{key.head.end} → {key.child.start}-{key.child.end}"
            else:
                offsets = f"{key.start}-{key.end}"
            label = f"{key.label} (relation)" if isinstance(key, RelationKey) else describe(key)
            gold = "✔" if row.in_gold else ("✘ " + self.rejected[key] if key in self.rejected else "")
            cells = [row.text, label, offsets, ", ".join(row.made_by) or "(lead)", gold]
            tint = QBrush(DISAGREEMENT) if self.review.marked(key) else QBrush()
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setBackground(tint)
                if column == 0:
                    item.setToolTip(value)
                self.table.setItem(index, column, item)
        if keep is not None and keep in self.review.by_key:
            self.table.setCurrentCell(rows.index(self.review.by_key[keep]), 0)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), TEXT_COLUMN_WIDTH))  # long quotes are elided
        for pane in self.versions:
            pane.show_version(self.review, first=False)
        in_gold = sum(row.in_gold for row in rows)
        disagreements = sum(self.review.marked(row.key) for row in rows)
        done = self.controller.done
        self.done_button.setChecked(done)
        self.header.setText(
            f"<b>{self.review.document.doc_id}</b>: versions of {', '.join(annotators) or 'nobody'}; "
            f"{plural(len(rows), 'item')}, "
            f"{plural(disagreements, 'disagreement')} to settle, {in_gold} in gold{' — <b>gold done</b>' if done else ''}"
        )

    def _spans_of(self, view: DocumentView) -> dict[str, SpanKey]:
        if view is self.gold.view:
            return {span.id or "": span_key(span) for span in self.controller.gold.session.spans()}
        pane = next(pane for pane in self.versions if pane.view is view)
        return self.review.version_spans(pane.annotator)

    def _select_row(self, key: Key | None) -> None:
        row = self.review.by_key.get(key) if key is not None else None
        if row is not None:
            self.table.blockSignals(True)
            self.table.setCurrentCell(self.review.rows.index(row), 0)
            self.table.blockSignals(False)

    def _show_row(self, index: int) -> None:
        """A row of the list: its span (a relation's head) selected in every view."""
        if not 0 <= index < len(self.review.rows):
            return
        key = self.review.rows[index].key
        self.sync.select(key.head if isinstance(key, RelationKey) else key)

    def _version_clicked(self, pane: VersionPane, span_id: str) -> None:
        key = self.review.version_spans(pane.annotator).get(span_id) if span_id else None
        self._select_row(key)
        self.sync.select(key, source=pane.view)

    def _follow_in_gold(self, span_id: str | None) -> None:
        self._following = True
        try:
            self.controller.gold.select(span_id)
        finally:
            self._following = False

    def _gold_selected(self, span_id: str | None) -> None:
        if self.sync.busy:
            return  # the sync selected it, following another view or the list
        span = self.controller.gold.session.span(span_id) if span_id else None
        key = span_key(span) if span is not None else None
        self._select_row(key)
        self.sync.select(key, source=self.gold.view)

    def _focused_version(self) -> VersionPane | None:
        focus = self.focusWidget()
        return next((pane for pane in self.versions if focus is not None and pane.isAncestorOf(focus)), None)

    # --- actions ----------------------------------------------------------------------------

    def next_disagreement(self) -> None:
        found = self.controller.next_disagreement(self.table.currentRow())
        if found is None:
            self.message.setText("No disagreement left.")
            return
        self.table.setCurrentCell(found, 0)
        if self._focused_version() is None:
            self.table.setFocus()  # so that A, Enter or R act on it next, not on the gold view's keys

    def accept_current(self) -> None:
        """A or Enter: the reason typed (while rejecting), the selected span of the version that
        has the focus, else the list's current row."""
        if self.reason.isVisible():
            self._confirm_reject()
            return
        pane = self._focused_version()
        if pane is not None:
            if not pane.accept_selected():
                self.message.setText(f"Click a span of {pane.annotator}'s version first, then press A.")
            return
        key = self.current_key()
        if key is not None:
            self.controller.accept(key)

    def accept_version_span(self, annotator: str, span_id: str) -> None:
        self.controller.accept_from_version(annotator, span_id)

    def start_reject(self) -> None:
        pane = self._focused_version()
        if pane is not None:
            span_id = pane.view.selected_span()
            self._reject_key = self.review.version_spans(pane.annotator).get(span_id or "")
        else:
            self._reject_key = self.current_key()
        if self._reject_key is None:
            return
        self.reason.clear()
        self.reason.setPlaceholderText(f"Why reject {describe(self._reject_key)}? Enter confirms, Esc cancels")
        self.reason.show()
        self.reason.setFocus()

    def _confirm_reject(self) -> None:
        key, self._reject_key = self._reject_key, None
        reason = self.reason.text().strip() or "rejected"
        self.reason.hide()
        self.table.setFocus()
        if key is not None:
            self.controller.reject(key, reason)

    def _cancel_reject(self) -> None:
        self._reject_key = None
        self.reason.hide()
        self.table.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.controller.close()
        super().closeEvent(event)

    def toggle_done(self) -> None:
        self.controller.toggle_done()
        self.refresh()
