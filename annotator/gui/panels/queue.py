"""The document queue: title, status, span count and who else has each document.

Filterable by status and searchable by text. Rows are read page by page as the list scrolls
(``canFetchMore``/``fetchMore``), so 100,000 documents cost one page of queries.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from annotator.gui.theme import STATUS_COLORS, dot_icon
from annotator.model.names import ACCEPTED, IN_PROGRESS, REJECTED, SKIPPED, TODO
from annotator.model.records import STATUSES
from annotator.storage import QueueEntry

PAGE = 200
#: The title keeps at least this width; a dock narrower than it and the other columns drops
#: Also, then Spans (the status always stays).
MIN_TITLE_WIDTH = 90
COLUMNS = ("Title", "Status", "Spans", "Also")
STATUS_NAMES = {
    TODO: "to do",
    IN_PROGRESS: "in progress",
    ACCEPTED: ACCEPTED,
    REJECTED: REJECTED,
    SKIPPED: SKIPPED,
}

Fetch = Callable[..., list[QueueEntry]]
ModelIndex = QModelIndex | QPersistentModelIndex


class QueueModel(QAbstractTableModel):
    """Queue entries, read lazily from ``fetch(status=, search=, limit=, offset=)``."""

    def __init__(self, fetch: Fetch) -> None:
        super().__init__()
        self._fetch = fetch
        self._entries: list[QueueEntry] = []
        self._row_of: dict[int, int] = {}
        self._more = True
        self.status: str | None = None
        self.search: str | None = None
        self.current_pk: int | None = None
        self.annotator: str | None = None  # left out of "Also": the column names the others

    # --- loading ------------------------------------------------------------------------------

    def reload(self, *, status: str | None = None, search: str | None = None) -> None:
        self.beginResetModel()
        self.status, self.search = status, (search or None)
        self._entries, self._row_of, self._more = [], {}, True
        self._load_page()
        self.endResetModel()

    def _load_page(self) -> list[QueueEntry]:
        page = self._fetch(status=self.status, search=self.search, limit=PAGE, offset=len(self._entries))
        self._more = len(page) == PAGE
        for entry in page:
            self._row_of[entry.pk] = len(self._entries)
            self._entries.append(entry)
        return page

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and self._more

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        page = self._fetch(status=self.status, search=self.search, limit=PAGE, offset=len(self._entries))
        if not page:
            self._more = False
            return
        first = len(self._entries)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        for entry in page:
            self._row_of[entry.pk] = len(self._entries)
            self._entries.append(entry)
        self._more = len(page) == PAGE
        self.endInsertRows()

    # --- access -------------------------------------------------------------------------------

    def entry(self, row: int) -> QueueEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, pk: int) -> int | None:
        return self._row_of.get(pk)

    def update_entry(self, pk: int, *, status: str | None = None, span_count: int | None = None) -> None:
        """Show a new status or span count for one document without reading the queue again."""
        row = self._row_of.get(pk)
        if row is None:
            return
        entry = self._entries[row]
        changes = {}
        if status is not None:
            changes["status"] = status
        if span_count is not None:
            changes["span_count"] = span_count
        self._entries[row] = dataclasses.replace(entry, **changes)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def set_current(self, pk: int | None) -> None:
        rows = [self._row_of.get(key) for key in (self.current_pk, pk)]
        self.current_pk = pk
        for row in rows:
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    # --- Qt model -----------------------------------------------------------------------------

    def _others(self, entry: QueueEntry) -> list[str]:
        return [name for name in entry.annotators if name != self.annotator]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        entry = self.entry(index.row())
        if entry is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return entry.title or entry.doc_id
            if column == 1:
                return STATUS_NAMES.get(entry.status, entry.status)
            if column == 2:
                return entry.span_count
            return ", ".join(self._others(entry))
        if role == Qt.ItemDataRole.ToolTipRole:
            others = ", ".join(self._others(entry)) or "nobody else"
            return f"{entry.title or entry.doc_id}\n{entry.doc_id} · {STATUS_NAMES.get(entry.status)} · also with {others}"
        if role == Qt.ItemDataRole.DecorationRole and column == 1:
            return dot_icon(STATUS_COLORS.get(entry.status, "#888888"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and entry.pk == self.current_pk:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return entry.pk
        return None


class QueuePanel(QWidget):
    """Status filter, search box and the queue table; emits ``documentActivated(pk)``."""

    documentActivated = Signal(int)

    def __init__(self, fetch: Fetch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QueueModel(fetch)
        self.status_filter = QComboBox()
        self.status_filter.addItem("All statuses", None)
        for status in STATUSES:
            self.status_filter.addItem(STATUS_NAMES[status].capitalize(), status)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search text or title…")
        self.search.setClearButtonEnabled(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setHighlightSections(False)
        widest_status = max(self.fontMetrics().horizontalAdvance(name) for name in STATUS_NAMES.values())
        self.table.setMinimumWidth(MIN_TITLE_WIDTH + widest_status + 48)  # the status: its dot, name and margins
        self.table.viewport().installEventFilter(self)  # fit the columns to each new width
        self._widths: dict[int, int] = {}  # each column's width when last shown
        self.table.activated.connect(self._activated)
        self.table.clicked.connect(self._activated)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(300)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.status_filter.currentIndexChanged.connect(lambda _index: self.reload())

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

    def reload(self) -> None:
        self.model.reload(status=self.status_filter.currentData(), search=self.search.text().strip())
        self._fit_columns()
        self._show_current()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """In a narrow dock the columns stood past its edge, the status out of sight: show what fits."""
        header = self.table.horizontalHeader()
        room = self.table.viewport().width() - MIN_TITLE_WIDTH
        for column in range(1, len(COLUMNS)):
            if not self.table.isColumnHidden(column):  # a hidden column has no size to measure: the last one shown
                self._widths[column] = max(header.sectionSize(column), self.table.sizeHintForColumn(column))
            need = self._widths.get(column, header.fontMetrics().horizontalAdvance(COLUMNS[column]) + 24)
            shown = column == 1 or room >= need
            self.table.setColumnHidden(column, not shown)
            room -= need if shown else 0

    def set_current(self, pk: int | None) -> None:
        self.model.set_current(pk)
        self._show_current()

    def _show_current(self) -> None:
        pk = self.model.current_pk
        row = None if pk is None else self.model.row_of(pk)
        if row is None:
            self.table.clearSelection()
            return
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def _activated(self, index: QModelIndex) -> None:
        entry = self.model.entry(index.row())
        if entry is not None and entry.pk != self.model.current_pk:
            self.documentActivated.emit(entry.pk)
