from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator.storage import Project, ProjectError
from annotator.storage.database import current_revision, head_revision


def test_sqlite_project_is_one_file_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "news.annotator"
    project = Project.create(path, lang="en", name="Newsroom")
    with project.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    project.close()
    assert path.is_file()
    reopened = Project.open(path)
    assert (reopened.lang, reopened.name, reopened.scheme.name) == ("en", "Newsroom", "news")
    assert current_revision(reopened.engine) == head_revision()
    reopened.close()


def test_create_refuses_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "x.annotator"
    path.write_text("something")
    with pytest.raises(ProjectError, match="exists already"):
        Project.create(path)


def test_open_refuses_what_is_not_a_project(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="no such project"):
        Project.open(tmp_path / "missing.annotator")
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(ProjectError, match="not an annotator project"):
        Project.open(other)
    text = tmp_path / "notes.txt"
    text.write_text("hello " * 1000)
    with pytest.raises(ProjectError):
        Project.open(text)


def test_open_on_any_backend(project_location: str) -> None:
    Project.create(project_location, lang="id").close()
    project = Project.open(project_location)
    assert project.lang == "id" and project.document_count() == 0
    project.close()
    with pytest.raises(ProjectError):
        Project.create(project_location)


def test_migrations_build_exactly_the_tables_of_the_code(project_location: str) -> None:
    """The Alembic migrations and annotator/storage/tables.py must describe the same schema."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from annotator.storage.tables import metadata

    project = Project.create(project_location)
    with project.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    project.close()
    assert differences == []


def test_a_project_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "news.annotator"
    Project.create(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    with pytest.raises(ProjectError, match="newer version of annotator"):
        Project.open(path)


def test_an_older_project_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    from alembic import command

    from annotator.model.scheme import default_scheme
    from annotator.storage import tables as t
    from annotator.storage.database import _alembic_config, make_engine

    if head_revision() == "0001":
        pytest.skip("only one schema revision so far")
    path = tmp_path / "old.annotator"
    engine = make_engine(path)
    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), "0001")
        connection.execute(
            t.settings.insert(),
            [
                {"key": "format", "value": "annotator-project"},
                {"key": "name", "value": "old"},
                {"key": "lang", "value": "id"},
                {"key": "scheme", "value": default_scheme().model_dump(mode="json")},
            ],
        )
    engine.dispose()
    project = Project.open(path)
    assert current_revision(project.engine) == head_revision()
    project.close()
    backup = tmp_path / "old.annotator.before-upgrade-0001.bak"
    assert backup.is_file()
    with sqlite3.connect(backup) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    connection.close()
