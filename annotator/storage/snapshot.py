"""A private copy of a project, for looking without touching: `annotator gui --screenshot` opens
the copy, so that starting a document there changes nothing in the real project."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import select

from annotator.storage import tables as t
from annotator.storage.database import is_url, make_engine, upgrade
from annotator.storage.project import Project, ProjectError

ROWS_PER_CHUNK = 5000


def snapshot_project(location: str | Path, target: Path) -> Path:
    """Copy the project at ``location`` (file or URL) into a new SQLite file ``target``."""
    if target.exists():
        raise ProjectError(f"{target}: a file of that name exists already")
    Project.open(location).close()  # the same checks and messages as opening it
    if not is_url(location):
        source = sqlite3.connect(f"{Path(location).absolute().as_uri()}?mode=rw", uri=True)  # only read
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)  # consistent even while another process writes (WAL included)
        finally:
            copy.close()
            source.close()
        return target
    source_engine, copy_engine = make_engine(location), make_engine(target)
    try:
        upgrade(copy_engine)
        with source_engine.connect() as reading, copy_engine.begin() as writing:
            for table in t.metadata.sorted_tables:
                if table.name == "alembic_version":
                    continue
                rows = reading.execute(select(table)).mappings()
                while chunk := rows.fetchmany(ROWS_PER_CHUNK):
                    writing.execute(table.insert(), [dict(row) for row in chunk])
    finally:
        source_engine.dispose()
        copy_engine.dispose()
    return target
