"""A project's annotations read straight into :class:`Columns`: documents and annotations in
two queries, then all spans and all relations each as one long string of numbers made by the
database (``group_concat`` / ``string_agg``) and parsed by numpy. Fetching millions of rows
through the driver, one Python tuple each, was most of the reading time.

Span labels are coded by the database (the scheme's labels, an indirect QUOTE as
``QUOTE:indirect``); a span whose label the scheme does not know is coded -1 and looked up
afterwards. Only relations SPEAKER, CUE and COREF are read.
"""

from __future__ import annotations

import numpy as np
from sqlalchemy import Connection, bindparam, text

from annotator.agreement.columns import RELATION_CODES, Columns
from annotator.agreement.units import QUOTE_LABELS
from annotator.storage.project import Project

_SPANS = (
    "SELECT {aggregate} FROM spans s JOIN annotations a ON a.id = s.annotation_id "
    "WHERE a.document_id > :after AND a.document_id <= :up_to"
)
_RELATIONS = (
    "SELECT {aggregate} FROM relations r JOIN annotations a ON a.id = r.annotation_id "
    "WHERE a.document_id > :after AND a.document_id <= :up_to AND r.label IN ('SPEAKER', 'CUE', 'COREF')"
)


def _aggregate(dialect: str, fields: list[str]) -> str:
    if dialect == "postgresql":
        return f"string_agg(concat_ws(',', {', '.join(fields)}), ',')"
    return "group_concat(" + " || ',' || ".join(fields) + ", ',')"


def _numbers(connection: Connection, query: str, parameters: dict[str, object], width: int) -> np.ndarray:
    found = connection.execute(text(query), parameters).scalar()
    return np.fromstring(found or "", dtype=np.int64, sep=",").reshape(-1, width)


def _label_case(dialect: str, labels: list[str], parameters: dict[str, object]) -> str:
    """SQL coding a span's label as its index in ``labels`` (an indirect QUOTE as ``QUOTE:indirect``)."""
    indirect = "s.attrs->>'type' = 'indirect'" if dialect == "postgresql" else "json_extract(s.attrs, '$.type') = 'indirect'"
    branches = []
    for code, label in enumerate(labels):
        if label == "QUOTE:indirect":
            continue
        parameters[f"label{code}"] = label
        if label == "QUOTE":
            branches.append(f"WHEN :label{code} THEN CASE WHEN {indirect} THEN {labels.index('QUOTE:indirect')} ELSE {code} END")
        else:
            branches.append(f"WHEN :label{code} THEN {code}")
    return f"CASE s.label {' '.join(branches)} ELSE -1 END"


def project_columns(project: Project, *, after: int = 0, up_to: int | None = None) -> Columns:
    """Every annotated document whose key is in (``after``, ``up_to``], with all its layers."""
    limit = up_to if up_to is not None else 2**62
    window = {"after": after, "up_to": limit}
    labels = [label.name for label in project.scheme.span_labels]
    labels += [label for label in QUOTE_LABELS if label not in labels]
    columns = Columns(labels=labels)
    with project.engine.connect() as connection:
        dialect = connection.dialect.name
        documents = connection.execute(
            text(
                "SELECT d.id, d.doc_id, d.text FROM documents d WHERE d.id > :after AND d.id <= :up_to "
                "AND EXISTS (SELECT 1 FROM annotations a WHERE a.document_id = d.id) ORDER BY d.id"
            ),
            window,
        ).all()
        annotations = connection.execute(
            text(
                "SELECT a.id, a.document_id, a.layer, a.status, u.name FROM annotations a JOIN users u ON u.id = a.user_id "
                "WHERE a.document_id > :after AND a.document_id <= :up_to ORDER BY a.document_id, a.updated_at, a.id"
            ),
            window,
        ).all()
        parameters: dict[str, object] = dict(window)
        case = _label_case(dialect, labels, parameters)
        spans = _numbers(
            connection,
            _SPANS.format(aggregate=_aggregate(dialect, ["s.annotation_id", "s.id", "s.start", 's."end"', case])),
            parameters,
            5,
        )
        relation_case = (
            "CASE r.label " + " ".join(f"WHEN '{label}' THEN {code}" for label, code in RELATION_CODES.items()) + " END"
        )
        relations = _numbers(
            connection,
            _RELATIONS.format(aggregate=_aggregate(dialect, ["r.annotation_id", "r.head_id", "r.child_id", relation_case])),
            window,
            4,
        )
        unknown = spans[spans[:, 4] < 0, 1]
        if len(unknown):
            names = dict(
                connection.execute(
                    text("SELECT id, label FROM spans WHERE id IN :ids").bindparams(bindparam("ids", expanding=True)),
                    {"ids": unknown.tolist()},
                ).all()
            )
            for label in names.values():
                if label not in labels:
                    labels.append(label)
            code_of = {pk: labels.index(label) for pk, label in names.items()}
            spans[spans[:, 4] < 0, 4] = [code_of[pk] for pk in unknown.tolist()]
    document_keys = np.asarray([row.id for row in documents], dtype=np.int64)
    columns.doc_ids = [row.doc_id for row in documents]
    columns.texts = [row.text for row in documents]
    annotation_keys = np.asarray([row.id for row in annotations], dtype=np.int64)
    columns.ann_doc = np.searchsorted(document_keys, np.asarray([row.document_id for row in annotations], dtype=np.int64))
    columns.ann_layer = [row.layer for row in annotations]
    columns.ann_status = [row.status for row in annotations]
    columns.ann_name = [row.name for row in annotations]
    by_key = np.argsort(annotation_keys)
    columns.span_ann = by_key[np.searchsorted(annotation_keys[by_key], spans[:, 0])]
    columns.span_start, columns.span_end, columns.span_label = spans[:, 2], spans[:, 3], spans[:, 4]
    columns.span_order = spans[:, 1]  # the span's key in the database: the order it was written in
    span_order = np.argsort(spans[:, 1])
    span_keys = spans[span_order, 1]
    columns.rel_ann = by_key[np.searchsorted(annotation_keys[by_key], relations[:, 0])]
    columns.rel_head = span_order[np.searchsorted(span_keys, relations[:, 1])]
    columns.rel_child = span_order[np.searchsorted(span_keys, relations[:, 2])]
    columns.rel_label = relations[:, 3]
    return columns.finish()
