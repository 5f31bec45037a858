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

from sqlalchemy import Connection, Table, and_, exists, func, insert, literal, select

from annotator.model.names import MACHINE_ROLE, TODO
from annotator.model.records import Record, Relation
from annotator.storage import tables as t
from annotator.storage.project import Document, Project, now
from annotator.storage.visibility import visible_documents


def text_hash(text: str) -> str:
    """The key by which duplicate documents are recognised: SHA-256 of the normalised text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def document_keys_by_hash(connection: Connection, hashes: Sequence[str]) -> dict[str, int]:
    """Primary keys of the documents whose text hash is among ``hashes``."""
    found: dict[str, int] = {}
    for chunk in _chunks(hashes):
        rows = connection.execute(select(t.documents.c.text_hash, t.documents.c.id).where(t.documents.c.text_hash.in_(chunk)))
        found.update({hash_: int(pk) for hash_, pk in rows})
    return found


def existing_doc_ids(connection: Connection, doc_ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(doc_ids):
        found.update(connection.execute(select(t.documents.c.doc_id).where(t.documents.c.doc_id.in_(chunk))).scalars())
    return found


@dataclass(frozen=True)
class NewDocument:
    doc_id: str
    text: str
    text_hash: str
    meta: dict[str, Any]


def _placeholder(connection: Connection) -> str:
    return "?" if connection.dialect.paramstyle == "qmark" else "%s"


def insert_rows_fast(connection: Connection, table: Table, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
    """executemany straight through the driver, for bulk rows (documents, spans, relations).

    SQLAlchemy's per-row parameter handling costs more than SQLite's insert itself at this
    scale; here each column's own bind processor (JSON encoding, SQLite date format) is applied
    once per value and nothing else.
    """
    if not rows:
        return
    dialect = connection.dialect
    quote = dialect.identifier_preparer.quote
    statement = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(column) for column in columns)}) "
        f"VALUES ({', '.join(_placeholder(connection) for _ in columns)})"
    )
    processors = [table.c[column].type.dialect_impl(dialect).bind_processor(dialect) for column in columns]
    converting = [(index, process) for index, process in enumerate(processors) if process is not None]
    if converting:
        converted = []
        for row in rows:
            values = list(row)
            for index, process in converting:
                values[index] = process(values[index])
            converted.append(tuple(values))
        rows = converted
    cursor = connection.connection.cursor()
    try:
        cursor.executemany(statement, rows)
    finally:
        cursor.close()


def _chunks(values: Sequence[Any], size: int = 900) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def insert_documents(connection: Connection, docs: Sequence[NewDocument], *, import_id: int | None = None) -> list[int]:
    """Insert documents; returns their primary keys in the same order. With ``import_id`` they stay
    hidden until that import is published (see storage/staging.py).

    Keys are read back by text hash (unique) rather than with RETURNING, which SQLite can only
    give in parameter order one row per statement.
    """
    if not docs:
        return []
    created = now()
    insert_rows_fast(
        connection,
        t.documents,
        ("doc_id", "text", "text_hash", "title", "meta", "created_at", "import_id"),
        [(doc.doc_id, doc.text, doc.text_hash, doc.meta.get("title"), doc.meta, created, import_id) for doc in docs],
    )
    pk_by_hash = document_keys_by_hash(connection, [doc.text_hash for doc in docs])
    return [pk_by_hash[doc.text_hash] for doc in docs]


class UserCache:
    """User ids by name for one transaction, created on first use."""

    def __init__(self, project: Project, connection: Connection | None) -> None:
        self.project = project
        self.connection = connection  # a staged import sets the connection of each step
        self._ids: dict[str, int] = {}

    def id(self, name: str, role: str) -> int:
        assert self.connection is not None
        if name not in self._ids:
            self._ids[name] = self.project.user_id(self.connection, name, role=role)
        return self._ids[name]


@dataclass(frozen=True)
class NewAnnotation:
    document_id: int
    user_id: int
    layer: str
    record: Record
    status: str


def insert_annotation_records(connection: Connection, items: Sequence[NewAnnotation]) -> None:
    """Insert annotations (unique per document, user and layer) with their spans and relations."""
    if not items:
        return
    stamp = now()
    connection.execute(
        insert(t.annotations),
        [
            {
                "document_id": item.document_id,
                "user_id": item.user_id,
                "layer": item.layer,
                "status": item.status,
                "comment": item.record.comment,
                "seconds": 0.0,
                "updated_at": item.record.updated_at or stamp,
            }
            for item in items
        ],
    )
    wanted = {(item.document_id, item.user_id, item.layer) for item in items}
    annotation_ids: dict[tuple[int, int, str], int] = {}
    for chunk in _chunks(sorted({item.document_id for item in items})):
        for pk, document_id, user_id, layer in connection.execute(
            select(t.annotations.c.id, t.annotations.c.document_id, t.annotations.c.user_id, t.annotations.c.layer).where(
                t.annotations.c.document_id.in_(chunk)
            )
        ):
            if (document_id, user_id, layer) in wanted:
                annotation_ids[(document_id, user_id, layer)] = int(pk)
    insert_spans_and_relations(
        connection, [(annotation_ids[(item.document_id, item.user_id, item.layer)], item.record) for item in items]
    )


def insert_annotations(
    connection: Connection,
    project: Project,
    items: Iterable[tuple[int, Record]],
    *,
    annotator: str,
    layer: str,
    role: str = MACHINE_ROLE,
    status: str = TODO,
) -> int:
    """Write records as annotations of existing documents, replacing an existing annotation of
    the same (document, annotator, layer). A record's own annotator, layer and status win over the
    defaults given here. Returns the number of annotations written.
    """
    users = UserCache(project, connection)
    new = []
    for doc_pk, record in items:
        name = record.annotator or annotator
        user_id = users.id(name, role if name == annotator else "annotator")
        new.append(NewAnnotation(doc_pk, user_id, record.layer or layer, record, record.status or status))
    _delete_existing(connection, [(item.document_id, item.user_id, item.layer) for item in new])
    insert_annotation_records(connection, new)
    return len(new)


def _delete_existing(connection: Connection, keys: list[tuple[int, int, str]]) -> None:
    by_user_layer: dict[tuple[int, str], list[int]] = defaultdict(list)
    for doc_pk, user_id, layer in keys:
        by_user_layer[(user_id, layer)].append(doc_pk)
    for (user_id, layer), doc_pks in by_user_layer.items():
        for chunk in _chunks(doc_pks):
            connection.execute(
                t.annotations.delete().where(
                    t.annotations.c.user_id == user_id,
                    t.annotations.c.layer == layer,
                    t.annotations.c.document_id.in_(chunk),
                )
            )


SPAN_COLUMNS = ("annotation_id", "key", "start", "end", "label", "source", "score", "attrs")
RELATION_COLUMNS = ("annotation_id", "key", "head_id", "child_id", "label", "source", "score", "attrs")


def insert_spans_and_relations(connection: Connection, items: Iterable[tuple[int, Record]]) -> None:
    """Insert the spans and relations of records (ids already assigned) under their annotation ids."""
    span_rows: list[tuple[Any, ...]] = []
    relation_items: list[tuple[int, Relation]] = []
    for annotation_id, record in items:
        span_rows.extend(
            (annotation_id, span.id, span.start, span.end, span.label, span.source, span.score, span.attrs or None)
            for span in record.spans
        )
        relation_items.extend((annotation_id, relation) for relation in record.relations)
    insert_rows_fast(connection, t.spans, SPAN_COLUMNS, span_rows)
    if not relation_items:
        return
    row_id = _span_ids(connection, sorted({annotation_id for annotation_id, _ in relation_items}))
    insert_rows_fast(
        connection,
        t.relations,
        RELATION_COLUMNS,
        [
            (
                annotation_id,
                relation.id,
                row_id[(annotation_id, relation.head)],
                row_id[(annotation_id, relation.child)],
                relation.label,
                relation.source,
                relation.score,
                relation.attrs or None,
            )
            for annotation_id, relation in relation_items
        ],
    )


def _span_ids(connection: Connection, annotation_ids: Sequence[int]) -> dict[tuple[int, str], int]:
    """Primary keys of the spans of these annotations, by (annotation id, span key)."""
    quote = connection.dialect.identifier_preparer.quote
    found: dict[tuple[int, str], int] = {}
    cursor = connection.connection.cursor()
    try:
        for chunk in _chunks(annotation_ids):
            markers = ", ".join(_placeholder(connection) for _ in chunk)
            cursor.execute(
                f"SELECT id, annotation_id, {quote('key')} FROM spans WHERE annotation_id IN ({markers})",
                tuple(chunk),
            )
            found.update({(annotation_id, key): pk for pk, annotation_id, key in cursor.fetchall()})
    finally:
        cursor.close()
    return found


def copy_annotation_content(connection: Connection, source_id: int, target_id: int) -> None:
    """Copy the spans and relations of one annotation into another (empty) one, in two statements."""
    span_columns = [column for column in SPAN_COLUMNS if column != "annotation_id"]
    connection.execute(
        insert(t.spans).from_select(
            ["annotation_id", *span_columns],
            select(literal(target_id), *(t.spans.c[name] for name in span_columns)).where(t.spans.c.annotation_id == source_id),
        )
    )
    old_head, old_child = t.spans.alias("old_head"), t.spans.alias("old_child")
    new_head, new_child = t.spans.alias("new_head"), t.spans.alias("new_child")
    relations = (
        select(
            literal(target_id),
            t.relations.c.key,
            new_head.c.id,
            new_child.c.id,
            t.relations.c.label,
            t.relations.c.source,
            t.relations.c.score,
            t.relations.c.attrs,
        )
        .join(old_head, old_head.c.id == t.relations.c.head_id)
        .join(old_child, old_child.c.id == t.relations.c.child_id)
        .join(new_head, and_(new_head.c.annotation_id == target_id, new_head.c.key == old_head.c.key))
        .join(new_child, and_(new_child.c.annotation_id == target_id, new_child.c.key == old_child.c.key))
        .where(t.relations.c.annotation_id == source_id)
    )
    connection.execute(insert(t.relations).from_select(list(RELATION_COLUMNS), relations))


def documents_without_layer(project: Project, layer: str, batch_size: int = 500) -> Iterator[list[Document]]:
    """Documents that have no annotation in ``layer``, in import order, a batch at a time.

    Reads by keyset (``id > last``), so it keeps working while the caller writes that layer.
    """
    last = 0
    while True:
        has_layer = exists().where(and_(t.annotations.c.document_id == t.documents.c.id, t.annotations.c.layer == layer))
        with project.engine.connect() as connection:
            rows = connection.execute(
                select(t.documents)
                .where(t.documents.c.id > last, ~has_layer, visible_documents())
                .order_by(t.documents.c.id)
                .limit(batch_size)
            ).all()
        if not rows:
            return
        yield [Document(pk=row.id, doc_id=row.doc_id, text=row.text, title=row.title, meta=row.meta or {}) for row in rows]
        last = rows[-1].id


def all_documents(project: Project, batch_size: int = 500) -> Iterator[list[Document]]:
    """Every document, in import order, a batch at a time (by keyset, like :func:`documents_without_layer`)."""
    last = 0
    while True:
        with project.engine.connect() as connection:
            rows = connection.execute(
                select(t.documents).where(t.documents.c.id > last).order_by(t.documents.c.id).limit(batch_size)
            ).all()
        if not rows:
            return
        yield [Document(pk=row.id, doc_id=row.doc_id, text=row.text, title=row.title, meta=row.meta or {}) for row in rows]
        last = rows[-1].id


def delete_layer_of_others(connection: Connection, doc_pks: Sequence[int], layer: str, keep_user: int) -> int:
    """Delete the ``layer`` annotations of these documents made by any user but ``keep_user``."""
    deleted = 0
    for chunk in _chunks(list(doc_pks)):
        deleted += connection.execute(
            t.annotations.delete().where(
                t.annotations.c.layer == layer, t.annotations.c.user_id != keep_user, t.annotations.c.document_id.in_(chunk)
            )
        ).rowcount
    return deleted


def count_documents_without_layer(project: Project, layer: str) -> int:
    has_layer = exists().where(and_(t.annotations.c.document_id == t.documents.c.id, t.annotations.c.layer == layer))
    with project.engine.connect() as connection:
        query = select(func.count()).select_from(t.documents).where(~has_layer, visible_documents())
        return int(connection.execute(query).scalar_one())
