"""Editing one annotator's annotation of one document, one edit per transaction.

Every edit goes through :func:`annotator.storage.editing.edit_context`: it is checked against the
text and the project's scheme, written at once, versioned and logged in the history. The GUI's
undo stack calls these same operations (and their inverses); each undo is one transaction too.

Optimistic locking: the editor remembers the version of each annotation it last read or wrote.
An edit made against an older version (someone else's session changed the annotation meanwhile)
is refused with an :class:`EditConflict` naming what changed; reading the record again
(:meth:`AnnotationEditor.record`) takes the new version.

Suggestions: when an annotator starts a document that has a ``prelabel`` layer, its spans and
relations are copied into the annotator's own layer with their ``source`` (``rule``/``model``)
kept. A span or relation whose source is not ``human`` is an unconfirmed suggestion; accepting
it sets its source to ``human``, rejecting it deletes it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, or_

from annotator.model.names import ANNOTATION, HUMAN, STATUS_NAMES
from annotator.model.records import Record, RecordProblem, Relation, Span, Status
from annotator.storage import tables as t
from annotator.storage.annotation_reads import (
    QueueEntry,
    annotation_of,
    newest_prelabel_id,
    read_document,
    read_queue,
    read_record,
)
from annotator.storage.annotation_start import ensure_annotation, started
from annotator.storage.edit_steps import (
    check_relations_of,
    check_span,
    insert_relation,
    insert_span,
    relation_row,
    relations_touching,
    span_row,
    span_rows,
)
from annotator.storage.editing import (
    Annotation,
    EditBusy,
    EditConflict,
    EditContext,
    EditError,
    describe_conflict,
    edit_context,
    plain_database_errors,
)
from annotator.storage.project import Project
from annotator.storage.rows import relation_from_row, span_from_row
from annotator.storage.suggestion_edits import accept_in, set_sources_in

__all__ = ["AnnotationEditor", "EditBusy", "EditConflict", "EditError", "QueueEntry", "read_record"]


class AnnotationEditor:
    """Edits by one annotator in one layer (``annotation`` by default)."""

    def __init__(self, project: Project, annotator: str, layer: str = ANNOTATION) -> None:
        if not annotator.strip():
            raise EditError("an annotator needs a name")
        if "\x00" in annotator or len(annotator.strip()) > (t.users.c.name.type.length or 0):
            raise EditError(f"an annotator's name has at most {t.users.c.name.type.length} characters and no NUL")
        if layer == "gold":  # only leads write gold (in PostgreSQL the database will enforce it too)
            from annotator.storage.roles import RoleError, require_lead

            try:
                require_lead(project, annotator.strip())
            except RoleError as error:
                raise EditError(str(error)) from error
        self.project = project
        self.annotator = annotator.strip()
        self.layer = layer
        self._seen: dict[int, int] = {}  # document key -> version of the annotation this session last saw

    # --- reading --------------------------------------------------------------------------

    def seen_version(self, doc_pk: int) -> int | None:
        """The version of this annotator's annotation that this editor last read or wrote."""
        return self._seen.get(doc_pk)

    def record(self, doc_pk: int) -> Record | None:
        """This annotator's record of the document, or None before they started it."""
        with plain_database_errors(), self.project.snapshot() as connection:
            document = read_document(connection, doc_pk)
            if document is None:
                raise EditError(f"no document with key {doc_pk}")
            found = annotation_of(connection, doc_pk, self.annotator, self.layer)
            if found is None:
                return None
            self._seen[doc_pk] = found[1]
            return read_record(connection, found[0], document)

    def prelabel(self, doc_pk: int) -> Record | None:
        """The document's pre-labels (the newest pre-labeller's), if any."""
        with plain_database_errors(), self.project.snapshot() as connection:
            document = read_document(connection, doc_pk)
            found = newest_prelabel_id(connection, doc_pk)
            return None if found is None or document is None else read_record(connection, found, document)

    def queue(
        self, *, status: str | None = None, search: str | None = None, limit: int = 1000, offset: int = 0
    ) -> list[QueueEntry]:
        """Documents as this annotator sees them (see :func:`read_queue`)."""
        with plain_database_errors(), self.project.snapshot() as connection:
            return read_queue(
                connection, self.annotator, self.layer, status=status, search=search, limit=limit, offset=offset
            )

    # --- the edit path ----------------------------------------------------------------------

    @contextmanager
    def _edit(self, doc_pk: int, action: str, version: int | None = None) -> Iterator[EditContext]:
        """The context of every edit; ``version`` defaults to the one this editor last saw."""
        expected = self._seen.get(doc_pk) if version is None else version

        def log(connection: Connection, edit: EditContext) -> None:
            self.project.log_event(
                connection, self.annotator, action, document_id=doc_pk, layer=self.layer, payload=edit.payload
            )

        with edit_context(
            self.project,
            doc_pk,
            ensure=self._ensure,
            expected_version=expected,
            describe_conflict=lambda connection, seen, current: describe_conflict(
                connection, doc_pk, self.annotator, self.layer, seen, current
            ),
            log=log,
        ) as edit:
            yield edit
            if action != "status":
                started(edit.connection, edit.annotation_id)
        self._seen[doc_pk] = edit.version

    def _ensure(self, connection: Connection, doc_pk: int) -> Annotation:
        """This annotator's annotation row, locked and made on first use (:func:`ensure_annotation`)."""
        return ensure_annotation(self.project, connection, doc_pk, self.annotator, self.layer)

    def start(self, doc_pk: int) -> Record:
        """This annotator's record, created (with the pre-labels copied in as suggestions) on first use."""
        with plain_database_errors(), self.project.transaction() as connection:
            self._ensure(connection, doc_pk)
        record = self.record(doc_pk)
        assert record is not None
        return record

    # --- status and time --------------------------------------------------------------------

    def set_status(self, doc_pk: int, status: Status, *, comment: str | None = None, add_seconds: float = 0.0) -> None:
        if status not in STATUS_NAMES:
            raise EditError(f"unknown status {status!r}")
        with self._edit(doc_pk, "status") as edit:
            values: dict[str, Any] = {"status": status, "seconds": t.annotations.c.seconds + max(add_seconds, 0.0)}
            if comment is not None:
                values["comment"] = comment
            edit.connection.execute(t.annotations.update().where(t.annotations.c.id == edit.annotation_id).values(**values))
            edit.payload.update(status=status, comment=comment, seconds=add_seconds)

    def add_time(self, doc_pk: int, seconds: float) -> None:
        """Record time spent on a document without changing its status (not an edit: no version)."""
        if seconds <= 0:
            return
        with plain_database_errors(), self.project.transaction() as connection:
            annotation = self._ensure(connection, doc_pk)
            connection.execute(
                t.annotations.update()
                .where(t.annotations.c.id == annotation.id)
                .values(seconds=t.annotations.c.seconds + seconds)
            )

    # --- span edits -------------------------------------------------------------------------

    def add_span(
        self,
        doc_pk: int,
        start: int,
        end: int,
        label: str,
        *,
        source: str = HUMAN,
        score: float | None = None,
        attrs: dict[str, Any] | None = None,
        key: str | None = None,
        version: int | None = None,
    ) -> Span:
        if attrs:
            try:
                self.project.scheme.check_attrs(label, attrs)
            except RecordProblem as problem:
                raise EditError(str(problem)) from problem
        with self._edit(doc_pk, "add_span", version) as edit:
            span = insert_span(self.project.scheme, edit, start, end, label, source=source, score=score, attrs=attrs, key=key)
            edit.payload.update(id=span.id, start=start, end=end, label=label, source=source)
        return span

    def update_span(
        self,
        doc_pk: int,
        span_id: str,
        *,
        start: int | None = None,
        end: int | None = None,
        label: str | None = None,
        source: str | None = None,
        version: int | None = None,
    ) -> tuple[Span, Span]:
        """Change a span's offsets, label or source; returns (before, after)."""
        with self._edit(doc_pk, "update_span", version) as edit:
            connection = edit.connection
            row = span_row(connection, edit.annotation_id, span_id)
            new_start = row.start if start is None else start
            new_end = row.end if end is None else end
            new_label = row.label if label is None else label
            others = [other for other in span_rows(connection, edit.annotation_id) if other.id != row.id]
            check_span(self.project.scheme, edit.text, new_start, new_end, new_label, others)
            if new_label != row.label:
                check_relations_of(self.project.scheme, connection, row.id, new_label)
            values = {"start": new_start, "end": new_end, "label": new_label}
            if source is not None:
                values["source"] = source
            connection.execute(t.spans.update().where(t.spans.c.id == row.id).values(**values))
            edit.payload.update(
                id=span_id,
                before=[row.start, row.end, row.label, row.source],
                after=[new_start, new_end, new_label, source or row.source],
            )
            after = span_row(connection, edit.annotation_id, span_id)
        return span_from_row(row, edit.text), span_from_row(after, edit.text)

    def set_span_attrs(
        self, doc_pk: int, span_id: str, attrs: dict[str, Any], *, source: str | None = HUMAN, version: int | None = None
    ) -> tuple[Span, Span]:
        """Replace a span's attributes (checked against the scheme); returns (before, after).

        Setting an attribute confirms a suggestion (``source`` human) unless ``source`` says
        otherwise: undo passes the old source back."""
        with self._edit(doc_pk, "set_span_attrs", version) as edit:
            connection = edit.connection
            row = span_row(connection, edit.annotation_id, span_id)
            try:
                self.project.scheme.check_attrs(row.label, attrs)
            except RecordProblem as problem:
                raise EditError(str(problem)) from problem
            values: dict[str, Any] = {"attrs": dict(attrs) or None}
            if source is not None:
                values["source"] = source
            connection.execute(t.spans.update().where(t.spans.c.id == row.id).values(**values))
            edit.payload.update(id=span_id, before=row.attrs or {}, after=dict(attrs), source=source or row.source)
            after = span_row(connection, edit.annotation_id, span_id)
        return span_from_row(row, edit.text), span_from_row(after, edit.text)

    def delete_span(self, doc_pk: int, span_id: str, *, version: int | None = None) -> tuple[Span, list[Relation]]:
        """Delete a span and the relations that touch it; returns both, for undo."""
        with self._edit(doc_pk, "delete_span", version) as edit:
            connection = edit.connection
            row = span_row(connection, edit.annotation_id, span_id)
            removed = relations_touching(connection, row.id)
            connection.execute(t.relations.delete().where(or_(t.relations.c.head_id == row.id, t.relations.c.child_id == row.id)))
            connection.execute(t.spans.delete().where(t.spans.c.id == row.id))
            edit.payload.update(id=span_id, relations=[rel.id for rel in removed])
        return span_from_row(row, edit.text), removed

    def restore_span(self, doc_pk: int, span: Span, relations: list[Relation], *, version: int | None = None) -> None:
        """Undo of :meth:`delete_span`: the span with its id and its relations come back, all or nothing."""
        with self._edit(doc_pk, "restore_span", version) as edit:
            insert_span(
                self.project.scheme,
                edit, span.start, span.end, span.label, source=span.source, score=span.score, attrs=span.attrs, key=span.id
            )
            for relation in relations:
                insert_relation(
                    self.project.scheme,
                    edit, relation.head, relation.child, relation.label, source=relation.source, key=relation.id
                )
            edit.payload.update(id=span.id, label=span.label, relations=[rel.id for rel in relations])

    # --- relation edits ---------------------------------------------------------------------

    def add_relation(
        self,
        doc_pk: int,
        head: str,
        child: str,
        label: str,
        *,
        source: str = HUMAN,
        key: str | None = None,
        version: int | None = None,
    ) -> Relation:
        with self._edit(doc_pk, "add_relation", version) as edit:
            relation = insert_relation(self.project.scheme, edit, head, child, label, source=source, key=key)
            edit.payload.update(id=relation.id, head=head, child=child, label=label)
        return relation

    def delete_relation(self, doc_pk: int, relation_id: str, *, version: int | None = None) -> Relation:
        with self._edit(doc_pk, "delete_relation", version) as edit:
            row = relation_row(edit.connection, edit.annotation_id, relation_id)
            edit.connection.execute(t.relations.delete().where(t.relations.c.id == row.id))
            edit.payload.update(id=relation_id)
        return relation_from_row(row)

    # --- suggestions ------------------------------------------------------------------------

    def accept_suggestions(
        self, doc_pk: int, span_ids: list[str] | None = None, *, version: int | None = None
    ) -> tuple[list[str], list[str]]:
        """Confirm suggestions (all of them when ``span_ids`` is None): their source becomes ``human``.

        Relations between confirmed spans are confirmed with them. Returns the span and relation
        ids that changed, so that undo can set them back.
        """
        with self._edit(doc_pk, "accept", version) as edit:
            changed_spans, changed_relations = accept_in(edit, span_ids)
            edit.payload.update(spans=changed_spans, relations=changed_relations)
        return changed_spans, changed_relations

    def set_sources(
        self, doc_pk: int, span_sources: dict[str, str], relation_sources: dict[str, str], *, version: int | None = None
    ) -> None:
        """Set the source of the given spans and relations (undo of :meth:`accept_suggestions`)."""
        with self._edit(doc_pk, "set_sources", version) as edit:
            set_sources_in(edit, span_sources, relation_sources)
            edit.payload.update(spans=span_sources, relations=relation_sources)
