"""The few statements that differ between SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.dialects import postgresql, sqlite


def insert_if_absent(connection: Connection, table: Table, conflict_columns: list[str], **values: Any) -> Any:
    """``INSERT ... ON CONFLICT DO NOTHING RETURNING id``: the new row's id, or None when a
    concurrent or earlier writer inserted the same key first (no error, no check-then-insert race)."""
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    statement = (
        dialect.insert(table).values(**values).on_conflict_do_nothing(index_elements=conflict_columns).returning(table.c.id)
    )
    return connection.execute(statement).scalar()
