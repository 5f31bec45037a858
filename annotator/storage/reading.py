"""Streaming reads of the corpus: documents with their annotations, a chunk at a time.

Keyset pagination (``id > last``) keeps memory flat whatever the size of the project; each
chunk costs four queries. The whole read runs in one snapshot (:meth:`Project.snapshot`), so an
export never sees half of someone's edit, however long it takes.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, exists, select

from annotator.model.names import TODO
from annotator.storage import tables as t
from annotator.storage.project import Project
from annotator.storage.visibility import visible_documents


@dataclass(frozen=True)
class CorpusFilter:
    statuses: Sequence[str] = ()
    annotators: Sequence[str] = ()
    layers: Sequence[str] = ()
    only_annotated: bool = False

    @property
    def includes_unannotated(self) -> bool:
        """Documents nobody annotated yet are part of an unfiltered export (status ``todo``)."""
        return not (self.only_annotated or self.annotators or self.layers) and (not self.statuses or TODO in self.statuses)


def format_time(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def iter_record_dicts(
    project: Project, corpus_filter: CorpusFilter, chunk_size: int = 1000
) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield (document primary key, record dict in our JSONL schema), in document order."""
    with project.snapshot() as connection:
        yield from _iter_in_snapshot(connection, corpus_filter, chunk_size)


def _iter_in_snapshot(
    connection: Connection, corpus_filter: CorpusFilter, chunk_size: int
) -> Iterator[tuple[int, dict[str, Any]]]:
    last = 0
    while True:
        docs = connection.execute(
            select(t.documents.c.id, t.documents.c.doc_id, t.documents.c.text, t.documents.c.meta)
            .where(t.documents.c.id > last, visible_documents())
            .order_by(t.documents.c.id)
            .limit(chunk_size)
        ).all()
        if not docs:
            return
        last = docs[-1].id
        pks = [doc.id for doc in docs]
        annotation_query = (
            select(
                t.annotations.c.id,
                t.annotations.c.document_id,
                t.annotations.c.layer,
                t.annotations.c.status,
                t.annotations.c.comment,
                t.annotations.c.updated_at,
                t.users.c.name,
            )
            .join(t.users, t.users.c.id == t.annotations.c.user_id)
            .where(t.annotations.c.document_id.in_(pks))
            .order_by(t.annotations.c.document_id, t.annotations.c.id)
        )
        if corpus_filter.statuses:
            annotation_query = annotation_query.where(t.annotations.c.status.in_(corpus_filter.statuses))
        if corpus_filter.annotators:
            annotation_query = annotation_query.where(t.users.c.name.in_(corpus_filter.annotators))
        if corpus_filter.layers:
            annotation_query = annotation_query.where(t.annotations.c.layer.in_(corpus_filter.layers))
        annotations = connection.execute(annotation_query).all()
        annotated: set[int] = set()
        if corpus_filter.includes_unannotated:
            annotated = set(
                connection.execute(
                    select(t.annotations.c.document_id).where(t.annotations.c.document_id.in_(pks)).distinct()
                ).scalars()
            )
        spans_by_annotation, relations_by_annotation = _spans_and_relations(connection, [row.id for row in annotations])
        by_document: dict[int, list[Any]] = defaultdict(list)
        for row in annotations:
            by_document[row.document_id].append(row)
        for doc in docs:
            rows = by_document.get(doc.id)
            if not rows:
                if corpus_filter.includes_unannotated and doc.id not in annotated:
                    yield doc.id, _record(doc, None, [], [])
                continue
            for row in rows:
                yield doc.id, _record(doc, row, spans_by_annotation.get(row.id, []), relations_by_annotation.get(row.id, []))


SPAN_QUERY = (
    "SELECT annotation_id, id, {key}, start, {end}, label, source, score, attrs FROM spans "
    "WHERE annotation_id IN ({markers}) ORDER BY annotation_id, start, {end}, id"
)
RELATION_QUERY = (
    "SELECT annotation_id, {key}, head_id, child_id, label, source, score, attrs FROM relations "
    "WHERE annotation_id IN ({markers}) ORDER BY id"
)


def _spans_and_relations(
    connection: Connection, annotation_ids: list[int]
) -> tuple[dict[int, list[tuple[Any, ...]]], dict[int, list[tuple[Any, ...]]]]:
    """Span and relation rows as plain tuples, grouped by annotation (read through the driver:
    these are the bulk of the rows, and SQLAlchemy's row objects cost more than the query)."""
    spans: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    relations: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    if not annotation_ids:
        return spans, relations
    quote = connection.dialect.identifier_preparer.quote
    marker = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    markers = ", ".join(marker for _ in annotation_ids)
    cursor = connection.connection.cursor()
    try:
        cursor.execute(SPAN_QUERY.format(key=quote("key"), end=quote("end"), markers=markers), tuple(annotation_ids))
        for row in cursor.fetchall():
            spans[row[0]].append(row)
        cursor.execute(RELATION_QUERY.format(key=quote("key"), markers=markers), tuple(annotation_ids))
        for row in cursor.fetchall():
            relations[row[0]].append(row)
    finally:
        cursor.close()
    return spans, relations


def _attrs(value: Any) -> dict[str, Any]:
    """JSON columns come back decoded from PostgreSQL and as text from SQLite."""
    if not value:
        return {}
    return value if isinstance(value, dict) else json.loads(value)


def _record(doc: Any, annotation: Any, spans: list[tuple[Any, ...]], relations: list[tuple[Any, ...]]) -> dict[str, Any]:
    text = doc.text
    keys = {pk: key for _, pk, key, *_ in spans}
    record: dict[str, Any] = {
        "id": doc.doc_id,
        "text": text,
        "meta": doc.meta or {},
        "spans": [
            {
                "id": key,
                "start": start,
                "end": end,
                "label": label,
                "text": text[start:end],
                "source": source,
                "score": score,
                "attrs": _attrs(attrs),
            }
            for _, _, key, start, end, label, source, score, attrs in spans
        ],
        "relations": [
            {
                "id": key,
                "head": keys[head],
                "child": keys[child],
                "label": label,
                "source": source,
                "score": score,
                "attrs": _attrs(attrs),
            }
            for _, key, head, child, label, source, score, attrs in relations
        ],
        "annotator": None if annotation is None else annotation.name,
        "layer": None if annotation is None else annotation.layer,
        "status": TODO if annotation is None else annotation.status,
        "updated_at": None if annotation is None else format_time(annotation.updated_at),
    }
    if annotation is not None and annotation.comment:
        record["comment"] = annotation.comment
    return record


def has_annotations(project: Project) -> bool:
    with project.snapshot() as connection:
        return bool(connection.execute(select(exists().where(t.annotations.c.id.isnot(None)))).scalar())
