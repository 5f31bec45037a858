"""A project: one database (a SQLite file or a PostgreSQL URL) with its settings and label scheme."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, func, inspect, select
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from annotator.model.names import MACHINE_ROLE
from annotator.model.scheme import Scheme, default_scheme
from annotator.storage import tables as t
from annotator.storage.database import (
    DatabaseError,
    bring_up_to_date,
    current_revision,
    head_revision,
    is_url,
    known_revisions,
    make_engine,
    read_snapshot,
    upgrade,
    write_transaction,
)
from annotator.storage.dialects import insert_if_absent
from annotator.storage.opening import LocationProblem, check_new_project_file, check_project_file, describe_connection_error
from annotator.storage.urls import mask_password
from annotator.storage.visibility import visible_documents

ROLES = ("annotator", "lead", "admin", MACHINE_ROLE)


def now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Document:
    pk: int
    doc_id: str
    text: str
    title: str | None
    meta: dict[str, Any]


def _is_superuser(connection: Connection) -> bool:
    return bool(connection.exec_driver_sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").scalar())


class ProjectError(Exception):
    """A project cannot be created or opened; the message says why."""


def _check(check: Callable[[Path], None], path: Path) -> None:
    try:
        check(path)
    except LocationProblem as error:
        raise ProjectError(str(error)) from error


def _engine(location: str, password: str | None = None) -> Engine:
    try:
        return make_engine(location, password)
    except ImportError as error:  # psycopg is a dependency, but an install may lack it
        raise ProjectError(
            f"{mask_password(location)}: PostgreSQL projects need the psycopg driver (pip install 'psycopg[binary]')"
        ) from error
    except ArgumentError as error:
        raise ProjectError(f"{mask_password(location)}: not a database URL we can use ({error})") from error


def _default_name(location: str) -> str:
    return location.rsplit("/", 1)[-1].split("?", 1)[0] if is_url(location) else Path(location).stem


class PasswordRequired(ProjectError):
    """The PostgreSQL server wants a password that we did not have, or refused the one given."""


def _is_password_problem(error: Exception) -> bool:
    text = str(getattr(error, "orig", None) or error).lower()
    return "password authentication failed" in text or "no password supplied" in text


class Project:
    """Opened with :meth:`create` or :meth:`open`; every method runs in its own transaction
    unless a connection from :meth:`transaction` is passed."""

    def __init__(self, engine: Engine, location: str) -> None:
        self.engine = engine
        self.location = location
        self._settings_cache: dict[str, Any] | None = None
        self._scheme: Scheme | None = None

    # --- life cycle -----------------------------------------------------------------------

    @classmethod
    def create(cls, location: str | Path, *, lang: str = "id", scheme: Scheme | None = None, name: str | None = None) -> Project:
        location = str(location)
        if not is_url(location):
            _check(check_new_project_file, Path(location))
        engine = _engine(location)
        try:
            if is_url(location) and "settings" in inspect(engine).get_table_names():
                raise ProjectError(f"{mask_password(location)}: that database holds a project already")
            upgrade(engine)
            project = cls(engine, location)
            scheme = scheme or default_scheme()
            with write_transaction(engine) as connection:
                connection.execute(
                    t.settings.insert(),
                    [
                        {"key": "format", "value": "annotator-project"},
                        {"key": "name", "value": name or _default_name(location)},
                        {"key": "lang", "value": lang},
                        {"key": "scheme", "value": scheme.model_dump(mode="json")},
                        {"key": "created_at", "value": now().isoformat()},
                    ],
                )
        except (ProjectError, SQLAlchemyError) as error:
            engine.dispose()
            if not is_url(location):
                for suffix in ("", "-wal", "-shm", "-journal"):
                    Path(location + suffix).unlink(missing_ok=True)  # the file did not exist before
            if isinstance(error, ProjectError):
                raise
            raise ProjectError(describe_connection_error(location, error)) from error
        return project

    @classmethod
    def open(cls, location: str | Path, *, password: str | None = None) -> Project:
        """Open a project; ``password`` is for a PostgreSQL URL that names none."""
        location = str(location)
        if not is_url(location):
            _check(check_project_file, Path(location))
        engine = _engine(location, password)
        try:
            names = inspect(engine).get_table_names()
            if "settings" not in names or "alembic_version" not in names:
                raise ProjectError(f"{mask_password(location)}: not an annotator project (create one with `annotator init`)")
            revision = current_revision(engine)
            if revision != head_revision():
                cls._upgrade_on_open(engine, location, revision)
        except (ProjectError, SQLAlchemyError) as error:
            engine.dispose()
            if isinstance(error, ProjectError):
                raise
            if _is_password_problem(error):
                raise PasswordRequired(f"{mask_password(location)}: the server wants a password (or refused it)") from error
            raise ProjectError(describe_connection_error(location, error)) from error
        return cls(engine, location)

    @staticmethod
    def _upgrade_on_open(engine: Engine, location: str, revision: str | None) -> None:
        """Bring a project made by an older version up to date (after a backup, for SQLite); refuse
        one made by a newer version; on PostgreSQL only the administrator may upgrade."""
        from annotator.storage import security

        shown = mask_password(location)
        if is_url(location) and revision in known_revisions():
            with engine.connect() as connection:
                administrator = security.is_administrator(connection) or _is_superuser(connection)
            if not administrator:
                raise ProjectError(f"{shown}: the database needs an upgrade; ask the project's administrator to open it once")
        try:
            bring_up_to_date(engine, location)
        except DatabaseError as error:
            raise ProjectError(f"{shown}: {error}") from error

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A write transaction (on SQLite it holds the write lock from the start: keep it short)."""
        with write_transaction(self.engine) as connection:
            yield connection

    @contextmanager
    def snapshot(self) -> Iterator[Connection]:
        """A read-only transaction: every statement in it sees the same committed state."""
        with read_snapshot(self.engine) as connection:
            yield connection

    # --- settings -------------------------------------------------------------------------

    def settings(self) -> dict[str, Any]:
        if self._settings_cache is None:
            with self.engine.connect() as connection:
                rows = connection.execute(select(t.settings.c.key, t.settings.c.value)).all()
            self._settings_cache = {key: value for key, value in rows}
        return self._settings_cache

    @property
    def name(self) -> str:
        return str(self.settings().get("name", "project"))

    @property
    def lang(self) -> str:
        return str(self.settings().get("lang", "id"))

    @property
    def scheme(self) -> Scheme:
        if self._scheme is None:
            self._scheme = Scheme.model_validate(self.settings()["scheme"])
        return self._scheme

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction() as connection:
            updated = connection.execute(t.settings.update().where(t.settings.c.key == key).values(value=value))
            if updated.rowcount == 0:
                connection.execute(t.settings.insert().values(key=key, value=value))
        self._settings_cache = None
        self._scheme = None

    # --- users ----------------------------------------------------------------------------

    def user_id(self, connection: Connection, name: str, *, role: str = "annotator") -> int:
        """The id of user ``name``, created with ``role`` on first use."""
        found = connection.execute(select(t.users.c.id).where(t.users.c.name == name)).scalar()
        if found is not None:
            return int(found)
        if role not in ROLES:
            raise ProjectError(f"unknown role {role!r} (one of {', '.join(ROLES)})")
        created = insert_if_absent(connection, t.users, ["name"], name=name, role=role, active=True, created_at=now())
        if created is not None:
            return int(created)
        # Another session created the same user meanwhile: its row is committed, so visible now.
        return int(connection.execute(select(t.users.c.id).where(t.users.c.name == name)).scalar_one())

    def users(self) -> list[tuple[str, str]]:
        with self.engine.connect() as connection:
            return [
                (row.name, row.role)
                for row in connection.execute(select(t.users.c.name, t.users.c.role).order_by(t.users.c.name))
            ]

    # --- documents ------------------------------------------------------------------------

    def document_count(self) -> int:
        with self.engine.connect() as connection:
            return int(connection.execute(select(func.count()).select_from(t.documents).where(visible_documents())).scalar_one())

    def document(self, pk: int) -> Document:
        with self.engine.connect() as connection:
            row = connection.execute(select(t.documents).where(t.documents.c.id == pk)).one_or_none()
        if row is None:
            raise ProjectError(f"no document with key {pk}")
        return Document(pk=row.id, doc_id=row.doc_id, text=row.text, title=row.title, meta=row.meta or {})

    def document_by_id(self, doc_id: str) -> Document | None:
        with self.engine.connect() as connection:
            pk = connection.execute(
                select(t.documents.c.id).where(t.documents.c.doc_id == doc_id, visible_documents())
            ).scalar()
        return None if pk is None else self.document(int(pk))

    def document_keys(self) -> list[int]:
        """Primary keys of all documents, in import order."""
        with self.engine.connect() as connection:
            query = select(t.documents.c.id).where(visible_documents()).order_by(t.documents.c.id)
            return [int(pk) for pk in connection.execute(query).scalars()]

    def log_event(
        self,
        connection: Connection,
        user_name: str,
        action: str,
        *,
        document_id: int | None = None,
        layer: str | None = None,
        payload: dict[str, Any] | None = None,
    ) -> None:
        connection.execute(
            t.events.insert().values(
                at=now(), user_name=user_name, document_id=document_id, layer=layer, action=action, payload=payload
            )
        )


__all__ = ["ROLES", "DatabaseError", "Document", "PasswordRequired", "Project", "ProjectError", "now"]
