"""Live updates on PostgreSQL: the server tells every desktop when the project changed.

Triggers on the tables that other people's windows show (documents, annotations and, where it
exists, routing claims) send ``NOTIFY annotator_changes, '<table>'`` at commit; a
:class:`ChangeListener` holds one LISTEN connection and answers, without a query, whether anything
arrived since the last look. SQLite has no server to notify; there ``PRAGMA data_version`` plays
this part (see :mod:`annotator.storage.watching`).
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect

CHANNEL = "annotator_changes"
WATCHED_TABLES = ("documents", "annotations", "claims")


def install_triggers(connection: Connection) -> None:
    """(Re)create the notifying function and triggers; idempotent, run after each upgrade."""
    connection.exec_driver_sql(
        "CREATE OR REPLACE FUNCTION annotator_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME); RETURN NULL; END $$"
    )
    present = set(inspect(connection).get_table_names())
    for table in WATCHED_TABLES:
        if table not in present:
            continue
        trigger = f"{table}_notify_change"
        connection.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{trigger}" ON "{table}"')
        # One notification per statement, not per row: an import of 10,000 documents sends one.
        connection.exec_driver_sql(
            f'CREATE TRIGGER "{trigger}" AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
            "FOR EACH STATEMENT EXECUTE FUNCTION annotator_notify_change()"
        )


class ChangeListener:
    """One LISTEN connection of its own; :meth:`changed_tables` never blocks."""

    def __init__(self, engine) -> None:  # type: ignore[no-untyped-def]
        self._connection = engine.raw_connection()
        self._driver = self._connection.driver_connection
        self._driver.autocommit = True
        self._driver.execute(f"LISTEN {CHANNEL}")

    def changed_tables(self) -> set[str]:
        """The tables changed by others' commits since the last call (empty when nothing came)."""
        return {notice.payload for notice in self._driver.notifies(timeout=0.0)}

    def close(self) -> None:
        try:
            self._driver.execute(f"UNLISTEN {CHANNEL}")
        finally:
            self._connection.close()
