"""Which documents readers see: those not still being written by an unfinished import.

An import writes its new documents in short committed steps with ``documents.import_id`` set
to its row in ``imports``; the last step sets that row's state to ``done`` (one row, so the
switch is instant and atomic). Until then, and for ever if the import fails, readers skip them.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, or_, select

from annotator.storage import tables as t

DONE = "done"
RUNNING = "running"
FAILED = "failed"


def visible_documents() -> ColumnElement[bool]:
    """A WHERE condition on ``documents``: imported completely (or written outside any import)."""
    finished = select(t.imports.c.id).where(t.imports.c.state == DONE)
    return or_(t.documents.c.import_id.is_(None), t.documents.c.import_id.in_(finished))
