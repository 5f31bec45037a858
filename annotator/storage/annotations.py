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

import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, and_, or_, select

from annotator.model.names import ANNOTATION, HUMAN, IN_PROGRESS, STATUS_NAMES
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
from annotator.storage.bulk import copy_annotation_content
from annotator.storage.dialects import insert_if_absent
from annotator.storage.editing import (
    Annotation,
    EditConflict,
    EditContext,
    EditError,
    edit_context,
    plain_database_errors,
)
from annotator.storage.project import Project, now
from annotator.storage.rows import finite_score, span_from_row

__all__ = ["AnnotationEditor", "EditConflict", "EditError", "QueueEntry", "read_record"]


def _next_key(keys: list[str], prefix: str) -> str:
    numbers = [int(match.group(1)) for key in keys if (match := re.fullmatch(rf"{prefix}(\d+)", key))]
    return f"{prefix}{max(numbers, default=0) + 1}"


class AnnotationEditor:
    """Edits by one annotator in one layer (``annotation`` by default)."""

    def __init__(self, project: Project, annotator: str, layer: str = ANNOTATION) -> None:
        if not annotator.strip():
            raise EditError("an annotator needs a name")
        if "\x00" in annotator or len(annotator.strip()) > (t.users.c.name.type.length or 0):
            raise EditError(f"an annotator's name has at most {t.users.c.name.type.length} characters and no NUL")
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
            describe_conflict=lambda connection, seen, current: self._conflict(connection, doc_pk, seen, current),
            log=log,
        ) as edit:
            yield edit
        self._seen[doc_pk] = edit.version

    def _ensure(self, connection: Connection, doc_pk: int) -> Annotation:
        """This annotator's annotation row, locked until the transaction ends; created on first use
        (with the pre-labels copied in). Two sessions starting it at once make one row."""
        locked = (
            select(t.annotations.c.id, t.annotations.c.version)
            .join(t.users, t.users.c.id == t.annotations.c.user_id)
            .where(t.annotations.c.document_id == doc_pk, t.users.c.name == self.annotator, t.annotations.c.layer == self.layer)
            .with_for_update(of=t.annotations)
        )
        row = connection.execute(locked).one_or_none()
        if row is None:
            user_id = self.project.user_id(connection, self.annotator)
            created = insert_if_absent(
                connection,
                t.annotations,
                ["document_id", "user_id", "layer"],
                document_id=doc_pk,
                user_id=user_id,
                layer=self.layer,
                status=IN_PROGRESS,
                seconds=0.0,
                updated_at=now(),
                version=0,
            )
            if created is not None:
                if self.layer == ANNOTATION and (source_id := newest_prelabel_id(connection, doc_pk)) is not None:
                    copy_annotation_content(connection, source_id, int(created))
                self.project.log_event(connection, self.annotator, "start", document_id=doc_pk, layer=self.layer)
            row = connection.execute(locked).one()
        return Annotation(int(row.id), int(row.version))

    def _conflict(self, connection: Connection, doc_pk: int, seen: int, current: int) -> str:
        """What changed between the version this session saw and the current one."""
        events = connection.execute(
            select(t.events.c.action, t.events.c.payload)
            .where(
                t.events.c.document_id == doc_pk,
                t.events.c.user_name == self.annotator,
                t.events.c.layer == self.layer,
                t.events.c.action != "start",
            )
            .order_by(t.events.c.id.desc())
            .limit(max(min(current - seen, 5), 1))
        ).all()
        changes = "; ".join(_describe_event(row.action, row.payload or {}) for row in reversed(events))
        more = f" (and {current - seen - len(events)} more)" if current - seen > len(events) else ""
        return (
            f"{self.annotator}'s {self.layer} of this document was changed in another session meanwhile "
            f"(version {seen} -> {current}: {changes}{more}); nothing was saved, reload the document"
        )

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

    def _spans(self, connection: Connection, annotation_id: int) -> list[Any]:
        """What the checks of an edit need of the other spans (not their attrs: decoding those is the cost)."""
        columns = (t.spans.c.id, t.spans.c.key, t.spans.c.start, t.spans.c.end, t.spans.c.label)
        return connection.execute(select(*columns).where(t.spans.c.annotation_id == annotation_id)).all()

    def _check_span(self, text: str, start: int, end: int, label: str, others: list[Any]) -> None:
        if not 0 <= start < end <= len(text):
            raise EditError(f"span {start}-{end} is outside the text (0-{len(text)}) or empty")
        scheme = self.project.scheme
        if scheme.span_label(label) is None:
            raise EditError(f"label {label!r} is not in the project's scheme")
        existing = [(row.start, row.end, row.label) for row in others]
        if scheme.overlapping_exclusive(existing, start, end, label):
            raise EditError(f"a {label} span at {start}-{end} would overlap another {', '.join(scheme.exclusive_groups)} span")
        if any(row.start == start and row.end == end and row.label == label for row in others):
            raise EditError(f"a {label} span at {start}-{end} exists already")

    def _span_row(self, connection: Connection, annotation_id: int, key: str) -> Any:
        row = connection.execute(
            select(t.spans).where(t.spans.c.annotation_id == annotation_id, t.spans.c.key == key)
        ).one_or_none()
        if row is None:
            raise EditError(f"no span {key!r} in this annotation")
        return row

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
        with self._edit(doc_pk, "add_span", version) as edit:
            span = self._insert_span(edit, start, end, label, source=source, score=score, attrs=attrs, key=key)
            edit.payload.update(id=span.id, start=start, end=end, label=label, source=source)
        return span

    def _insert_span(
        self,
        edit: EditContext,
        start: int,
        end: int,
        label: str,
        *,
        source: str,
        score: float | None,
        attrs: dict[str, Any] | None,
        key: str | None,
    ) -> Span:
        if score is not None and not math.isfinite(score):
            raise EditError(f"a score must be a finite number, not {score}")
        others = self._spans(edit.connection, edit.annotation_id)
        self._check_span(edit.text, start, end, label, others)
        if key is None:
            key = _next_key([row.key for row in others], "s")
        elif any(row.key == key for row in others):
            raise EditError(f"span id {key!r} is taken")
        edit.connection.execute(
            t.spans.insert().values(
                annotation_id=edit.annotation_id,
                key=key,
                start=start,
                end=end,
                label=label,
                source=source,
                score=score,
                attrs=attrs or {},
            )
        )
        return Span(
            id=key, start=start, end=end, label=label, text=edit.text[start:end], source=source, score=score, attrs=attrs or {}
        )  # type: ignore[arg-type]

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
            row = self._span_row(connection, edit.annotation_id, span_id)
            new_start = row.start if start is None else start
            new_end = row.end if end is None else end
            new_label = row.label if label is None else label
            others = [other for other in self._spans(connection, edit.annotation_id) if other.id != row.id]
            self._check_span(edit.text, new_start, new_end, new_label, others)
            if new_label != row.label:
                self._check_relations_of(connection, row.id, new_label)
            values = {"start": new_start, "end": new_end, "label": new_label}
            if source is not None:
                values["source"] = source
            connection.execute(t.spans.update().where(t.spans.c.id == row.id).values(**values))
            edit.payload.update(
                id=span_id,
                before=[row.start, row.end, row.label, row.source],
                after=[new_start, new_end, new_label, source or row.source],
            )
            after = self._span_row(connection, edit.annotation_id, span_id)
        return span_from_row(row, edit.text), span_from_row(after, edit.text)

    def _check_relations_of(self, connection: Connection, span_row_id: int, new_label: str) -> None:
        scheme = self.project.scheme
        head = t.spans.alias("head")
        child = t.spans.alias("child")
        rows = connection.execute(
            select(
                t.relations.c.label, t.relations.c.head_id, head.c.label.label("head_label"), child.c.label.label("child_label")
            )
            .join(head, head.c.id == t.relations.c.head_id)
            .join(child, child.c.id == t.relations.c.child_id)
            .where(or_(t.relations.c.head_id == span_row_id, t.relations.c.child_id == span_row_id))
        ).all()
        for rel in rows:
            head_label = new_label if rel.head_id == span_row_id else rel.head_label
            child_label = rel.child_label if rel.head_id == span_row_id else new_label
            try:
                scheme.check_relation(rel.label, head_label, child_label)
            except RecordProblem as problem:
                raise EditError(f"cannot relabel: {problem}") from problem

    def _relations_touching(self, connection: Connection, span_row_id: int) -> list[Relation]:
        head = t.spans.alias("head")
        child = t.spans.alias("child")
        rows = connection.execute(
            select(t.relations, head.c.key.label("head_key"), child.c.key.label("child_key"))
            .join(head, head.c.id == t.relations.c.head_id)
            .join(child, child.c.id == t.relations.c.child_id)
            .where(or_(t.relations.c.head_id == span_row_id, t.relations.c.child_id == span_row_id))
            .order_by(t.relations.c.id)
        ).all()
        return [_relation_from_row(row) for row in rows]

    def delete_span(self, doc_pk: int, span_id: str, *, version: int | None = None) -> tuple[Span, list[Relation]]:
        """Delete a span and the relations that touch it; returns both, for undo."""
        with self._edit(doc_pk, "delete_span", version) as edit:
            connection = edit.connection
            row = self._span_row(connection, edit.annotation_id, span_id)
            removed = self._relations_touching(connection, row.id)
            connection.execute(t.relations.delete().where(or_(t.relations.c.head_id == row.id, t.relations.c.child_id == row.id)))
            connection.execute(t.spans.delete().where(t.spans.c.id == row.id))
            edit.payload.update(id=span_id, relations=[rel.id for rel in removed])
        return span_from_row(row, edit.text), removed

    def restore_span(self, doc_pk: int, span: Span, relations: list[Relation], *, version: int | None = None) -> None:
        """Undo of :meth:`delete_span`: the span with its id and its relations come back, all or nothing."""
        with self._edit(doc_pk, "restore_span", version) as edit:
            self._insert_span(
                edit, span.start, span.end, span.label, source=span.source, score=span.score, attrs=span.attrs, key=span.id
            )
            for relation in relations:
                self._insert_relation(
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
            relation = self._insert_relation(edit, head, child, label, source=source, key=key)
            edit.payload.update(id=relation.id, head=head, child=child, label=label)
        return relation

    def _insert_relation(self, edit: EditContext, head: str, child: str, label: str, *, source: str, key: str | None) -> Relation:
        connection = edit.connection
        head_row = self._span_row(connection, edit.annotation_id, head)
        child_row = self._span_row(connection, edit.annotation_id, child)
        if head_row.id == child_row.id:
            raise EditError("a relation needs two different spans")
        try:
            self.project.scheme.check_relation(label, head_row.label, child_row.label)
        except RecordProblem as problem:
            raise EditError(str(problem)) from problem
        existing = connection.execute(
            select(t.relations.c.key, t.relations.c.head_id, t.relations.c.child_id, t.relations.c.label).where(
                t.relations.c.annotation_id == edit.annotation_id
            )
        ).all()
        if any(rel.head_id == head_row.id and rel.child_id == child_row.id and rel.label == label for rel in existing):
            raise EditError(f"that {label} relation exists already")
        if key is None:
            key = _next_key([rel.key for rel in existing], "r")
        elif any(rel.key == key for rel in existing):
            raise EditError(f"relation id {key!r} is taken")
        connection.execute(
            t.relations.insert().values(
                annotation_id=edit.annotation_id,
                key=key,
                head_id=head_row.id,
                child_id=child_row.id,
                label=label,
                source=source,
                attrs={},
            )
        )
        return Relation(id=key, head=head, child=child, label=label, source=source)  # type: ignore[arg-type]

    def delete_relation(self, doc_pk: int, relation_id: str, *, version: int | None = None) -> Relation:
        with self._edit(doc_pk, "delete_relation", version) as edit:
            head = t.spans.alias("head")
            child = t.spans.alias("child")
            row = edit.connection.execute(
                select(t.relations, head.c.key.label("head_key"), child.c.key.label("child_key"))
                .join(head, head.c.id == t.relations.c.head_id)
                .join(child, child.c.id == t.relations.c.child_id)
                .where(t.relations.c.annotation_id == edit.annotation_id, t.relations.c.key == relation_id)
            ).one_or_none()
            if row is None:
                raise EditError(f"no relation {relation_id!r} in this annotation")
            edit.connection.execute(t.relations.delete().where(t.relations.c.id == row.id))
            edit.payload.update(id=relation_id)
        return _relation_from_row(row)

    # --- suggestions ------------------------------------------------------------------------

    def accept_suggestions(
        self, doc_pk: int, span_ids: list[str] | None = None, *, version: int | None = None
    ) -> tuple[list[str], list[str]]:
        """Confirm suggestions (all of them when ``span_ids`` is None): their source becomes ``human``.

        Relations between confirmed spans are confirmed with them. Returns the span and relation
        ids that changed, so that undo can set them back.
        """
        with self._edit(doc_pk, "accept", version) as edit:
            connection, annotation_id = edit.connection, edit.annotation_id
            condition = and_(t.spans.c.annotation_id == annotation_id, t.spans.c.source != HUMAN)
            if span_ids is not None:
                condition = and_(condition, t.spans.c.key.in_(span_ids))
            changed_spans = [row.key for row in connection.execute(select(t.spans.c.key).where(condition))]
            connection.execute(t.spans.update().where(condition).values(source=HUMAN))
            human = select(t.spans.c.id).where(t.spans.c.annotation_id == annotation_id, t.spans.c.source == HUMAN)
            relation_condition = and_(
                t.relations.c.annotation_id == annotation_id,
                t.relations.c.source != HUMAN,
                t.relations.c.head_id.in_(human),
                t.relations.c.child_id.in_(human),
            )
            changed_relations = [row.key for row in connection.execute(select(t.relations.c.key).where(relation_condition))]
            connection.execute(t.relations.update().where(relation_condition).values(source=HUMAN))
            edit.payload.update(spans=changed_spans, relations=changed_relations)
        return changed_spans, changed_relations

    def set_sources(
        self, doc_pk: int, span_sources: dict[str, str], relation_sources: dict[str, str], *, version: int | None = None
    ) -> None:
        """Set the source of the given spans and relations (undo of :meth:`accept_suggestions`)."""
        with self._edit(doc_pk, "set_sources", version) as edit:
            for key, source in span_sources.items():
                edit.connection.execute(
                    t.spans.update()
                    .where(t.spans.c.annotation_id == edit.annotation_id, t.spans.c.key == key)
                    .values(source=source)
                )
            for key, source in relation_sources.items():
                edit.connection.execute(
                    t.relations.update()
                    .where(t.relations.c.annotation_id == edit.annotation_id, t.relations.c.key == key)
                    .values(source=source)
                )
            edit.payload.update(spans=span_sources, relations=relation_sources)


def _relation_from_row(row: Any) -> Relation:
    return Relation(
        id=row.key,
        head=row.head_key,
        child=row.child_key,
        label=row.label,
        source=row.source,
        score=finite_score(row.score),
        attrs=row.attrs or {},
    )


def _describe_event(action: str, payload: dict[str, Any]) -> str:
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
