"""Shared fixtures. Qt runs offscreen; PostgreSQL tests run when ANNOTATOR_TEST_POSTGRES_URL is set
(.ci/run starts a server and sets it), each test on a database of its own."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

POSTGRES_URL = os.environ.get("ANNOTATOR_TEST_POSTGRES_URL")


def _postgres_database() -> Iterator[str]:
    import psycopg

    assert POSTGRES_URL
    name = f"annotator_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(POSTGRES_URL, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    base = POSTGRES_URL.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(POSTGRES_URL, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def server_trusts(url: str) -> bool:
    """Whether the test server lets ``url``'s role in without a password (password tests need one
    that asks, as .ci/start-postgres.sh sets up)."""
    import psycopg

    try:
        psycopg.connect(url, connect_timeout=5).close()
    except psycopg.OperationalError:
        return False
    return True


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def project_location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Where to create a project: a SQLite file, and (when a server is there) a PostgreSQL database."""
    if request.param == "sqlite":
        yield str(tmp_path / "news.annotator")
        return
    if not POSTGRES_URL:
        pytest.skip("no PostgreSQL server (set ANNOTATOR_TEST_POSTGRES_URL)")
    yield from _postgres_database()


@pytest.fixture
def project(project_location: str):  # type: ignore[no-untyped-def]
    from annotator.storage import Project

    created = Project.create(project_location, lang="id")
    yield created
    created.close()


@pytest.fixture
def sqlite_project(tmp_path: Path):  # type: ignore[no-untyped-def]
    from annotator.storage import Project

    created = Project.create(tmp_path / "news.annotator", lang="id")
    yield created
    created.close()


def _drop_role(admin_url: str, name: str) -> None:
    from annotator.storage.database import make_engine

    engine = make_engine(admin_url)
    with engine.begin() as connection:
        connection.exec_driver_sql(f'DROP OWNED BY "{name}"')
        connection.exec_driver_sql(f'DROP ROLE "{name}"')
    engine.dispose()


@pytest.fixture
def postgres_person(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """A PostgreSQL project and an annotator of it with a login role and a generated password:
    ``url`` (logged in as them, no password in it), ``name``, ``password``, ``admin`` (the
    project's administrator URL). libpq's own password sources are switched off."""
    if not POSTGRES_URL:
        pytest.skip("no PostgreSQL server (set ANNOTATOR_TEST_POSTGRES_URL)")
    from annotator.storage import Project
    from annotator.storage.accounts import add_user

    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent/pgpass")
    for admin in _postgres_database():
        project = Project.create(admin, lang="id")
        name = f"nina_{uuid.uuid4().hex[:8]}"
        password = add_user(project, name, "annotator")
        project.close()
        assert password
        scheme, rest = admin.split("://", 1)
        url = f"{scheme}://{name}@{rest.split('@', 1)[1]}"
        if server_trusts(url):
            _drop_role(admin, name)
            pytest.skip("this PostgreSQL server lets every role in without a password (.ci/start-postgres.sh asks)")
        yield {"url": url, "name": name, "password": password, "admin": admin}
        _drop_role(admin, name)
