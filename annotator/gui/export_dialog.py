"""The window's export dialog: the output file and the command line's filters (status,
annotator, layer, only annotated documents). No annotator ticked exports everyone's records."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.panels.queue import STATUS_NAMES
from annotator.gui.workers import ExportFilters
from annotator.model.records import LAYERS, STATUSES


def _checkable_list(items: list[tuple[str, str]], checked: set[str]) -> QListWidget:
    widget = QListWidget()
    for value, text in items:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.setMaximumHeight(min(24 * len(items) + 8, 150))
    return widget


def _ticked(widget: QListWidget) -> tuple[str, ...]:
    return tuple(
        str(widget.item(row).data(Qt.ItemDataRole.UserRole))
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    )


class ExportDialog(QDialog):
    """Asks where to write the JSONL file and what to put in it."""

    def __init__(self, parent: QWidget | None, default_path: Path, annotators: list[str], me: str | None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export JSONL")
        self.setMinimumWidth(480)
        self.path = QLineEdit(str(default_path))
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.annotators = _checkable_list([(name, name) for name in annotators], {me} if me else set())
        self.statuses = _checkable_list([(status, STATUS_NAMES[status]) for status in STATUSES], set())
        self.layers = _checkable_list([(layer, layer) for layer in LAYERS], set())
        self.only_annotated = QCheckBox("Leave out documents nobody annotated yet")
        everyone = QPushButton("Everyone")
        everyone.setToolTip("Untick every annotator: export everyone's records")
        everyone.clicked.connect(lambda: self._tick_all(self.annotators, False))
        annotator_row = QVBoxLayout()
        annotator_row.addWidget(self.annotators)
        annotator_row.addWidget(everyone, 0, Qt.AlignmentFlag.AlignLeft)
        form = QFormLayout()
        form.addRow("File", path_row)
        form.addRow("Annotators\n(none ticked: all)", annotator_row)
        form.addRow("Statuses\n(none ticked: all)", self.statuses)
        form.addRow("Layers\n(none ticked: all)", self.layers)
        form.addRow("", self.only_annotated)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Export")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @staticmethod
    def _tick_all(widget: QListWidget, on: bool) -> None:
        for row in range(widget.count()):
            widget.item(row).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "Export JSONL", self.path.text(), "JSON lines (*.jsonl)")
        if name:
            self.path.setText(name)

    def result_value(self) -> tuple[Path, ExportFilters] | None:
        text = self.path.text().strip()
        if not text:
            return None
        filters = ExportFilters(
            statuses=_ticked(self.statuses),
            annotators=_ticked(self.annotators),
            layers=_ticked(self.layers),
            only_annotated=self.only_annotated.isChecked(),
        )
        return Path(text).expanduser(), filters
