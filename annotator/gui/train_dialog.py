"""Training a model from the window: what to learn from and for how long (:class:`TrainDialog`),
then the held-out scores of the model and of the rules per label (:class:`TrainScoresDialog`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

#: The layers a model can learn from, as ``annotator train --layer`` names them.
TRAIN_LAYERS = {
    "gold": "gold: the documents a lead reviewed",
    "accepted": "accepted: every document an annotator marked accepted",
}


@dataclass(frozen=True)
class TrainOptions:
    layer: str = "gold"
    max_steps: int = 0  # 0: spaCy's default
    use: bool = False  # make the new model the project's pre-labeller


class TrainDialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Train a model")
        self.setMinimumWidth(440)
        self.layer = QComboBox()
        for name, text in TRAIN_LAYERS.items():
            self.layer.addItem(text, name)
        self.max_steps = QSpinBox()
        self.max_steps.setRange(0, 1_000_000)
        self.max_steps.setSingleStep(100)
        self.max_steps.setSpecialValueText("spaCy's default (until it stops improving)")
        self.max_steps.setToolTip("Stop after this many training steps; 0 trains until the dev scores stop improving")
        self.use = QCheckBox("Make the new model the project's pre-labeller")
        self.use.setToolTip("File > Pre-label documents then uses it, with the rules for the labels where they score better")
        note = QLabel(
            "The documents are split into train, dev and test. The model and the rules are scored on the test "
            "documents; the model is kept with the project as its next version."
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Learn from", self.layer)
        form.addRow("Max steps", self.max_steps)
        form.addRow("", self.use)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Train")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def options(self) -> TrainOptions:
        return TrainOptions(str(self.layer.currentData()), self.max_steps.value(), self.use.isChecked())


SCORE_COLUMNS = ["Label", "Model P", "R", "F1", "Rules P", "R", "F1", "Gold spans", "Pre-labels use"]


class TrainScoresDialog(QDialog):
    """The per-label scores of a :class:`annotator.training.TrainResult`."""

    def __init__(self, parent: QWidget | None, result: Any, used: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Model v{result.version}: scores")
        counts = ", ".join(f"{part} {count}" for part, count in result.documents.items())
        heading = QLabel(
            f"Model v{result.version} is stored in {result.path}.\nHeld-out scores on the test documents (documents: {counts})."
        )
        heading.setWordWrap(True)
        self.table = QTableWidget(len(result.table), len(SCORE_COLUMNS))
        self.table.setHorizontalHeaderLabels(SCORE_COLUMNS)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (label, scores) in enumerate(result.table.items()):
            model, rules = scores["model"], scores["rules"]
            better = result.choice.get(label, scores["better"])
            cells = [
                label,
                *(f"{model[key]:.2f}" for key in ("precision", "recall", "f1")),
                *(f"{rules[key]:.2f}" for key in ("precision", "recall", "f1")),
                str(model.get("gold", "")),
                "the model" if better == "model" else "the rules",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.setMinimumWidth(self.table.horizontalHeader().length() + 24)
        self.table.setMinimumHeight(min(420, 30 * (len(result.table) + 1) + 8))
        choice = QLabel(
            "“Pre-labels use” is the better of the two on the dev documents, per label (the rules where the "
            "model with the rules scored lower there); the rules link the quotes to cues and speakers."
            + (
                " The project now pre-labels with this model."
                if used
                else " Tick “Make the new model the project's pre-labeller” when training to use it."
            )
        )
        choice.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table)
        layout.addWidget(choice)
        layout.addWidget(buttons)
