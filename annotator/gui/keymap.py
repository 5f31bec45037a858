"""The keymap dialog: every action of the window with its shortcuts, editable, with a warning
when a key is taken twice (or by a label key of the scheme) and a reset to the defaults."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QKeySequenceEdit,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.actions import ActionRegistry, normalise_key

#: Shortcut columns per action (the cheat sheet key has three defaults: F1, ? and Shift+?).
KEY_COLUMNS = 3


class KeymapDialog(QDialog):
    """Edits the registry's shortcuts; :meth:`keymap` gives the changes from the defaults."""

    def __init__(self, registry: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.resize(720, 640)
        self.registry = registry
        self.ids = registry.window_ids()
        self.table = QTableWidget(len(self.ids), 1 + KEY_COLUMNS)
        self.table.setHorizontalHeaderLabels(["Action", "Shortcut", "Alternative", "Alternative"])
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 1 + KEY_COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, 150)
        self.editors: dict[str, list[QKeySequenceEdit]] = {}
        for row, action_id in enumerate(self.ids):
            name = QTableWidgetItem(registry[action_id].text().replace("&", "").rstrip("…"))
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            name.setToolTip(action_id)
            self.table.setItem(row, 0, name)
            editors = []
            for column in range(KEY_COLUMNS):
                editor = QKeySequenceEdit()
                editor.setObjectName(f"{action_id}:{column}")
                editor.setMaximumSequenceLength(1)
                editor.setClearButtonEnabled(True)
                editor.keySequenceChanged.connect(lambda _sequence: self._check())
                self.table.setCellWidget(row, 1 + column, editor)
                editors.append(editor)
            self.editors[action_id] = editors
        self.warning = QLabel("")
        self.warning.setObjectName("keymapWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #c62828")
        self.reset_button = QPushButton("Reset to defaults")
        self.reset_button.clicked.connect(self.reset_to_defaults)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel("Click a box and press the keys. Window managers may take Shift+Alt+arrows: give such actions another key.")
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        for action_id in self.ids:
            self._show_keys(action_id, registry.shortcuts(action_id))
        self._check()

    def _show_keys(self, action_id: str, keys: list[str]) -> None:
        for column, editor in enumerate(self.editors[action_id]):
            editor.blockSignals(True)
            editor.setKeySequence(QKeySequence(keys[column]) if column < len(keys) else QKeySequence())
            editor.blockSignals(False)

    def chosen(self) -> dict[str, list[str]]:
        """Every action's keys as the dialog shows them now."""
        return {
            action_id: [
                editor.keySequence().toString(QKeySequence.SequenceFormat.PortableText)
                for editor in editors
                if not editor.keySequence().isEmpty()
            ]
            for action_id, editors in self.editors.items()
        }

    def keymap(self) -> dict[str, list[str]]:
        """Only the actions whose keys differ from their defaults (what the settings keep)."""
        changed = {}
        for action_id, keys in self.chosen().items():
            defaults = [normalise_key(key) for key in self.registry.specs[action_id].shortcuts]
            if [normalise_key(key) for key in keys] != defaults:
                changed[action_id] = keys
        return changed

    def conflicts(self) -> list[str]:
        return self.registry.conflicts(self.chosen())

    def _check(self) -> None:
        conflicts = self.conflicts()
        names = {action_id: self.registry[action_id].text().replace("&", "").rstrip("…") for action_id in self.ids}
        lines = []
        for line in conflicts:
            key, owners = line.split(": ", 1)
            lines.append(f"{key} is used by " + " and ".join(names.get(owner, owner) for owner in owners.split(" and ")))
        self.warning.setText(("⚠ " + "; ".join(lines) + ". Change one of them to save.") if lines else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not conflicts)

    def reset_to_defaults(self) -> None:
        for action_id in self.ids:
            self._show_keys(action_id, list(self.registry.specs[action_id].shortcuts))
        self._check()
