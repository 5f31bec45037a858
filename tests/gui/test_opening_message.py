"""The status bar line on opening a document: a long title, ending in a full stop, is cut short."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.gui.conftest import open_window
from tests.gui.driving import settle
from tests.gui.projects import Doc, build_project, find

LONG = (
    "The ferry, delayed for two days by high waves, finally left the harbour on Monday with "
    "three hundred passengers and a cargo of rice bound for the outer islands."
)


def test_a_long_title_is_cut_in_the_status_bar(qtbot, settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = LONG + "\n\nThe harbour master Anna Reyes said the sea was calm again."
    docs = [
        Doc("short", "BANDUNG - Wali Kota Bandung meresmikan taman baru.", "Taman baru"),
        Doc("long", text, LONG, [(*find(text, "Anna Reyes"), "PERSON")]),
    ]
    window = open_window(qtbot, settings, build_project(tmp_path / "p.annotator", docs, lang="en"))
    table = window.queue.table
    row = next(n for n in range(window.queue.model.rowCount()) if window.queue.model.entry(n).doc_id == "long")
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(window.queue.model.index(row, 0)).center())
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.session.document.doc_id == "long")
    message = window.statusBar().currentMessage()
    assert message.endswith("…: 1 suggestion to review")
    assert len(message) < 110
    window.close()
