"""Run by test_crash.py in a subprocess: open the window, make edits with real key presses and
mouse drags, say so on stdout, then wait to be killed with SIGKILL."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from annotator.gui.app import application
from annotator.gui.settings import Settings
from annotator.gui.window import MainWindow


def wait_saved(app: QApplication, saver: object, seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not saver.idle() and time.monotonic() < deadline:  # type: ignore[attr-defined]
        app.processEvents()
        time.sleep(0.01)


def main(project: str, settings_file: str) -> None:
    app = application()
    window = MainWindow(Settings(QSettings(settings_file, QSettings.Format.IniFormat)))
    assert window.open_project(Path(project), "ana")
    window.show()
    window.activateWindow()
    saver = window.projects.documents.saver
    wait_saved(app, saver)  # the first document is read on the edit queue
    for _ in range(20):
        app.processEvents()
    view = window.view
    view.setFocus()
    app.processEvents()
    window.action("snap").setChecked(False)
    text = view.text()

    def key(k: object, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(QApplication.focusWidget() or view, k, modifiers)  # type: ignore[arg-type]
        app.processEvents()

    def drag(part: str) -> None:
        start = text.index(part)
        a, b = view.point_for_offset(start), view.point_for_offset(start + len(part))
        QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
        QTest.mouseMove(view.viewport(), QPoint((a.x() + b.x()) // 2, a.y()))
        QTest.mouseMove(view.viewport(), b)
        QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)
        app.processEvents()

    drag("pemerintah")
    key("2")  # ORG
    drag("defisit")
    key("6")  # EVENT
    key("4")  # relabel it LOC
    key(Qt.Key.Key_Escape)  # deselect
    key(Qt.Key.Key_Tab)  # the first span: s1
    assert window.session.selected_span == "s1"
    key(Qt.Key.Key_Return)  # accept the suggestion s1; the next suggestion (s2) is selected
    for _ in range(3):
        key(Qt.Key.Key_Tab)  # s3, s4, s5
    assert window.session.selected_span == "s5"
    key(Qt.Key.Key_Delete)  # reject the suggestion s5
    wait_saved(app, saver)  # the status bar no longer says "Saving…": every edit shown is stored
    assert window.saving.text() == ""
    print("EDITS DONE", flush=True)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
