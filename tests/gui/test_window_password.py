"""A PostgreSQL project whose server wants a password: the window asks for it, keeps it in memory
for its background jobs, and remembers the project without it."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.gui.settings import Settings
from annotator.gui.window import MainWindow
from annotator.storage import Project
from annotator.storage.accounts import add_user
from annotator.storage.database import make_engine
from tests.conftest import POSTGRES_URL, _postgres_database, server_trusts

pytestmark = pytest.mark.postgres


@pytest.fixture
def person(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    if not POSTGRES_URL:
        pytest.skip("no PostgreSQL server (set ANNOTATOR_TEST_POSTGRES_URL)")
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent/pgpass")
    for url in _postgres_database():
        project = Project.create(url, lang="id")
        name = f"wina_{uuid.uuid4().hex[:8]}"
        password = add_user(project, name, "annotator")
        project.close()
        assert password
        scheme, rest = url.split("://", 1)
        if server_trusts(f"{scheme}://{name}@{rest.split('@', 1)[1]}"):
            pytest.skip("this PostgreSQL server lets every role in without a password (.ci/start-postgres.sh asks)")
        yield {"url": f"{scheme}://{name}@{rest.split('@', 1)[1]}", "name": name, "password": password}
        engine = make_engine(url)
        with engine.begin() as connection:
            connection.exec_driver_sql(f'DROP OWNED BY "{name}"')
            connection.exec_driver_sql(f'DROP ROLE "{name}"')
        engine.dispose()


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
