"""Fixtures: a real project file in tmp_path and the real main window on it, with settings kept
in an INI file of the test's own (never the user's)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from annotator.gui.settings import Settings
from tests.gui.driving import settle
from tests.gui.projects import Doc, build_project, sample_docs
from tests.gui.view_sample import open_view


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return build_project(tmp_path / "news.annotator", sample_docs())


def open_window(qtbot, settings: Settings, path: Path, annotator: str = "ana"):  # type: ignore[no-untyped-def]
    from annotator.gui.window import MainWindow

    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.open_project(path, annotator)
    settle(qtbot, window)  # the first document is read on the edit queue
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # shortcuts only reach the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus, timeout=3000)
    return window


@pytest.fixture
def window(qtbot, settings: Settings, project_path: Path) -> Iterator:  # type: ignore[no-untyped-def]
    win = open_window(qtbot, settings, project_path)
    yield win
    win.close()


__all__ = ["Doc", "open_window"]


@pytest.fixture
def view(qtbot):  # type: ignore[no-untyped-def]
    """The document view alone on the sample article (tests/gui/view_sample.py); a module may
    define its own ``view`` instead."""
    return open_view(qtbot)
