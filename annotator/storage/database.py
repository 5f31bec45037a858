"""Engines for a project: a SQLite file by default, PostgreSQL by URL, one code path.

SQLite projects run in WAL mode with foreign keys on and full synchronous commits, so that a
committed edit survives a crash of the program or of the machine.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, make_url

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


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def make_engine(location: str | Path, password: str | None = None) -> Engine:
    """An engine for a project; a PostgreSQL password comes from ``password``, the URL, the keyring
    or libpq's own sources (see :mod:`annotator.storage.credentials`)."""
    from annotator.storage.credentials import with_keyring_password

    url = database_url(location)
    if url.startswith("sqlite"):
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    parsed = make_url(url)
    parsed = parsed.set(password=password) if password is not None else with_keyring_password(parsed)
    return create_engine(parsed, pool_pre_ping=True)


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
            notifications.install_triggers(connection)


def backup_sqlite(location: str | Path, revision: str | None) -> Path:
    """Copy a SQLite project before its schema is upgraded: ``NAME.before-<revision>.bak`` beside it."""
    import sqlite3

    source = Path(location).expanduser().resolve()
    target = source.with_name(f"{source.name}.before-{revision or 'none'}.bak")
    with sqlite3.connect(source) as original, sqlite3.connect(target) as copy:
        original.backup(copy)
    copy.close()
    original.close()
    return target
