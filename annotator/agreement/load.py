"""Reading a project's annotations for agreement: every layer of every annotated document,
a chunk of documents at a time, straight into :class:`DocumentAnnotations`.

Leaner than the export reader: no record dicts, and span ``attrs`` are decoded only for QUOTE
spans (the one attribute agreement looks at is a quote's ``type``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, select

from annotator.agreement.compute import DEFAULT_STATUSES, compute_agreement
from annotator.agreement.report import AgreementReport
from annotator.agreement.units import Annotation, DocumentAnnotations, RelationUnit, SpanUnit, unit_label
from annotator.progress import CancelHook, ProgressHook
from annotator.storage import tables as t
from annotator.storage.project import Project

SPANS = 'SELECT annotation_id, id, "key", start, "end", label, attrs FROM spans WHERE annotation_id IN ({markers})'
RELATIONS = "SELECT annotation_id, head_id, child_id, label FROM relations WHERE annotation_id IN ({markers})"


def iter_documents(
    project: Project, chunk_size: int = 1000, *, after: int = 0, up_to: int | None = None
) -> Iterator[DocumentAnnotations]:
    """Documents someone annotated, with each annotator's layer, the pre-labels and gold; only
    those whose key is in (``after``, ``up_to``] when given."""
    last = after
    while True:
        with project.engine.connect() as connection:
            annotated = select(t.annotations.c.id).where(t.annotations.c.document_id == t.documents.c.id).exists()
            query = select(t.documents.c.id, t.documents.c.doc_id, t.documents.c.text).where(t.documents.c.id > last, annotated)
            if up_to is not None:
                query = query.where(t.documents.c.id <= up_to)
            docs = connection.execute(query.order_by(t.documents.c.id).limit(chunk_size)).all()
            if not docs:
                return
            last = docs[-1].id
            rows = connection.execute(
                select(
                    t.annotations.c.id,
                    t.annotations.c.document_id,
                    t.annotations.c.layer,
                    t.annotations.c.status,
                    t.users.c.name,
                )
                .join(t.users, t.users.c.id == t.annotations.c.user_id)
                .where(t.annotations.c.document_id.in_([doc.id for doc in docs]))
                .order_by(t.annotations.c.document_id, t.annotations.c.updated_at, t.annotations.c.id)
            ).all()
            contents = _contents(connection, [row.id for row in rows])
        by_document: dict[int, list[Any]] = defaultdict(list)
        for row in rows:
            by_document[row.document_id].append(row)
        for doc in docs:
            document = DocumentAnnotations(doc_id=doc.doc_id, text=doc.text)
            for row in by_document[doc.id]:
                spans, relations = contents.get(row.id, ([], []))
                annotation = Annotation(status=row.status, spans=spans, relations=relations)
                if row.layer == "annotation":
                    document.annotators[row.name] = annotation
                elif row.layer == "prelabel":
                    document.prelabel = annotation  # rows come oldest first: the newest pre-labeller's wins
                elif row.layer == "gold":
                    document.gold = annotation
            yield document


def _contents(connection: Connection, annotation_ids: list[int]) -> dict[int, tuple[list[SpanUnit], list[RelationUnit]]]:
    """Spans and relations of the annotations, read through the driver (they are the bulk of the rows)."""
    found: dict[int, tuple[list[SpanUnit], list[RelationUnit]]] = {pk: ([], []) for pk in annotation_ids}
    if not annotation_ids:
        return found
    marker = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    markers = ", ".join(marker for _ in annotation_ids)
    keys: dict[int, str] = {}
    cursor = connection.connection.cursor()
    try:
        cursor.execute(SPANS.format(markers=markers), tuple(annotation_ids))
        for annotation_id, pk, key, start, end, label, attrs in cursor.fetchall():
            keys[pk] = key
            if label == "QUOTE" and attrs:
                label = unit_label(label, attrs if isinstance(attrs, dict) else json.loads(attrs))
            found[annotation_id][0].append(SpanUnit(key, start, end, label))
        cursor.execute(RELATIONS.format(markers=markers), tuple(annotation_ids))
        for annotation_id, head, child, label in cursor.fetchall():
            found[annotation_id][1].append(RelationUnit(keys[head], keys[child], label))
    finally:
        cursor.close()
    return found


def entity_labels(project: Project) -> frozenset[str]:
    """Labels that give tokens their label: those of the scheme's exclusive groups (entities)."""
    scheme = project.scheme
    return frozenset(label.name for label in scheme.span_labels if label.group in scheme.exclusive_groups)


def project_agreement(
    project: Project,
    statuses: tuple[str, ...] | None = None,
    *,
    progress: ProgressHook | None = None,
    cancel: CancelHook | None = None,
) -> AgreementReport:
    return compute_agreement(
        iter_documents(project),
        lang=project.lang,
        entity_labels=entity_labels(project),
        statuses=statuses or DEFAULT_STATUSES,
        progress=progress,
        cancel=cancel,
        total=project.document_count() if progress is not None else None,
    )
