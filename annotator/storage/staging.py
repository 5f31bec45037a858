"""Staged imports: written in short transactions, shown all at once, one import at a time.

A long import in one transaction would hold SQLite's write lock for minutes and freeze every
annotator's edits. Instead an import claims the single import slot (a row of ``imports`` with
``slot = 1``: the unique constraint lets one import run at a time, on both backends), writes its
new documents in short committed steps marked with its id (hidden from readers, see
:mod:`annotator.storage.visibility`), and shows them all by setting its row to ``done`` in the
final short transaction. A failed, cancelled or killed import leaves only hidden rows, which
:meth:`StagedImport.abandon` (or the next import, once the heartbeat is stale) deletes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

from sqlalchemy import Connection, select
from sqlalchemy.exc import IntegrityError

from annotator.storage import tables as t
from annotator.storage.project import Project, now
from annotator.storage.visibility import DONE, FAILED, RUNNING

#: An import whose heartbeat is older than this is taken for dead (killed, machine gone).
STALE_AFTER = timedelta(minutes=2)
DELETE_CHUNK = 200


class ImportBusy(Exception):
    """Another import is running on this project; the message says whose and since when."""


class ImportAbandoned(Exception):
    """This import was taken for dead by another one and its rows were removed."""


class StagedImport:
    def __init__(self, project: Project, user: str) -> None:
        self.project = project
        self.user = user
        self.id: int | None = None

    def claim(self) -> None:
        """Take the import slot, clearing a dead import's leftovers first; raises :class:`ImportBusy`."""
        for _attempt in range(2):
            try:
                with self.project.transaction() as connection:
                    stamp = now()
                    self.id = int(
                        connection.execute(
                            t.imports.insert()
                            .values(user_name=self.user, state=RUNNING, slot=1, started_at=stamp, heartbeat=stamp)
                            .returning(t.imports.c.id)
                        ).scalar_one()
                    )
                return
            except IntegrityError:
                self._clear_dead_import()
        raise ImportBusy("another import started at the same moment; try again when it has finished")

    def ensure_free(self) -> None:
        """Refuse now (:class:`ImportBusy`) when another import is running, without writing: the
        slot itself is taken by the first step, so an import that finds nothing to write leaves
        the project untouched."""
        self._clear_dead_import()

    def _clear_dead_import(self) -> None:
        with self.project.snapshot() as connection:
            running = connection.execute(select(t.imports).where(t.imports.c.slot == 1)).one_or_none()
        if running is None:
            return
        heartbeat = running.heartbeat if running.heartbeat.tzinfo else running.heartbeat.replace(tzinfo=now().tzinfo)
        if now() - heartbeat < STALE_AFTER:
            started = running.started_at.strftime("%Y-%m-%d %H:%M UTC")
            raise ImportBusy(
                f"another import (by {running.user_name}, started {started}) is still running on this project; "
                "try again when it has finished"
            )
        remove_import_rows(self.project, int(running.id))

    @contextmanager
    def step(self) -> Iterator[Connection]:
        """One short write transaction of this import; also proves the import is alive. The first
        one takes the import slot."""
        if self.id is None:
            self.claim()
        with self.project.transaction() as connection:
            self._beat(connection)
            yield connection
        self._checkpoint()

    def _checkpoint(self) -> None:
        """SQLite: copy the write-ahead log into the file now, between steps, so that the
        checkpoint its growth calls for is not left to (and felt by) an annotator's next edit."""
        if self.project.engine.dialect.name != "sqlite":
            return
        with self.project.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")

    def heartbeat(self) -> None:
        if self.id is None:  # nothing written yet: nothing to keep alive
            return
        with self.project.transaction() as connection:
            self._beat(connection)

    def _beat(self, connection: Connection) -> None:
        alive = connection.execute(
            t.imports.update().where(t.imports.c.id == self.id, t.imports.c.state == RUNNING).values(heartbeat=now())
        )
        if alive.rowcount == 0:
            raise ImportAbandoned("this import was idle too long and another import removed it; nothing was imported")

    def publish(self, connection: Connection) -> None:
        """Show the import's documents: one row changes, inside the caller's (last) step."""
        published = connection.execute(
            t.imports.update().where(t.imports.c.id == self.id, t.imports.c.state == RUNNING).values(state=DONE, slot=None)
        )
        if published.rowcount == 0:
            raise ImportAbandoned("this import was idle too long and another import removed it; nothing was imported")

    def abandon(self) -> None:
        """Remove what this import wrote and free the slot (after a problem, a cancel or an error)."""
        if self.id is not None:
            remove_import_rows(self.project, self.id)


def remove_import_rows(project: Project, import_id: int) -> None:
    """Delete an unfinished import's documents (their annotations go with them), a chunk per
    transaction, then mark it failed and free the slot."""
    with project.transaction() as connection:
        connection.execute(t.imports.update().where(t.imports.c.id == import_id).values(state=FAILED, slot=None))
    while True:
        with project.transaction() as connection:
            pks = list(
                connection.execute(
                    select(t.documents.c.id).where(t.documents.c.import_id == import_id).limit(DELETE_CHUNK)
                ).scalars()
            )
            if not pks:
                return
            connection.execute(t.documents.delete().where(t.documents.c.id.in_(pks)))
