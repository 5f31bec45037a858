"""Reading and editing one annotator's annotation of one document, one edit per transaction.

Every edit is checked against the text and the project's scheme, written at once, and logged in
the history. The GUI's undo stack calls these same operations (and their inverses).

Suggestions: when an annotator starts a document that has a ``prelabel`` layer, its spans and
relations are copied into the annotator's own layer with their ``source`` (``rule``/``model``)
kept. A span or relation whose source is not ``human`` is an unconfirmed suggestion; accepting
it sets its source to ``human``, rejecting it deletes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, func, or_, select

from annotator.model.records import Record, RecordProblem, Relation, Span, Status
from annotator.storage import tables as t
from annotator.storage.bulk import copy_annotation_content
from annotator.storage.project import Document, Project, now
from annotator.storage.rows import span_from_row

PRELABEL_USER = "prelabel"


class EditError(Exception):
    """An edit that would break the text, the scheme or the annotation; nothing was written."""


@dataclass(frozen=True)
class QueueEntry:
    pk: int
    doc_id: str
    title: str | None
    status: Status
    span_count: int
    annotators: tuple[str, ...]


def _next_key(keys: list[str], prefix: str) -> str:
    numbers = [int(match.group(1)) for key in keys if (match := re.fullmatch(rf"{prefix}(\d+)", key))]
    return f"{prefix}{max(numbers, default=0) + 1}"


def read_record(connection: Connection, annotation_id: int, document: Document) -> Record:
    """The full record of one annotation row."""
    row = connection.execute(
        select(t.annotations, t.users.c.name)
        .join(t.users, t.users.c.id == t.annotations.c.user_id)
        .where(t.annotations.c.id == annotation_id)
    ).one()
    span_rows = connection.execute(
        select(t.spans).where(t.spans.c.annotation_id == annotation_id).order_by(t.spans.c.start, t.spans.c.end, t.spans.c.id)
    ).all()
    keys = {span.id: span.key for span in span_rows}
    relation_rows = connection.execute(
        select(t.relations).where(t.relations.c.annotation_id == annotation_id).order_by(t.relations.c.id)
    ).all()
    return Record(
        id=document.doc_id,
        text=document.text,
        meta=document.meta,
        spans=[span_from_row(span, document.text) for span in span_rows],
        relations=[
            Relation(
                id=rel.key,
                head=keys[rel.head_id],
                child=keys[rel.child_id],
                label=rel.label,
                source=rel.source,
                score=rel.score,
                attrs=rel.attrs or {},
            )
            for rel in relation_rows
        ],
        annotator=row.name,
        layer=row.layer,
        status=row.status,
        comment=row.comment,
        updated_at=row.updated_at,
    )


class AnnotationEditor:
    """Edits by one annotator in one layer (``annotation`` by default)."""

    def __init__(self, project: Project, annotator: str, layer: str = "annotation") -> None:
        if not annotator.strip():
            raise EditError("an annotator needs a name")
        if layer == "gold":  # only leads write gold (in PostgreSQL the database will enforce it too)
            from annotator.storage.roles import RoleError, require_lead

            try:
                require_lead(project, annotator.strip())
            except RoleError as error:
                raise EditError(str(error)) from error
        self.project = project
        self.annotator = annotator.strip()
        self.layer = layer

    # --- reading --------------------------------------------------------------------------

    def _annotation_id(
        self, connection: Connection, doc_pk: int, annotator: str | None = None, layer: str | None = None
    ) -> int | None:
        found = connection.execute(
            select(t.annotations.c.id)
            .join(t.users, t.users.c.id == t.annotations.c.user_id)
            .where(
                t.annotations.c.document_id == doc_pk,
                t.users.c.name == (annotator or self.annotator),
                t.annotations.c.layer == (layer or self.layer),
            )
        ).scalar()
        return None if found is None else int(found)

    def record(self, doc_pk: int) -> Record | None:
        """This annotator's record of the document, or None before they started it."""
        document = self.project.document(doc_pk)
        with self.project.engine.connect() as connection:
            annotation_id = self._annotation_id(connection, doc_pk)
            return None if annotation_id is None else read_record(connection, annotation_id, document)

    def prelabel(self, doc_pk: int) -> Record | None:
        """The document's pre-labels (the newest pre-labeller's), if any."""
        document = self.project.document(doc_pk)
        with self.project.engine.connect() as connection:
            found = connection.execute(
                select(t.annotations.c.id)
                .where(t.annotations.c.document_id == doc_pk, t.annotations.c.layer == "prelabel")
                .order_by(t.annotations.c.updated_at.desc())
                .limit(1)
            ).scalar()
            return None if found is None else read_record(connection, int(found), document)

    def queue(
        self, *, status: str | None = None, search: str | None = None, limit: int = 1000, offset: int = 0
    ) -> list[QueueEntry]:
        """Documents as this annotator sees them: their own status and span count, in import order.

        Blind annotation: counts and statuses are this annotator's own; other annotators are
        only named (who else has the document), their work is never read.
        """
        own = (
            select(t.annotations.c.document_id, t.annotations.c.id, t.annotations.c.status)
            .join(t.users, t.users.c.id == t.annotations.c.user_id)
            .where(t.users.c.name == self.annotator, t.annotations.c.layer == self.layer)
            .subquery()
        )
        status_column = func.coalesce(own.c.status, "todo")
        query = (
            select(
                t.documents.c.id,
                t.documents.c.doc_id,
                t.documents.c.title,
                status_column.label("status"),
                own.c.id.label("annotation_id"),
            )
            .outerjoin(own, own.c.document_id == t.documents.c.id)
            .order_by(t.documents.c.id)
        )
        if status:
            query = query.where(status_column == status)
        if search:
            pattern = f"%{search}%"
            query = query.where(
                or_(t.documents.c.text.ilike(pattern), t.documents.c.title.ilike(pattern), t.documents.c.doc_id.ilike(pattern))
            )
        query = query.limit(limit).offset(offset)
        with self.project.engine.connect() as connection:
            rows = connection.execute(query).all()
            pks = [row.id for row in rows]
            counts = self._span_counts(connection, rows)
            others: dict[int, list[str]] = {}
            if pks:
                for doc_pk, name in connection.execute(
                    select(t.annotations.c.document_id, t.users.c.name)
                    .join(t.users, t.users.c.id == t.annotations.c.user_id)
                    .where(t.annotations.c.document_id.in_(pks), t.annotations.c.layer == "annotation")
                    .order_by(t.users.c.name)
                ):
                    others.setdefault(doc_pk, []).append(name)
        return [
            QueueEntry(
                pk=row.id,
                doc_id=row.doc_id,
                title=row.title,
                status=row.status,
                span_count=counts.get(row.id, 0),
                annotators=tuple(others.get(row.id, ())),
            )
            for row in rows
        ]

    def _span_counts(self, connection: Connection, rows: list[Any]) -> dict[int, int]:
        """Own span count where the annotator started, else the pre-label count."""
        counts: dict[int, int] = {}
        own_ids = {row.annotation_id: row.id for row in rows if row.annotation_id is not None}
        if own_ids:
            for annotation_id, count in connection.execute(
                select(t.spans.c.annotation_id, func.count())
                .where(t.spans.c.annotation_id.in_(list(own_ids)))
                .group_by(t.spans.c.annotation_id)
            ):
                counts[own_ids[annotation_id]] = int(count)
        unstarted = [row.id for row in rows if row.annotation_id is None]
        if unstarted:
            for doc_pk, count in connection.execute(
                select(t.annotations.c.document_id, func.count(t.spans.c.id))
                .join(t.spans, t.spans.c.annotation_id == t.annotations.c.id)
                .where(t.annotations.c.document_id.in_(unstarted), t.annotations.c.layer == "prelabel")
                .group_by(t.annotations.c.document_id)
            ):
                counts[int(doc_pk)] = int(count)
        return counts

    # --- starting and status ----------------------------------------------------------------

    def start(self, doc_pk: int) -> Record:
        """This annotator's record, created (with the pre-labels copied in as suggestions) on first use."""
        with self.project.transaction() as connection:
            self._ensure(connection, doc_pk)
        record = self.record(doc_pk)
        assert record is not None
        return record

    def _ensure(self, connection: Connection, doc_pk: int) -> int:
        annotation_id = self._annotation_id(connection, doc_pk)
        if annotation_id is not None:
            return annotation_id
        user_id = self.project.user_id(connection, self.annotator)
        annotation_id = int(
            connection.execute(
                t.annotations.insert()
                .values(
                    document_id=doc_pk, user_id=user_id, layer=self.layer, status="in_progress", seconds=0.0, updated_at=now()
                )
                .returning(t.annotations.c.id)
            ).scalar_one()
        )
        if self.layer == "annotation":
            self._copy_prelabels(connection, doc_pk, annotation_id)
        self.project.log_event(connection, self.annotator, "start", document_id=doc_pk, layer=self.layer)
        return annotation_id

    def _copy_prelabels(self, connection: Connection, doc_pk: int, annotation_id: int) -> None:
        source_id = connection.execute(
            select(t.annotations.c.id)
            .where(t.annotations.c.document_id == doc_pk, t.annotations.c.layer == "prelabel")
            .order_by(t.annotations.c.updated_at.desc())
            .limit(1)
        ).scalar()
        if source_id is None:
            return
        copy_annotation_content(connection, source_id, annotation_id)

    def set_status(self, doc_pk: int, status: Status, *, comment: str | None = None, add_seconds: float = 0.0) -> None:
        if status not in ("todo", "in_progress", "accepted", "rejected", "skipped"):
            raise EditError(f"unknown status {status!r}")
        with self.project.transaction() as connection:
            annotation_id = self._ensure(connection, doc_pk)
            values: dict[str, Any] = {
                "status": status,
                "updated_at": now(),
                "seconds": t.annotations.c.seconds + max(add_seconds, 0.0),
            }
            if comment is not None:
                values["comment"] = comment
            connection.execute(t.annotations.update().where(t.annotations.c.id == annotation_id).values(**values))
            self.project.log_event(
                connection,
                self.annotator,
                "status",
                document_id=doc_pk,
                layer=self.layer,
                payload={"status": status, "comment": comment, "seconds": add_seconds},
            )

    def add_time(self, doc_pk: int, seconds: float) -> None:
        """Record time spent on a document without changing its status."""
        if seconds <= 0:
            return
        with self.project.transaction() as connection:
            annotation_id = self._ensure(connection, doc_pk)
            connection.execute(
                t.annotations.update()
                .where(t.annotations.c.id == annotation_id)
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

    def _touch(self, connection: Connection, annotation_id: int) -> None:
        connection.execute(t.annotations.update().where(t.annotations.c.id == annotation_id).values(updated_at=now()))

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
        source: str = "human",
        score: float | None = None,
        attrs: dict[str, Any] | None = None,
        key: str | None = None,
    ) -> Span:
        document = self.project.document(doc_pk)
        with self.project.transaction() as connection:
            annotation_id = self._ensure(connection, doc_pk)
            others = self._spans(connection, annotation_id)
            self._check_span(document.text, start, end, label, others)
            if attrs:
                try:
                    self.project.scheme.check_attrs(label, attrs)
                except RecordProblem as problem:
                    raise EditError(str(problem)) from problem
            if key is None:
                key = _next_key([row.key for row in others], "s")
            elif any(row.key == key for row in others):
                raise EditError(f"span id {key!r} is taken")
            connection.execute(
                t.spans.insert().values(
                    annotation_id=annotation_id,
                    key=key,
                    start=start,
                    end=end,
                    label=label,
                    source=source,
                    score=score,
                    attrs=attrs or {},
                )
            )
            self._touch(connection, annotation_id)
            self.project.log_event(
                connection,
                self.annotator,
                "add_span",
                document_id=doc_pk,
                layer=self.layer,
                payload={"id": key, "start": start, "end": end, "label": label, "source": source},
            )
        return Span(
            id=key,
            start=start,
            end=end,
            label=label,
            text=document.text[start:end],
            source=source,
            score=score,
            attrs=attrs or {},
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
    ) -> tuple[Span, Span]:
        """Change a span's offsets, label or source; returns (before, after)."""
        document = self.project.document(doc_pk)
        with self.project.transaction() as connection:
            annotation_id = self._ensure(connection, doc_pk)
            row = self._span_row(connection, annotation_id, span_id)
            new_start = row.start if start is None else start
            new_end = row.end if end is None else end
            new_label = row.label if label is None else label
            others = [other for other in self._spans(connection, annotation_id) if other.id != row.id]
            self._check_span(document.text, new_start, new_end, new_label, others)
            if new_label != row.label:
                self._check_relations_of(connection, row.id, new_label)
            values = {"start": new_start, "end": new_end, "label": new_label}
            if source is not None:
                values["source"] = source
            connection.execute(t.spans.update().where(t.spans.c.id == row.id).values(**values))
            self._touch(connection, annotation_id)
            self.project.log_event(
                connection,
                self.annotator,
                "update_span",
                document_id=doc_pk,
                layer=self.layer,
                payload={
                    "id": span_id,
                    "before": [row.start, row.end, row.label, row.source],
                    "after": [new_start, new_end, new_label, source or row.source],
                },
            )
            after = self._span_row(connection, annotation_id, span_id)
        return span_from_row(row, document.text), span_from_row(after, document.text)

    def set_span_attrs(
        self, doc_pk: int, span_id: str, attrs: dict[str, Any], *, source: str | None = "human"
    ) -> tuple[Span, Span]:
        """Replace a span's attributes (checked against the scheme); returns (before, after).

        Setting an attribute confirms a suggestion (``source`` human) unless ``source`` says
        otherwise: undo passes the old source back."""
        document = self.project.document(doc_pk)
        with self.project.transaction() as connection:
            annotation_id = self._ensure(connection, doc_pk)
            row = self._span_row(connection, annotation_id, span_id)
            try:
                self.project.scheme.check_attrs(row.label, attrs)
            except RecordProblem as problem:
                raise EditError(str(problem)) from problem
            values: dict[str, Any] = {"attrs": dict(attrs) or None}
            if source is not None:
                values["source"] = source
            connection.execute(t.spans.update().where(t.spans.c.id == row.id).values(**values))
            self._touch(connection, annotation_id)
            self.project.log_event(
                connection,
                self.annotator,
                "set_span_attrs",
                document_id=doc_pk,
                layer=self.layer,
                payload={"id": span_id, "before": row.attrs or {}, "after": dict(attrs), "source": source or row.source},
            )
            after = self._span_row(connection, annotation_id, span_id)
        return span_from_row(row, document.text), span_from_row(after, document.text)

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

    def delete_span(self, doc_pk: int, span_id: str) -> tuple[Span, list[Relation]]:
        """Delete a span and the relations that touch it; returns both, for undo."""
        document = self.project.document(doc_pk)
        with self.project.transaction() as connection:
            annotation_id = self._ensure(connection, doc_pk)
            row = self._span_row(connection, annotation_id, span_id)
            record = read_record(connection, annotation_id, document)
            removed = [rel for rel in record.relations if span_id in (rel.head, rel.child)]
            connection.execute(t.relations.delete().where(or_(t.relations.c.head_id == row.id, t.relations.c.child_id == row.id)))
            connection.execute(t.spans.delete().where(t.spans.c.id == row.id))
            self._touch(connection, annotation_id)
            self.project.log_event(
                connection,
                self.annotator,
                "delete_span",
                document_id=doc_pk,
                layer=self.layer,
                payload={"id": span_id, "relations": [rel.id for rel in removed]},
            )
        return span_from_row(row, document.text), removed

    def restore_span(self, doc_pk: int, span: Span, relations: list[Relation]) -> None:
        """Undo of :meth:`delete_span`: the span with its id and its relations come back."""
        self.add_span(
            doc_pk, span.start, span.end, span.label, source=span.source, score=span.score, attrs=span.attrs, key=span.id
        )
        for relation in relations:
            self.add_relation(doc_pk, relation.head, relation.child, relation.label, source=relation.source, key=relation.id)

    # --- relation edits ---------------------------------------------------------------------

    def add_relation(
        self, doc_pk: int, head: str, child: str, label: str, *, source: str = "human", key: str | None = None
    ) -> Relation:
        with self.project.transaction() as connection:
            annotation_id = self._ensure(connection, doc_pk)
            head_row = self._span_row(connection, annotation_id, head)
            child_row = self._span_row(connection, annotation_id, child)
            if head_row.id == child_row.id:
                raise EditError("a relation needs two different spans")
            try:
                self.project.scheme.check_relation(label, head_row.label, child_row.label)
            except RecordProblem as problem:
                raise EditError(str(problem)) from problem
            existing = connection.execute(select(t.relations).where(t.relations.c.annotation_id == annotation_id)).all()
            if any(rel.head_id == head_row.id and rel.child_id == child_row.id and rel.label == label for rel in existing):
                raise EditError(f"that {label} relation exists already")
            if key is None:
                key = _next_key([rel.key for rel in existing], "r")
            elif any(rel.key == key for rel in existing):
                raise EditError(f"relation id {key!r} is taken")
            connection.execute(
                t.relations.insert().values(
                    annotation_id=annotation_id,
                    key=key,
                    head_id=head_row.id,
                    child_id=child_row.id,
                    label=label,
                    source=source,
                    attrs={},
                )
            )
            self._touch(connection, annotation_id)
            self.project.log_event(
                connection,
                self.annotator,
                "add_relation",
                document_id=doc_pk,
                layer=self.layer,
                payload={"id": key, "head": head, "child": child, "label": label},
            )
        return Relation(id=key, head=head, child=child, label=label, source=source)  # type: ignore[arg-type]

    def delete_relation(self, doc_pk: int, relation_id: str) -> Relation:
        with self.project.transaction() as connection:
            annotation_id = self._ensure(connection, doc_pk)
            head = t.spans.alias("head")
            child = t.spans.alias("child")
            row = connection.execute(
                select(t.relations, head.c.key.label("head_key"), child.c.key.label("child_key"))
                .join(head, head.c.id == t.relations.c.head_id)
                .join(child, child.c.id == t.relations.c.child_id)
                .where(t.relations.c.annotation_id == annotation_id, t.relations.c.key == relation_id)
            ).one_or_none()
            if row is None:
                raise EditError(f"no relation {relation_id!r} in this annotation")
            connection.execute(t.relations.delete().where(t.relations.c.id == row.id))
            self._touch(connection, annotation_id)
            self.project.log_event(
                connection, self.annotator, "delete_relation", document_id=doc_pk, layer=self.layer, payload={"id": relation_id}
            )
        return Relation(
            id=row.key,
            head=row.head_key,
            child=row.child_key,
            label=row.label,
            source=row.source,
            score=row.score,
            attrs=row.attrs or {},
        )

    # --- suggestions ------------------------------------------------------------------------

    def accept_suggestions(self, doc_pk: int, span_ids: list[str] | None = None) -> tuple[list[str], list[str]]:
        """Confirm suggestions (all of them when ``span_ids`` is None): their source becomes ``human``.

        Relations between confirmed spans are confirmed with them. Returns the span and relation
        ids that changed, so that undo can set them back.
        """
        with self.project.transaction() as connection:
            annotation_id = self._ensure(connection, doc_pk)
            condition = and_(t.spans.c.annotation_id == annotation_id, t.spans.c.source != "human")
            if span_ids is not None:
                condition = and_(condition, t.spans.c.key.in_(span_ids))
            changed_spans = [row.key for row in connection.execute(select(t.spans.c.key).where(condition))]
            connection.execute(t.spans.update().where(condition).values(source="human"))
            human = select(t.spans.c.id).where(t.spans.c.annotation_id == annotation_id, t.spans.c.source == "human")
            relation_condition = and_(
                t.relations.c.annotation_id == annotation_id,
                t.relations.c.source != "human",
                t.relations.c.head_id.in_(human),
                t.relations.c.child_id.in_(human),
            )
            changed_relations = [row.key for row in connection.execute(select(t.relations.c.key).where(relation_condition))]
            connection.execute(t.relations.update().where(relation_condition).values(source="human"))
            self._touch(connection, annotation_id)
            self.project.log_event(
                connection,
                self.annotator,
                "accept",
                document_id=doc_pk,
                layer=self.layer,
                payload={"spans": changed_spans, "relations": changed_relations},
            )
        return changed_spans, changed_relations

    def set_sources(self, doc_pk: int, span_sources: dict[str, str], relation_sources: dict[str, str]) -> None:
        """Set the source of the given spans and relations (undo of :meth:`accept_suggestions`)."""
        with self.project.transaction() as connection:
            annotation_id = self._ensure(connection, doc_pk)
            for key, source in span_sources.items():
                connection.execute(
                    t.spans.update().where(t.spans.c.annotation_id == annotation_id, t.spans.c.key == key).values(source=source)
                )
            for key, source in relation_sources.items():
                connection.execute(
                    t.relations.update()
                    .where(t.relations.c.annotation_id == annotation_id, t.relations.c.key == key)
                    .values(source=source)
                )
            self._touch(connection, annotation_id)
            self.project.log_event(
                connection,
                self.annotator,
                "set_sources",
                document_id=doc_pk,
                layer=self.layer,
                payload={"spans": span_sources, "relations": relation_sources},
            )
