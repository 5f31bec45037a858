"""Noticing cheaply that another process added documents to a project.

The window polls this every few seconds so that its queue shows documents imported by the
command line. On SQLite ``PRAGMA data_version`` tells, without reading any table, whether
another connection committed since the last look; only then are the documents counted. On
PostgreSQL the server announces changes (LISTEN/NOTIFY, see :mod:`annotator.storage.notifications`)
and the documents are counted only after an announcement about them.
"""

from __future__ import annotations

from sqlalchemy import Connection, func, select

from annotator.storage import tables as t
from annotator.storage.notifications import ChangeListener
from annotator.storage.project import Project
from annotator.storage.visibility import visible_documents

#: What identifies the set of documents: (how many, the highest key).
Marker = tuple[int, int]


def documents_marker(connection: Connection) -> Marker:
    """Of the documents readers see: an import's documents count once it is done, not while its
    hidden steps are written (else the window would read its queue again every poll of an import)."""
    count, highest = connection.execute(
        select(func.count(), func.coalesce(func.max(t.documents.c.id), 0)).where(visible_documents())
    ).one()
    return int(count), int(highest)


class DocumentWatcher:
    """Keeps one connection of its own open and answers "were documents added or removed?"."""

    def __init__(self, project: Project) -> None:
        self._connection = project.engine.connect()
        self._sqlite = project.engine.dialect.name == "sqlite"
        self._listener = None if self._sqlite else ChangeListener(project.engine)
        self._version: int | None = None
        self._marker = self._read_marker()

    def _data_version(self) -> int:
        version = self._connection.exec_driver_sql("PRAGMA data_version").scalar()
        self._connection.rollback()  # never hold a read transaction between two polls
        return int(version or 0)

    def _read_marker(self) -> Marker:
        if self._sqlite:
            self._version = self._data_version()
        marker = documents_marker(self._connection)
        self._connection.rollback()
        return marker

    def change_marker(self) -> Marker:
        """The documents' marker as of now (skipping the count when SQLite saw no commit)."""
        if self._sqlite and self._data_version() == self._version:
            return self._marker
        if self._listener is not None and "documents" not in self._listener.changed_tables():
            return self._marker
        return self._read_marker()

    def changed(self) -> bool:
        """True once after each change of the project's documents since the last call."""
        marker = self.change_marker()
        if marker == self._marker:
            return False
        self._marker = marker
        return True

    def close(self) -> None:
        if self._listener is not None:
            self._listener.close()
        self._connection.close()
