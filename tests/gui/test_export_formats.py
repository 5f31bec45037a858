"""The export dialog offers every format of the core, with a train/dev/test split; the status bar
says what was written and what a lossy format dropped."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from annotator.exporters.registry import list_formats
from annotator.gui.export_dialog import ExportDialog
from tests.gui.modal import when_dialog_opens


def _choose_format(qtbot, dialog: ExportDialog, name: str) -> None:  # type: ignore[no-untyped-def]
    """Pick a format with the keyboard, as a user does in a focused combo box."""
    dialog.format.setFocus()
    while dialog.format.currentData() != name:
        before = dialog.format.currentIndex()
        qtbot.keyClick(dialog.format, Qt.Key.Key_Down)
        assert dialog.format.currentIndex() != before, f"{name} is not offered"


def _export(qtbot, window, steps) -> str:  # type: ignore[no-untyped-def]
    assert when_dialog_opens(ExportDialog, steps) is not None
    window.action("export").trigger()
    (job,) = window.jobs.jobs
    with qtbot.waitSignal(job.finished, timeout=120000):
        pass
    qtbot.waitUntil(lambda: "Exported" in window.statusBar().currentMessage(), timeout=10000)
    return window.statusBar().currentMessage()


def test_every_format_is_offered_and_lossy_ones_say_so(qtbot, window, tmp_path: Path) -> None:
    seen: dict[str, str] = {}
    notes: dict[str, str] = {}

    def look(dialog: ExportDialog) -> None:
        for row in range(dialog.format.count()):
            seen[dialog.format.itemData(row)] = dialog.format.itemText(row)
            _choose_format(qtbot, dialog, dialog.format.itemData(row))
            notes[dialog.format.itemData(row)] = dialog.format_note.text()
        dialog.reject()

    assert when_dialog_opens(ExportDialog, look) is not None
    window.action("export").trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert list(seen) == [info.name for info in list_formats()]
    for info in list_formats():
        assert seen[info.name].startswith(info.name) and info.description in notes[info.name]
        assert ("lossy" in seen[info.name]) == info.lossy == ("Lossy" in notes[info.name])


def test_conll_export_reports_records_and_what_it_dropped(qtbot, window, tmp_path: Path) -> None:
    window.action("accept_all").trigger()  # ana's quotes and entities: CoNLL keeps only the entities
    target = tmp_path / "ana.conll"

    def fill_in(dialog: ExportDialog) -> None:
        _choose_format(qtbot, dialog, "conll")
        assert dialog.path.text().endswith(".conll")
        dialog.path.setText(str(target))
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    message = _export(qtbot, window, fill_in)
    assert "Exported 1 record as conll" in message and "dropped:" in message
    text = target.read_text(encoding="utf-8")
    assert text.startswith("-DOCSTART-") and "B-" in text


def test_split_spacy_export_writes_train_dev_and_test(qtbot, window, tmp_path: Path) -> None:
    target = tmp_path / "training"

    def fill_in(dialog: ExportDialog) -> None:
        _choose_format(qtbot, dialog, "spacy")
        for row in range(dialog.annotators.count()):
            dialog.annotators.item(row).setCheckState(Qt.CheckState.Unchecked)
        dialog.split.click()
        assert not dialog.path.text().endswith(".spacy")  # a split writes a folder
        dialog.split_fractions.setText("0.5,0.5")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and "add up to 1" in dialog.error.text()  # refused, the dialog stays
        dialog.split_fractions.clear()
        qtbot.keyClicks(dialog.split_fractions, "0.4,0.3,0.3")
        dialog.seed.setValue(7)
        dialog.path.setText(str(target))
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    message = _export(qtbot, window, fill_in)
    assert "as spacy" in message and "train" in message and "dev" in message
    assert sorted(path.name for path in target.iterdir() if path.suffix == ".spacy") == ["dev.spacy", "test.spacy", "train.spacy"]


def test_jsonl_is_still_the_default(qtbot, window, tmp_path: Path) -> None:
    target = tmp_path / "all.jsonl"

    def fill_in(dialog: ExportDialog) -> None:
        assert dialog.format.currentData() == "jsonl"
        dialog.path.setText(str(target))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    assert "as jsonl" in _export(qtbot, window, fill_in)
    assert all(json.loads(line)["annotator"] == "ana" for line in target.read_text(encoding="utf-8").splitlines())
