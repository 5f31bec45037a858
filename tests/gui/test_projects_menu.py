"""File menu: a new project, recent projects, the annotator's name on the project."""

from __future__ import annotations

from pathlib import Path

from annotator.gui import dialogs, window_dialogs
from annotator.storage import Project
from tests.gui.driving import settle


def test_new_project_is_created_and_opened(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "fresh"

    class FilledIn(dialogs.NewProjectDialog):
        def exec(self) -> int:  # the user types a name and picks English
            self.path.setText(str(target))
            self.lang.setCurrentIndex(self.lang.findData("en"))
            return 1

    monkeypatch.setattr(window_dialogs, "NewProjectDialog", FilledIn)
    window.new_project()
    settle(qtbot, window)
    created = tmp_path / "fresh"
    assert created.is_file()
    with Project.open(created) as project:
        assert project.lang == "en"
    assert window.session.project.location == str(created)
    assert window.session.annotator == "ana"
    assert window.session.document is None
    assert "no documents yet" in window.statusBar().currentMessage()
    assert window.settings.recent_projects()[0] == str(created.resolve())


def test_recent_projects_menu_reopens_a_project(qtbot, window, project_path: Path) -> None:
    window.recent_menu.aboutToShow.emit()
    actions = [action for action in window.recent_menu.actions() if action.isEnabled()]
    assert [action.text() for action in actions] == [str(project_path.resolve())]
    window.close_project()
    actions[0].trigger()
    settle(qtbot, window)
    assert window.session is not None and window.session.document.doc_id == "kompas-1"
