"""Copy a whole project to another database, either way between SQLite and PostgreSQL, so that a
team can start on one desktop and move to a server (or take a server's project home).

Every table is copied row for row, ids included, in the order of its foreign keys, in batches that
keep memory flat; the destination is written in one transaction, so a failed copy leaves nothing.
The destination must be new: a file that does not exist yet, or an empty PostgreSQL database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Connection, Integer, Table, func, select

from annotator.storage import tables as t
from annotator.storage.project import Project

BATCH = 2000


@dataclass
class CopyReport:
    rows: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        return ", ".join(f"{count} {name}" for name, count in self.rows.items())


def _copy_table(source: Connection, target: Connection, table: Table, report: CopyReport) -> None:
    key = table.primary_key.columns.values()[0]
    statement = select(table).order_by(*table.primary_key.columns)
    copied = 0
    for chunk in source.execute(statement.execution_options(yield_per=BATCH)).mappings().partitions(BATCH):
        target.execute(table.insert(), [dict(row) for row in chunk])
        copied += len(chunk)
    report.rows[table.name] = copied
    if target.dialect.name == "postgresql" and isinstance(key.type, Integer):
        # Rows came with their ids: move the sequence past them, or the next insert collides.
        highest = target.execute(select(func.max(key))).scalar()
        if highest is not None:
            target.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', '{key.name}'), {int(highest)})"
            )


def copy_project(
    source: Project, destination: str, *, progress: Callable[[str], None] | None = None
) -> CopyReport:
    """Create ``destination`` and copy every row of ``source`` into it; returns the counts."""
    target = Project.create(destination, lang=source.lang, scheme=source.scheme, name=source.name)
    report = CopyReport()
    try:
        with source.engine.connect() as reading, reading.begin(), target.transaction() as writing:
            if reading.dialect.name == "postgresql":  # one snapshot of the whole source
                reading.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            writing.execute(t.settings.delete())
            for table in t.metadata.sorted_tables:
                if progress is not None:
                    progress(table.name)
                _copy_table(reading, writing, table, report)
    except BaseException:
        target.close()
        _discard(destination)
        raise
    target.close()
    return report


def _discard(destination: str) -> None:
    """Remove what a failed copy created: the new SQLite file (a PostgreSQL database is emptied by
    the rolled-back transaction, but its schema stays)."""
    from pathlib import Path

    from annotator.storage.database import is_url

    if not is_url(destination):
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(destination + suffix).unlink(missing_ok=True)
