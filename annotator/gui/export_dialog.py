"""The window's export dialog: the format (every one of :func:`list_formats`, lossy ones say
so), the output file or folder, the command line's filters (status, annotator, layer, only
annotated documents) and a train/dev/test split with its seed. No annotator ticked exports
everyone's records."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from annotator.exporters.registry import FormatInfo, list_formats, writes_folder
from annotator.gui.panels.queue import STATUS_NAMES
from annotator.gui.workers import ExportFilters, ExportOptions
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


def format_text(info: FormatInfo) -> str:
    """The combo box's entry: the format's name and its title (the description up to the colon)."""
    title = info.description.split(":", 1)[0]
    return f"{info.name} – {title}" + (" (lossy)" if info.lossy else "")


def format_note(info: FormatInfo) -> str:
    lossy = " Lossy: it cannot carry everything; the status bar says what it dropped, with counts." if info.lossy else ""
    where = " It writes a folder." if info.folder else ""
    return f"{info.description}.{where}{lossy}"


def _ticked(widget: QListWidget) -> tuple[str, ...]:
    return tuple(
        str(widget.item(row).data(Qt.ItemDataRole.UserRole))
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    )


class ExportDialog(QDialog):
    """Asks for the format, where to write, what to put in it and whether to split it."""

    def __init__(self, parent: QWidget | None, default_path: Path, annotators: list[str], me: str | None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export")
        self.setMinimumWidth(560)
        self.formats = {info.name: info for info in list_formats()}
        self.format = QComboBox()
        for info in self.formats.values():
            self.format.addItem(format_text(info), info.name)
            self.format.setItemData(self.format.count() - 1, info.description, Qt.ItemDataRole.ToolTipRole)
        self.format_note = QLabel()
        self.format_note.setObjectName("muted")
        self.format_note.setWordWrap(True)
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
        self.split = QCheckBox("Split into train, dev and test parts (written in a folder)")
        self.split_fractions = QLineEdit("0.8,0.1,0.1")
        self.split_fractions.setToolTip("Fractions of the documents for train, dev and test; they add up to 1")
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setToolTip("The same seed puts every document in the same part again")
        split_row = QHBoxLayout()
        split_row.addWidget(QLabel("fractions"))
        split_row.addWidget(self.split_fractions, 1)
        split_row.addWidget(QLabel("seed"))
        split_row.addWidget(self.seed)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        form = QFormLayout()
        form.addRow("Format", self.format)
        form.addRow("", self.format_note)
        form.addRow("Save to", path_row)
        form.addRow("Annotators\n(none ticked: all)", annotator_row)
        form.addRow("Statuses\n(none ticked: all)", self.statuses)
        form.addRow("Layers\n(none ticked: all)", self.layers)
        form.addRow("", self.only_annotated)
        form.addRow("Training data", self.split)
        form.addRow("", split_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Export")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.format.currentIndexChanged.connect(self._fit_path)
        self.split.toggled.connect(self._fit_path)
        self._fit_path()

    def chosen_format(self) -> FormatInfo:
        return self.formats[str(self.format.currentData())]

    def _writes_folder(self) -> bool:
        return writes_folder(self.chosen_format().name, split=self.split.isChecked())

    def _fit_path(self) -> None:
        """The split options apply when ticked; the path gets the format's extension (none for a folder)."""
        self.format_note.setText(format_note(self.chosen_format()))
        self.split_fractions.setEnabled(self.split.isChecked())
        self.seed.setEnabled(self.split.isChecked())
        text = self.path.text().strip()
        if not text:
            return
        path = Path(text)
        stem = path.with_suffix("") if path.suffix in {".jsonl", ".spacy", ".conll", ".json"} else path
        self.path.setText(str(stem if self._writes_folder() else stem.with_suffix(self.chosen_format().extension)))

    @staticmethod
    def _tick_all(widget: QListWidget, on: bool) -> None:
        for row in range(widget.count()):
            widget.item(row).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _browse(self) -> None:
        info = self.chosen_format()
        if self._writes_folder():
            name = QFileDialog.getExistingDirectory(self, f"Export {info.name}: a new folder inside", self.path.text())
            if name:
                self.path.setText(str(Path(name) / Path(self.path.text()).name))
            return
        pattern = f"{info.name} (*{info.extension});;All files (*)"
        name, _ = QFileDialog.getSaveFileName(self, f"Export {info.name}", self.path.text(), pattern)
        if name:
            self.path.setText(name)

    def _split_value(self) -> tuple[float, float, float] | None:
        from annotator.exporters.base import ExportError
        from annotator.exporters.corpus import parse_split

        if not self.split.isChecked():
            return None
        try:
            return parse_split(self.split_fractions.text().strip())
        except ExportError as error:
            raise ValueError(str(error).replace("--split", "Split")) from None

    def _accept(self) -> None:
        try:
            self._split_value()
        except ValueError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        if not self.path.text().strip():
            self.error.setText("Give a file or folder to export to")
            self.error.show()
            return
        self.accept()

    def result_value(self) -> tuple[Path, ExportFilters, ExportOptions] | None:
        text = self.path.text().strip()
        if not text:
            return None
        filters = ExportFilters(
            statuses=_ticked(self.statuses),
            annotators=_ticked(self.annotators),
            layers=_ticked(self.layers),
            only_annotated=self.only_annotated.isChecked(),
        )
        options = ExportOptions(self.chosen_format().name, self._split_value(), self.seed.value())
        return Path(text).expanduser(), filters, options
