"""Streaming reads of the corpus: documents with their annotations, a chunk at a time.

Keyset pagination (``id > last``) keeps memory flat whatever the size of the project; each
chunk costs four queries.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import exists, select

from annotator.storage import tables as t
from annotator.storage.project import Project


@dataclass(frozen=True)
class CorpusFilter:
    statuses: Sequence[str] = ()
    annotators: Sequence[str] = ()
    layers: Sequence[str] = ()
    only_annotated: bool = False

    @property
    def includes_unannotated(self) -> bool:
        """Documents nobody annotated yet are part of an unfiltered export (status ``todo``)."""
        return not (self.only_annotated or self.annotators or self.layers) and (not self.statuses or "todo" in self.statuses)


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
    last = 0
    while True:
        with project.engine.connect() as connection:
            docs = connection.execute(
                select(t.documents.c.id, t.documents.c.doc_id, t.documents.c.text, t.documents.c.meta)
                .where(t.documents.c.id > last)
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
            annotation_ids = [row.id for row in annotations]
            spans_by_annotation: dict[int, list[Any]] = defaultdict(list)
            relations_by_annotation: dict[int, list[Any]] = defaultdict(list)
            if annotation_ids:
                for span in connection.execute(
                    select(t.spans)
                    .where(t.spans.c.annotation_id.in_(annotation_ids))
                    .order_by(t.spans.c.annotation_id, t.spans.c.start, t.spans.c.end, t.spans.c.id)
                ):
                    spans_by_annotation[span.annotation_id].append(span)
                for relation in connection.execute(
                    select(t.relations).where(t.relations.c.annotation_id.in_(annotation_ids)).order_by(t.relations.c.id)
                ):
                    relations_by_annotation[relation.annotation_id].append(relation)
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


def _record(doc: Any, annotation: Any, spans: list[Any], relations: list[Any]) -> dict[str, Any]:
    text = doc.text
    keys = {span.id: span.key for span in spans}
    record: dict[str, Any] = {
        "id": doc.doc_id,
        "text": text,
        "meta": doc.meta or {},
        "spans": [
            {
                "id": span.key,
                "start": span.start,
                "end": span.end,
                "label": span.label,
                "text": text[span.start : span.end],
                "source": span.source,
                "score": span.score,
                "attrs": span.attrs or {},
            }
            for span in spans
        ],
        "relations": [
            {
                "id": rel.key,
                "head": keys[rel.head_id],
                "child": keys[rel.child_id],
                "label": rel.label,
                "source": rel.source,
                "score": rel.score,
                "attrs": rel.attrs or {},
            }
            for rel in relations
        ],
        "annotator": None if annotation is None else annotation.name,
        "layer": None if annotation is None else annotation.layer,
        "status": "todo" if annotation is None else annotation.status,
        "updated_at": None if annotation is None else format_time(annotation.updated_at),
    }
    if annotation is not None and annotation.comment:
        record["comment"] = annotation.comment
    return record


def has_annotations(project: Project) -> bool:
    with project.engine.connect() as connection:
        return bool(connection.execute(select(exists().where(t.annotations.c.id.isnot(None)))).scalar())
