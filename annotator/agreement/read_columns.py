"""A project's annotations read straight into :class:`Columns`: documents and annotations in
two queries, then every field of all spans and all relations as one long string of numbers made by the
database (``group_concat`` / ``string_agg``) and parsed by numpy. Fetching millions of rows
through the driver, one Python tuple each, was most of the reading time.

Span labels are coded by the database (the scheme's labels, an indirect QUOTE as
``QUOTE:indirect``); a span whose label the scheme does not know is coded -1 and looked up
afterwards. Only relations SPEAKER, CUE and COREF are read.
"""

from __future__ import annotations

import json

import numpy as np
from sqlalchemy import Connection, bindparam, text

from annotator.agreement.columns import RELATION_CODES, Columns
from annotator.agreement.units import QUOTE_LABELS, unit_label
from annotator.storage.project import Project

_WINDOW = " JOIN annotations a ON a.id = {table}.annotation_id WHERE a.document_id > :after AND a.document_id <= :up_to"
_LABEL_BITS = 64  # span label codes packed with the span's key: codes 0-62, 63 for a label looked up afterwards


def _columns(
    connection: Connection, table: str, fields: list[str], where: str, parameters: dict[str, object]
) -> list[np.ndarray]:
    """``fields`` of every row of ``table`` (aliased by its first letter), as integer arrays: each
    field aggregated into one string of numbers by the database (one aggregate per field is
    cheaper than joining the fields row by row), parsed by numpy."""
    alias = table[0]
    if connection.dialect.name == "postgresql":  # the same row order in every aggregate
        aggregates = [f"string_agg(({field})::text, ',' ORDER BY {alias}.id)" for field in fields]
    else:
        aggregates = [f"group_concat({field})" for field in fields]
    query = f"SELECT {', '.join(aggregates)} FROM {table} {alias}{where}"
    found = connection.execute(text(query), parameters).one()
    return [np.fromstring(values or "", dtype=np.int64, sep=",") for values in found]


def _read_spans(connection: Connection, labels: list[str], window: dict[str, object], where: str, reach: int) -> list[np.ndarray]:
    """Columns annotation key, span key, start, end, label code (-1 for a label not in ``labels``).

    Five numbers a span are packed into two when they fit (span key and label code; annotation,
    start and end with offsets below ``reach``): turning numbers into text is the database's work."""
    parameters = dict(window)
    case = _label_case(connection.dialect.name, labels, parameters)
    last = connection.execute(text("SELECT max(id) FROM annotations")).scalar() or 0
    if len(labels) >= _LABEL_BITS - 1 or float(last + 1) * reach * reach >= 2.0**62:
        return _columns(connection, "spans", ["s.annotation_id", "s.id", "s.start", 's."end"', case], where, parameters)
    case = case.replace("ELSE -1 END", f"ELSE {_LABEL_BITS - 1} END")
    fields = [
        f"CAST(s.id AS BIGINT) * {_LABEL_BITS} + ({case})",
        f'(CAST(s.annotation_id AS BIGINT) * {reach} + s.start) * {reach} + s."end"',
    ]
    key_and_code, place = _columns(connection, "spans", fields, where, parameters)
    code = key_and_code % _LABEL_BITS
    return [
        place // (reach * reach),
        key_and_code // _LABEL_BITS,
        (place // reach) % reach,
        place % reach,
        np.where(code == _LABEL_BITS - 1, -1, code),
    ]


def _read_relations(connection: Connection, window: dict[str, object], where: str) -> list[np.ndarray]:
    """Columns head span key, child span key, relation code of the relations agreement reads."""
    case = "CASE r.label " + " ".join(f"WHEN '{label}' THEN {code}" for label, code in RELATION_CODES.items()) + " END"
    labels = ", ".join(f"'{label}'" for label in RELATION_CODES)
    where = f"{where or ' WHERE 1 = 1'} AND r.label IN ({labels})"
    head_and_code, child = _columns(
        connection, "relations", [f"CAST(r.head_id AS BIGINT) * 4 + ({case})", "r.child_id"], where, window
    )
    return [head_and_code // 4, child, head_and_code % 4]


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


def _look_up(connection: Connection, keys: list[int], labels: list[str]) -> list[int]:
    """Label codes of the spans with these keys (labels the scheme does not know join ``labels``)."""
    query = text("SELECT id, label, attrs FROM spans WHERE id IN :ids").bindparams(bindparam("ids", expanding=True))
    found = {}
    for key, label, attrs in connection.execute(query, {"ids": keys}):
        if label == "QUOTE" and attrs:
            label = unit_label(label, attrs if isinstance(attrs, dict) else json.loads(attrs))
        if label not in labels:
            labels.append(label)
        found[key] = labels.index(label)
    return [found[key] for key in keys]


def project_columns(project: Project, *, after: int = 0, up_to: int | None = None) -> Columns:
    """Every annotated document whose key is in (``after``, ``up_to``], with all its layers."""
    limit = up_to if up_to is not None else 2**62
    window = {"after": after, "up_to": limit}
    labels = [label.name for label in project.scheme.span_labels]
    labels += [label for label in QUOTE_LABELS if label not in labels]
    columns = Columns(labels=labels)
    with project.engine.connect() as connection:
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
        whole = after == 0 and up_to is None
        reach = max((len(row.text) for row in documents), default=0) + 1
        span_annotation, span_key, start, end, code = _read_spans(
            connection, labels, window, "" if whole else _WINDOW.format(table="s"), reach
        )
        head, child, relation = _read_relations(connection, window, "" if whole else _WINDOW.format(table="r"))
        unknown = span_key[code < 0]
        if len(unknown):
            code[code < 0] = _look_up(connection, unknown.tolist(), labels)
    document_keys = np.asarray([row.id for row in documents], dtype=np.int64)
    columns.doc_ids = [row.doc_id for row in documents]
    columns.texts = [row.text for row in documents]
    annotation_keys = np.asarray([row.id for row in annotations], dtype=np.int64)
    columns.ann_doc = np.searchsorted(document_keys, np.asarray([row.document_id for row in annotations], dtype=np.int64))
    columns.ann_layer = [row.layer for row in annotations]
    columns.ann_status = [row.status for row in annotations]
    columns.ann_name = [row.name for row in annotations]
    by_key = np.argsort(annotation_keys)
    columns.span_ann = by_key[np.searchsorted(annotation_keys[by_key], span_annotation)]
    columns.span_start, columns.span_end, columns.span_label = start, end, code
    columns.span_order = span_key  # the order the spans were written in
    span_order = np.argsort(span_key)
    span_keys = span_key[span_order]
    columns.rel_head = span_order[np.searchsorted(span_keys, head)]
    columns.rel_child = span_order[np.searchsorted(span_keys, child)]
    columns.rel_ann = columns.span_ann[columns.rel_head]  # a relation's spans are in its own annotation
    columns.rel_label = relation
    return columns.finish()
