"""A PostgreSQL project whose server wants a password: the window asks for it, keeps it in memory
for its background jobs, and remembers the project without it."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.gui.settings import Settings
from annotator.gui.window import MainWindow

pytestmark = pytest.mark.postgres


@pytest.fixture
def person(postgres_person: dict[str, str]) -> dict[str, str]:
    return postgres_person


def test_the_window_asks_for_the_password_and_never_stores_it(qtbot, settings: Settings, tmp_path: Path, person) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(settings)
    qtbot.addWidget(window)
    asked: list[str] = []
    window.projects.ask_password = lambda location: asked.append(location) or person["password"]
    assert window.open_project(person["url"], person["name"])
    assert asked == [person["url"]]
    assert person["password"] in (window.projects.connect_location or "")  # for its own jobs, in memory
    settings.sync()
    assert person["password"] not in (tmp_path / "settings.ini").read_text()
    assert settings.recent_projects()[0] == person["url"]
    window.projects.close()


def test_a_cancelled_password_leaves_no_project_open(qtbot, settings: Settings, person) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(settings)
    qtbot.addWidget(window)
    errors: list[str] = []
    window.projects.error.disconnect()
    window.projects.error.connect(errors.append)
    window.projects.ask_password = lambda location: None
    assert not window.open_project(person["url"], person["name"])
    assert not window.projects.is_open
    assert errors and "wants a password" in errors[0] and person["password"] not in errors[0]
