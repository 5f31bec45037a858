"""The one path every edit takes: a write transaction around (annotation, connection, event).

:func:`edit_context` opens the transaction, reads the document text inside it, creates the
annotation on first use, locks its row, checks the version the caller saw (optimistic locking),
and on the way out bumps the version, stamps ``updated_at`` and logs exactly one event. A raw
database error never leaves it: it becomes an :class:`EditError` with a plain message.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from annotator.storage import tables as t
from annotator.storage.project import Project, now


class EditError(Exception):
    """An edit that would break the text, the scheme or the annotation; nothing was written."""


class EditConflict(EditError):
    """Someone else changed the annotation since this session read it; reload and edit again."""


class EditBusy(EditError):
    """The database stayed locked by another writer; nothing was written, trying again may succeed."""


@dataclass
class EditContext:
    """What an edit works on. ``payload`` is what the edit's event will record."""

    connection: Connection
    doc_pk: int
    annotation_id: int
    text: str
    version: int  # as found when the edit began; the edit writes version + 1
    payload: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Annotation:
    id: int
    version: int


def document_text(connection: Connection, doc_pk: int) -> str:
    text = connection.execute(select(t.documents.c.text).where(t.documents.c.id == doc_pk)).scalar()
    if text is None:
        raise EditError(f"no document with key {doc_pk}")
    return str(text)


@contextmanager
def plain_database_errors() -> Iterator[None]:
    """Turn what the database refuses into an :class:`EditError` a person can read."""
    try:
        yield
    except IntegrityError as error:
        raise EditConflict(
            "another session changed this annotation at the same moment, so this edit was not saved; "
            "reload the document and make it again"
        ) from error
    except OperationalError as error:
        detail = str(error.orig).strip().splitlines()[0] if error.orig is not None else "unknown reason"
        if "locked" in detail or "busy" in detail:
            raise EditBusy(
                "the project database is busy with another writer; nothing was saved, try again in a moment"
            ) from error
        if "could not serialize" in detail or "deadlock" in detail:
            raise EditConflict("another session was editing the same annotation; nothing was saved, try again") from error
        raise EditError(f"the database refused the edit ({detail}); nothing was saved") from error
    except DBAPIError as error:
        detail = str(error.orig).strip().splitlines()[0] if error.orig is not None else "unknown reason"
        raise EditError(f"the database refused the edit ({detail}); nothing was saved") from error


@contextmanager
def edit_context(
    project: Project,
    doc_pk: int,
    *,
    ensure: Callable[[Connection, int], Annotation],
    expected_version: int | None,
    describe_conflict: Callable[[Connection, int, int], str],
    log: Callable[[Connection, EditContext], None],
) -> Iterator[EditContext]:
    """One edit in one transaction; see the module docstring. ``ensure`` returns the annotation
    row, locked for the rest of the transaction (created on first use)."""
    with plain_database_errors(), project.transaction() as connection:
        text = document_text(connection, doc_pk)
        annotation = ensure(connection, doc_pk)
        if expected_version is not None and expected_version != annotation.version:
            raise EditConflict(describe_conflict(connection, expected_version, annotation.version))
        edit = EditContext(connection, doc_pk, annotation.id, text, annotation.version)
        yield edit
        connection.execute(
            t.annotations.update()
            .where(t.annotations.c.id == annotation.id)
            .values(updated_at=now(), version=annotation.version + 1)
        )
        edit.version = annotation.version + 1
        edit.payload["version"] = edit.version
        log(connection, edit)


def describe_conflict(connection: Connection, doc_pk: int, annotator: str, layer: str, seen: int, current: int) -> str:
    """What changed between the version a session saw and the current one, from the history."""
    events = connection.execute(
        select(t.events.c.action, t.events.c.payload)
        .where(
            t.events.c.document_id == doc_pk,
            t.events.c.user_name == annotator,
            t.events.c.layer == layer,
            t.events.c.action != "start",
        )
        .order_by(t.events.c.id.desc())
        .limit(max(min(current - seen, 5), 1))
    ).all()
    changes = "; ".join(describe_event(row.action, row.payload or {}) for row in reversed(events))
    more = f" (and {current - seen - len(events)} more)" if current - seen > len(events) else ""
    return (
        f"{annotator}'s {layer} of this document was changed in another session meanwhile "
        f"(version {seen} -> {current}: {changes}{more}); nothing was saved, reload the document"
    )


def describe_event(action: str, payload: dict[str, Any]) -> str:
    """One short phrase for an edit in the history, e.g. ``add_span s3 PERSON 10-15``."""
    parts = [action.replace("_", " ")]
    if "id" in payload:
        parts.append(str(payload["id"]))
    if "label" in payload:
        parts.append(str(payload["label"]))
    if "start" in payload and "end" in payload:
        parts.append(f"{payload['start']}-{payload['end']}")
    if "status" in payload:
        parts.append(str(payload["status"]))
    return " ".join(parts)
