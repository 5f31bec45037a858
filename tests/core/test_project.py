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
