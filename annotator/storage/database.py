"""Engines for a project: a SQLite file by default, PostgreSQL by URL, one code path.

SQLite projects run in WAL mode with foreign keys on and full synchronous commits, so that a
committed edit survives a crash of the program or of the machine. The driver's own transaction
handling is switched off and every transaction starts with an explicit ``BEGIN``: reads get one
snapshot for the whole transaction (WAL), and writers say ``BEGIN IMMEDIATE`` so that they queue
for the write lock at the start instead of failing when a read turns into a write (see
``docs/concurrency.md``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, make_url

MIGRATIONS = Path(__file__).with_name("migrations")


class DatabaseError(Exception):
    """The project's database cannot be opened or is of another version."""


def is_url(location: str | Path) -> bool:
    return "://" in str(location)


def database_url(location: str | Path) -> str:
    """A SQLAlchemy URL for a project path or URL (``postgresql://`` becomes the psycopg 3 driver)."""
    text = str(location)
    if is_url(text):
        if text.startswith("postgresql://") or text.startswith("postgres://"):
            return "postgresql+psycopg://" + text.split("://", 1)[1]
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


#: How long a SQLite writer waits for the write lock. Imports commit in short steps, so the
#: lock is normally free within a fraction of a second; beyond this the edit is refused with a
#: plain message rather than freezing the window.
SQLITE_BUSY_TIMEOUT_MS = 5000

#: Execution option naming how a SQLite transaction begins: DEFERRED (reads) or IMMEDIATE (writes).
SQLITE_BEGIN = "annotator_sqlite_begin"


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    dbapi_connection.isolation_level = None  # no implicit BEGIN by the driver: see _sqlite_begin
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()


def _sqlite_begin(connection) -> None:  # type: ignore[no-untyped-def]
    mode = connection.get_execution_options().get(SQLITE_BEGIN, "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def make_engine(location: str | Path, password: str | None = None) -> Engine:
    """An engine for a project; a PostgreSQL password comes from ``password``, the URL, the keyring
    or libpq's own sources (see :mod:`annotator.storage.credentials`)."""
    from annotator.storage.credentials import with_keyring_password

    url = database_url(location)
    if url.startswith("sqlite"):
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    parsed = make_url(url)
    parsed = parsed.set(password=password) if password is not None else with_keyring_password(parsed)
    return create_engine(parsed, pool_pre_ping=True)


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A transaction that will write: SQLite takes the write lock at once (``BEGIN IMMEDIATE``)."""
    with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            connection.execution_options(**{SQLITE_BEGIN: "IMMEDIATE"})
        with connection.begin():
            yield connection


@contextmanager
def read_snapshot(engine: Engine) -> Iterator[Connection]:
    """A read-only transaction in which every statement sees the same committed state.

    SQLite in WAL mode keeps the snapshot of the first read for the whole transaction;
    PostgreSQL needs REPEATABLE READ for that (READ COMMITTED takes a snapshot per statement).
    """
    with engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            connection.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
        with connection.begin():
            yield connection


def _alembic_config(connection) -> Config:  # type: ignore[no-untyped-def]
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def known_revisions() -> set[str]:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}


def bring_up_to_date(engine: Engine, location: str | Path) -> Path | None:
    """Upgrade a project made by an older version; returns the backup made first (SQLite).

    A schema this program does not know (made by a newer version) is refused, never touched.
    """
    current = current_revision(engine)
    if current == head_revision():
        return None
    if current is not None and current not in known_revisions():
        raise DatabaseError(f"made by a newer version of annotator (schema {current}); update annotator to open it")
    backup = None
    if engine.dialect.name == "sqlite" and not is_url(location):
        backup = backup_sqlite(engine, Path(location), current or "empty")
    upgrade(engine)
    return backup


def backup_sqlite(engine: Engine, path: Path, revision: str) -> Path:
    """A consistent copy of the project file beside it (SQLite's online backup), before an upgrade."""
    target = path.with_name(f"{path.name}.before-upgrade-{revision}.bak")
    number = 2
    while target.exists():
        target = path.with_name(f"{path.name}.before-upgrade-{revision}-{number}.bak")
        number += 1
    source = engine.raw_connection()
    try:
        destination = sqlite3.connect(target)
        try:
            source.driver_connection.backup(destination)  # type: ignore[union-attr]
        finally:
            destination.close()
    finally:
        source.close()
    return target


def upgrade(engine: Engine) -> None:
    """Bring the database to the newest schema.

    On PostgreSQL the migrations run as the project's owner role, and the row-level security
    policies are written again afterwards (see :mod:`annotator.storage.security`).
    """
    from annotator.storage import notifications, security

    with engine.begin() as connection:
        owner = security.prepare_owner(connection) if connection.dialect.name == "postgresql" else None
        command.upgrade(_alembic_config(connection), "head")
        if owner is not None:
            security.apply_policies(connection, owner)
            security.install_functions(connection)
            notifications.install_triggers(connection)
