"""Bulk writes and streaming reads, for import, export and pre-labelling of many documents.

Rows go in with executemany (``insertmanyvalues`` with RETURNING on SQLite and PostgreSQL), so a
batch of a thousand documents costs a handful of statements, not thousands.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, exists, func, insert, select

from annotator.model.records import Record, Relation
from annotator.storage import tables as t
from annotator.storage.project import Document, Project, now


def text_hash(text: str) -> str:
    """The key by which duplicate documents are recognised: SHA-256 of the normalised text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def existing_hashes(connection: Connection, hashes: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(hashes), 900):
        chunk = hashes[start : start + 900]
        found.update(connection.execute(select(t.documents.c.text_hash).where(t.documents.c.text_hash.in_(chunk))).scalars())
    return found


def existing_doc_ids(connection: Connection, doc_ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(doc_ids), 900):
        chunk = doc_ids[start : start + 900]
        found.update(connection.execute(select(t.documents.c.doc_id).where(t.documents.c.doc_id.in_(chunk))).scalars())
    return found


@dataclass(frozen=True)
class NewDocument:
    doc_id: str
    text: str
    text_hash: str
    meta: dict[str, Any]


def insert_documents(connection: Connection, docs: Sequence[NewDocument]) -> list[int]:
    """Insert documents; returns their primary keys in the same order."""
    if not docs:
        return []
    created = now()
    rows = [
        {
            "doc_id": doc.doc_id,
            "text": doc.text,
            "text_hash": doc.text_hash,
            "title": doc.meta.get("title"),
            "meta": doc.meta,
            "created_at": created,
        }
        for doc in docs
    ]
    result = connection.execute(insert(t.documents).returning(t.documents.c.id, sort_by_parameter_order=True), rows)
    return [int(pk) for pk in result.scalars()]


class UserCache:
    """User ids by name for one transaction, created on first use."""

    def __init__(self, project: Project, connection: Connection) -> None:
        self.project = project
        self.connection = connection
        self._ids: dict[str, int] = {}

    def id(self, name: str, role: str) -> int:
        if name not in self._ids:
            self._ids[name] = self.project.user_id(self.connection, name, role=role)
        return self._ids[name]


def insert_annotations(
    connection: Connection,
    project: Project,
    items: Iterable[tuple[int, Record]],
    *,
    annotator: str,
    layer: str,
    role: str = "machine",
    status: str = "todo",
) -> int:
    """Write records as annotations of existing documents, replacing an existing annotation of
    the same (document, annotator, layer). A record's own annotator, layer and status win over the
    defaults given here. Returns the number of annotations written.
    """
    users = UserCache(project, connection)
    pending = [(doc_pk, record) for doc_pk, record in items]
    if not pending:
        return 0
    keys = [
        (
            doc_pk,
            users.id(record.annotator or annotator, role if record.annotator in (None, annotator) else "annotator"),
            record.layer or layer,
        )
        for doc_pk, record in pending
    ]
    _delete_existing(connection, keys)
    stamp = now()
    annotation_rows = [
        {
            "document_id": doc_pk,
            "user_id": user_id,
            "layer": layer_name,
            "status": record.status or status,
            "comment": record.comment,
            "seconds": 0.0,
            "updated_at": record.updated_at or stamp,
        }
        for (doc_pk, user_id, layer_name), (_, record) in zip(keys, pending, strict=True)
    ]
    annotation_ids = [
        int(pk)
        for pk in connection.execute(
            insert(t.annotations).returning(t.annotations.c.id, sort_by_parameter_order=True), annotation_rows
        ).scalars()
    ]
    insert_spans_and_relations(connection, zip(annotation_ids, (record for _, record in pending), strict=True))
    return len(annotation_ids)


def _delete_existing(connection: Connection, keys: list[tuple[int, int, str]]) -> None:
    by_user_layer: dict[tuple[int, str], list[int]] = defaultdict(list)
    for doc_pk, user_id, layer in keys:
        by_user_layer[(user_id, layer)].append(doc_pk)
    for (user_id, layer), doc_pks in by_user_layer.items():
        for start in range(0, len(doc_pks), 900):
            connection.execute(
                t.annotations.delete().where(
                    t.annotations.c.user_id == user_id,
                    t.annotations.c.layer == layer,
                    t.annotations.c.document_id.in_(doc_pks[start : start + 900]),
                )
            )


def insert_spans_and_relations(connection: Connection, items: Iterable[tuple[int, Record]]) -> None:
    """Insert the spans and relations of records (ids already assigned) under their annotation ids."""
    span_rows: list[dict[str, Any]] = []
    relation_items: list[tuple[int, Relation]] = []
    for annotation_id, record in items:
        for span in record.spans:
            span_rows.append(
                {
                    "annotation_id": annotation_id,
                    "key": span.id,
                    "start": span.start,
                    "end": span.end,
                    "label": span.label,
                    "source": span.source,
                    "score": span.score,
                    "attrs": span.attrs,
                }
            )
        relation_items.extend((annotation_id, relation) for relation in record.relations)
    if not span_rows:
        return
    if not relation_items:
        connection.execute(insert(t.spans), span_rows)
        return
    span_ids = connection.execute(insert(t.spans).returning(t.spans.c.id, sort_by_parameter_order=True), span_rows).scalars()
    row_id = {(row["annotation_id"], row["key"]): int(pk) for row, pk in zip(span_rows, span_ids, strict=True)}
    connection.execute(
        insert(t.relations),
        [
            {
                "annotation_id": annotation_id,
                "key": relation.id,
                "head_id": row_id[(annotation_id, relation.head)],
                "child_id": row_id[(annotation_id, relation.child)],
                "label": relation.label,
                "source": relation.source,
                "score": relation.score,
                "attrs": relation.attrs,
            }
            for annotation_id, relation in relation_items
        ],
    )


def documents_without_layer(project: Project, layer: str, batch_size: int = 500) -> Iterator[list[Document]]:
    """Documents that have no annotation in ``layer``, in import order, a batch at a time.

    Reads by keyset (``id > last``), so it keeps working while the caller writes that layer.
    """
    last = 0
    while True:
        has_layer = exists().where(and_(t.annotations.c.document_id == t.documents.c.id, t.annotations.c.layer == layer))
        with project.engine.connect() as connection:
            rows = connection.execute(
                select(t.documents).where(t.documents.c.id > last, ~has_layer).order_by(t.documents.c.id).limit(batch_size)
            ).all()
        if not rows:
            return
        yield [Document(pk=row.id, doc_id=row.doc_id, text=row.text, title=row.title, meta=row.meta or {}) for row in rows]
        last = rows[-1].id


def count_documents_without_layer(project: Project, layer: str) -> int:
    has_layer = exists().where(and_(t.annotations.c.document_id == t.documents.c.id, t.annotations.c.layer == layer))
    with project.engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(t.documents).where(~has_layer)).scalar_one())
