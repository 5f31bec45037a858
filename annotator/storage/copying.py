"""Copy a whole project into a new database: SQLite to PostgreSQL and back.

Rows keep their primary keys, so spans, relations and the history still point where they did.
The source is read in one snapshot; the destination is written in one transaction, after every
row was checked against what the destination can store (NUL characters, column sizes), so a
copy either completes or leaves no project behind. Only finished imports are copied.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, String, Table, func, inspect, select, text
from sqlalchemy.engine import make_url

from annotator.progress import ProgressHook, no_progress
from annotator.storage import tables as t
from annotator.storage.database import is_url, make_engine, upgrade, write_transaction
from annotator.storage.project import Project, ProjectError
from annotator.storage.visibility import visible_documents
from annotator.wording import plural

#: Tables in the order their foreign keys need (tables added later come along by themselves);
#: ``settings`` is copied first on its own, ``imports`` not at all (see module docstring).
ORDER = tuple(table for table in t.metadata.sorted_tables if table.name not in ("settings", "imports"))
CHUNK = 1000


@dataclass
class CopyReport:
    rows: dict[str, int] = field(default_factory=dict)

    def format_text(self) -> str:
        return ", ".join(plural(count, _ROW_NAMES.get(name, name)) for name, count in self.rows.items())


#: How a table's rows are called in the summary ("1 document", "2 span relations"...).
_ROW_NAMES = {
    "users": "user",
    "documents": "document",
    "annotations": "annotation",
    "spans": "span",
    "relations": "relation",
    "events": "history event",
    "claims": "claim",
    "routing_quota": "routing quota",
}


def shown(location: str) -> str:
    """A location for messages: a URL's password is masked."""
    if not is_url(location):
        return location
    try:
        return make_url(location).render_as_string(hide_password=True)
    except Exception:  # not a URL SQLAlchemy understands: show only its scheme
        return location.split("://", 1)[0] + "://..."


def copy_project(source: Project, destination: str, progress: ProgressHook | None = None) -> CopyReport:
    """Copy ``source`` into a new project at ``destination``; raises :class:`ProjectError`."""
    progress = progress or no_progress
    if not is_url(destination) and Path(destination).exists():
        raise ProjectError(f"{shown(destination)}: a file of that name exists already")
    with source.snapshot() as reading:
        engine = make_engine(destination)
        try:
            if is_url(destination) and t.settings.name in _table_names(engine):
                raise ProjectError(f"{shown(destination)}: that database holds a project already")
            upgrade(engine)
            report = CopyReport()
            total = sum(_count(reading, table) for table in ORDER)
            done = 0
            with write_transaction(engine) as writing:
                settings = [dict(row) for row in reading.execute(select(t.settings)).mappings()]
                _check(source, t.settings, settings)
                writing.execute(t.settings.insert(), settings)
                for table in ORDER:
                    report.rows[table.name] = 0
                    for chunk in _rows(reading, table):
                        _check(source, table, chunk)
                        writing.execute(table.insert(), chunk)
                        report.rows[table.name] += len(chunk)
                        done += len(chunk)
                        progress(done, total)
                _reset_sequences(writing)
        except BaseException:
            _remove(engine, destination)
            raise
        engine.dispose()
    return report


def _check(source: Project, table: Table, rows: list[dict[str, Any]]) -> None:
    problems = _problems(table, rows)
    if problems:
        listing = "\n".join(f"  {problem}" for problem in problems[:20])
        more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
        raise ProjectError(f"{shown(source.location)}: nothing was copied; the destination cannot store:\n{listing}{more}")


def _table_names(engine: Any) -> list[str]:
    return inspect(engine).get_table_names()


def _selection(table: Table) -> Any:
    query = select(table)
    if table is t.documents:
        query = query.where(visible_documents())
    elif table is t.annotations:
        query = query.where(t.annotations.c.document_id.in_(select(t.documents.c.id).where(visible_documents())))
    elif table in (t.spans, t.relations):
        visible = select(t.annotations.c.id).where(
            t.annotations.c.document_id.in_(select(t.documents.c.id).where(visible_documents()))
        )
        query = query.where(table.c.annotation_id.in_(visible))
    return query.order_by(_key(table))


def _key(table: Table) -> Any:
    """The single-column primary key that chunks are read by."""
    return next(iter(table.primary_key.columns))


def _count(connection: Connection, table: Table) -> int:
    return int(connection.execute(select(func.count()).select_from(_selection(table).subquery())).scalar_one())


def _rows(connection: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    last = 0
    while True:
        key = _key(table)
        rows = connection.execute(_selection(table).where(key > last).limit(CHUNK)).mappings().all()
        if not rows:
            return
        last = rows[-1][key.name]
        chunk = [_portable(dict(row)) for row in rows]
        if table is t.documents:
            for row in chunk:
                row["import_id"] = None  # the destination has no imports table rows: all are finished
        yield chunk


def _portable(row: dict[str, Any]) -> dict[str, Any]:
    """SQLite gives datetimes back without a zone; they were written in UTC."""
    for key, value in row.items():
        if isinstance(value, datetime) and value.tzinfo is None:
            row[key] = value.replace(tzinfo=UTC)
    return row


def _problems(table: Table, rows: list[dict[str, Any]]) -> list[str]:
    """Values SQLite stores and PostgreSQL refuses: NUL characters, strings over their size."""
    problems = []
    checked = [(column.name, getattr(column.type, "length", None)) for column in table.columns if isinstance(column.type, String)]
    for row in rows:
        for name, size in checked:
            value = row.get(name)
            if not isinstance(value, str):
                continue
            where = f"{table.name} {row.get('id', row.get('key'))}"
            if "\x00" in value:
                problems.append(f"{where}: {name} has a NUL character")
            elif size and len(value) > size:
                problems.append(f"{where}: {name} has {len(value)} characters (at most {size})")
    return problems


def _reset_sequences(connection: Connection) -> None:
    """PostgreSQL: the id sequences continue after the copied ids."""
    if connection.dialect.name != "postgresql":
        return
    for table in (*ORDER, t.imports):
        if "id" not in table.c:
            continue
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
            )
        )


def _remove(engine: Any, destination: str) -> None:
    """Leave nothing behind after a failed copy."""
    try:
        if engine.dialect.name == "sqlite":
            engine.dispose()
            for suffix in ("", "-wal", "-shm"):
                Path(destination + suffix).unlink(missing_ok=True)
            return
        with engine.begin() as connection:  # CASCADE: the row-level security policies go too
            for table in [*t.metadata.sorted_tables, "alembic_version"]:
                connection.execute(text(f'DROP TABLE IF EXISTS "{getattr(table, "name", table)}" CASCADE'))
    finally:
        engine.dispose()
