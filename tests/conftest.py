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
