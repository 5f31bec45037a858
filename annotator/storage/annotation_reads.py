"""Reading annotations: one record, and the document queue as an annotator sees it.

Every function takes a connection; callers run them inside one snapshot
(:meth:`Project.snapshot`), so spans and relations always come from the same committed state.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, or_, select

from annotator.model.names import ANNOTATION, PRELABEL, TODO
from annotator.model.records import Record, Relation, Status
from annotator.storage import tables as t
from annotator.storage.project import Document
from annotator.storage.rows import finite_score, span_from_row
from annotator.storage.visibility import visible_documents


@dataclass(frozen=True)
class QueueEntry:
    pk: int
    doc_id: str
    title: str | None
    status: Status
    span_count: int
    annotators: tuple[str, ...]


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
                score=finite_score(rel.score),
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


def read_document(connection: Connection, pk: int) -> Document | None:
    row = connection.execute(select(t.documents).where(t.documents.c.id == pk)).one_or_none()
    if row is None:
        return None
    return Document(pk=row.id, doc_id=row.doc_id, text=row.text, title=row.title, meta=row.meta or {})


def annotation_of(connection: Connection, doc_pk: int, annotator: str, layer: str) -> tuple[int, int] | None:
    """(id, version) of the annotation of (document, annotator, layer), if there is one."""
    found = connection.execute(
        select(t.annotations.c.id, t.annotations.c.version)
        .join(t.users, t.users.c.id == t.annotations.c.user_id)
        .where(t.annotations.c.document_id == doc_pk, t.users.c.name == annotator, t.annotations.c.layer == layer)
    ).one_or_none()
    return None if found is None else (int(found.id), int(found.version))


def newest_prelabel_id(connection: Connection, doc_pk: int) -> int | None:
    found = connection.execute(
        select(t.annotations.c.id)
        .where(t.annotations.c.document_id == doc_pk, t.annotations.c.layer == PRELABEL)
        .order_by(t.annotations.c.updated_at.desc())
        .limit(1)
    ).scalar()
    return None if found is None else int(found)


def read_queue(
    connection: Connection,
    annotator: str,
    layer: str,
    *,
    status: str | None = None,
    search: str | None = None,
    limit: int = 1000,
    offset: int = 0,
) -> list[QueueEntry]:
    """Documents as this annotator sees them: their own status and span count, in import order.

    Blind annotation: counts and statuses are this annotator's own; other annotators are
    only named (who else has the document), their work is never read.
    """
    own = (
        select(t.annotations.c.document_id, t.annotations.c.id, t.annotations.c.status)
        .join(t.users, t.users.c.id == t.annotations.c.user_id)
        .where(t.users.c.name == annotator, t.annotations.c.layer == layer)
        .subquery()
    )
    status_column = func.coalesce(own.c.status, TODO)
    query = (
        select(
            t.documents.c.id,
            t.documents.c.doc_id,
            t.documents.c.title,
            status_column.label("status"),
            own.c.id.label("annotation_id"),
        )
        .outerjoin(own, own.c.document_id == t.documents.c.id)
        .where(visible_documents())
        .order_by(t.documents.c.id)
    )
    if status:
        query = query.where(status_column == status)
    if search:
        pattern = f"%{search}%"
        query = query.where(
            or_(t.documents.c.text.ilike(pattern), t.documents.c.title.ilike(pattern), t.documents.c.doc_id.ilike(pattern))
        )
    rows = connection.execute(query.limit(limit).offset(offset)).all()
    pks = [row.id for row in rows]
    counts = _span_counts(connection, rows)
    others: dict[int, list[str]] = {}
    if pks:
        for doc_pk, name in connection.execute(
            select(t.annotations.c.document_id, t.users.c.name)
            .join(t.users, t.users.c.id == t.annotations.c.user_id)
            .where(t.annotations.c.document_id.in_(pks), t.annotations.c.layer == ANNOTATION)
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


def _span_counts(connection: Connection, rows: list[Any]) -> dict[int, int]:
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
            .where(t.annotations.c.document_id.in_(unstarted), t.annotations.c.layer == PRELABEL)
            .group_by(t.annotations.c.document_id)
        ):
            counts[int(doc_pk)] = int(count)
    return counts
