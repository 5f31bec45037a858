"""What the application remembers (QSettings, here in the test's own INI file)."""

from __future__ import annotations

import getpass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit

from annotator.gui.app import choose_annotator
from annotator.gui.settings import MAX_RECENT, Settings
from tests.gui.modal import when_dialog_opens


def test_recent_projects_newest_first_without_duplicates(tmp_path: Path, settings: Settings) -> None:
    for number in range(MAX_RECENT + 3):
        settings.add_recent_project(tmp_path / f"p{number}.annotator")
    settings.add_recent_project(tmp_path / "p5.annotator")
    recent = settings.recent_projects()
    assert len(recent) == MAX_RECENT
    assert recent[0] == str((tmp_path / "p5.annotator").resolve())
    assert len(set(recent)) == len(recent)
    assert settings.last_project() == recent[0]


def test_last_document_per_project_survives_a_new_settings_object(tmp_path: Path, settings: Settings) -> None:
    settings.set_last_document(tmp_path / "a.annotator", 7, 1234)
    settings.set_last_document(tmp_path / "b.annotator", 3, 0)
    settings.sync()
    again = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert again.last_document(tmp_path / "a.annotator") == (7, 1234)
    assert again.last_document(tmp_path / "b.annotator") == (3, 0)
    assert again.last_document(tmp_path / "c.annotator") == (None, 0)


def test_preferences_round_trip(settings: Settings) -> None:
    assert (settings.dark, settings.zoom, settings.snap) == (False, 0, True)
    settings.dark, settings.zoom, settings.snap = True, -2, False
    assert (settings.dark, settings.zoom, settings.snap) == (True, -2, False)


def test_annotator_override_is_not_remembered(qtbot, settings: Settings) -> None:
    assert choose_annotator(settings, "  rina ", None, ask=False) == "rina"  # type: ignore[arg-type]
    assert settings.annotator == ""
    settings.annotator = "budi"
    assert choose_annotator(settings, None, None, ask=False) == "budi"  # type: ignore[arg-type]


@pytest.mark.parametrize("typed", ["", "  ", "sari"])
def test_the_name_asked_on_first_start_is_remembered_even_when_left_empty(qtbot, settings: Settings, typed: str) -> None:
    """An empty answer used the login name for the session but asked again at every start, so the
    first session's work stayed under a name the next one did not use."""
    login = getpass.getuser()

    def answer(dialog: QDialog) -> None:
        field = dialog.findChild(QLineEdit)
        assert field is not None and field.text() == login  # the login name is offered
        field.selectAll()
        qtbot.keyClick(field, Qt.Key.Key_Backspace)
        qtbot.keyClicks(field, typed)
        qtbot.keyClick(field, Qt.Key.Key_Return)

    asked = when_dialog_opens(QInputDialog, answer)
    name = choose_annotator(settings, None, None, ask=True)  # type: ignore[arg-type]
    assert asked and name == (typed.strip() or login) == settings.annotator
    assert choose_annotator(settings, None, None, ask=True) == name  # type: ignore[arg-type]  # not asked again


def test_a_database_url_is_remembered_without_its_password(tmp_path: Path, settings: Settings) -> None:
    settings.add_recent_project("postgresql://ana:s3cret@db.example:5432/news")
    settings.set_last_document("postgresql://ana:s3cret@db.example:5432/news", 4, 10)
    settings.sync()
    assert settings.recent_projects()[0] == "postgresql://ana@db.example:5432/news"
    assert "s3cret" not in (tmp_path / "settings.ini").read_text()
    assert settings.last_document("postgresql://ana@db.example:5432/news") == (4, 10)
