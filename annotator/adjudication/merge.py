"""Pre-merge into gold: the spans and relations all (``unanimous``) or most (``majority``) of a
document's annotators made identically.

One transaction per document. Every merge is logged with what it offered; merging again offers
only what was never offered before, so a span the lead deleted or changed in gold does not come
back and the lead's own additions are never touched. A relation enters gold only when both of
its spans are in gold.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from annotator.model.records import RecordProblem
from annotator.storage import tables as t
from annotator.storage.project import Project, now
from annotator.storage.reading import CorpusFilter, iter_record_dicts
from annotator.storage.roles import require_lead

STRATEGIES = ("unanimous", "majority")
MERGE_ACTION = "merge"

SpanId = tuple[int, int, str, str | None]  # start, end, label, QUOTE type
RelationId = tuple[SpanId, SpanId, str]


@dataclass
class MergeResult:
    documents: int = 0
    spans: int = 0
    relations: int = 0
    skipped: list[str] = field(default_factory=list)  # why a document was left alone


def span_id(span: dict[str, Any]) -> SpanId:
    attrs = span.get("attrs") or {}
    return (int(span["start"]), int(span["end"]), span["label"], attrs.get("type") if span["label"] == "QUOTE" else None)


def agreed(records: list[dict[str, Any]], strategy: str) -> tuple[list[SpanId], list[RelationId]]:
    """Spans and relations made identically by all (or more than half) of ``records``."""
    needed = len(records) if strategy == "unanimous" else len(records) // 2 + 1
    span_counts: Counter[SpanId] = Counter()
    relation_counts: Counter[RelationId] = Counter()
    for record in records:
        by_key = {span["id"]: span_id(span) for span in record["spans"]}
        span_counts.update(set(by_key.values()))
        relation_counts.update({(by_key[rel["head"]], by_key[rel["child"]], rel["label"]) for rel in record["relations"]})
    spans = sorted(key for key, count in span_counts.items() if count >= needed)
    relations = sorted(key for key, count in relation_counts.items() if count >= needed)
    return spans, relations


def _documents(project: Project) -> Iterator[tuple[int, list[dict[str, Any]]]]:
    current: list[dict[str, Any]] = []
    current_pk = None
    for pk, record in iter_record_dicts(project, CorpusFilter(only_annotated=True)):
        if pk != current_pk and current:
            yield int(current_pk), current  # type: ignore[arg-type]
            current = []
        current_pk = pk
        current.append(record)
    if current:
        yield int(current_pk), current  # type: ignore[arg-type]


def merge_to_gold(
    project: Project,
    lead: str,
    *,
    strategy: str = "unanimous",
    statuses: tuple[str, ...] = ("accepted",),
    min_annotators: int = 2,
) -> MergeResult:
    if strategy not in STRATEGIES:
        raise ValueError(f"unknown strategy {strategy!r}")
    require_lead(project, lead)
    result = MergeResult()
    for doc_pk, records in _documents(project):
        finished = [r for r in records if r["layer"] == "annotation" and r["status"] in statuses]
        if len(finished) < min_annotators:
            continue
        gold = [r for r in records if r["layer"] == "gold"]
        if gold and gold[0]["annotator"] != lead:
            result.skipped.append(f"{records[0]['id']}: its gold belongs to {gold[0]['annotator']}")
            continue
        if gold and gold[0]["status"] == "accepted":
            continue  # gold done: the lead's word is final
        spans, relations = agreed(finished, strategy)
        with project.transaction() as connection:
            added_spans, added_relations = _write(project, connection, doc_pk, lead, spans, relations)
        if added_spans or added_relations:
            result.documents += 1
            result.spans += added_spans
            result.relations += added_relations
    return result


def _offered_before(connection: Connection, doc_pk: int) -> tuple[set[SpanId], set[RelationId]]:
    spans: set[SpanId] = set()
    relations: set[RelationId] = set()
    for payload in connection.execute(
        select(t.events.c.payload).where(
            t.events.c.document_id == doc_pk, t.events.c.layer == "gold", t.events.c.action == MERGE_ACTION
        )
    ).scalars():
        spans.update(tuple(item) for item in payload.get("spans", []))  # type: ignore[misc]
        relations.update((tuple(h), tuple(c), label) for h, c, label in payload.get("relations", []))  # type: ignore[misc]
    return spans, relations


def _gold_annotation(project: Project, connection: Connection, doc_pk: int, lead: str, *, create: bool) -> int | None:
    user_id = project.user_id(connection, lead)
    found = connection.execute(
        select(t.annotations.c.id).where(
            t.annotations.c.document_id == doc_pk, t.annotations.c.user_id == user_id, t.annotations.c.layer == "gold"
        )
    ).scalar()
    if found is not None or not create:
        return None if found is None else int(found)
    return int(
        connection.execute(
            t.annotations.insert()
            .values(document_id=doc_pk, user_id=user_id, layer="gold", status="in_progress", seconds=0.0, updated_at=now())
            .returning(t.annotations.c.id)
        ).scalar_one()
    )


def _next_number(keys: list[str], prefix: str) -> int:
    return max((int(m.group(1)) for key in keys if (m := re.fullmatch(rf"{prefix}(\d+)", key))), default=0) + 1


def _write(
    project: Project, connection: Connection, doc_pk: int, lead: str, spans: list[SpanId], relations: list[RelationId]
) -> tuple[int, int]:
    offered_spans, offered_relations = _offered_before(connection, doc_pk)
    new_spans = [span for span in spans if span not in offered_spans]
    new_relations = [rel for rel in relations if rel not in offered_relations]
    if not new_spans and not new_relations:
        return 0, 0
    scheme = project.scheme
    annotation_id = _gold_annotation(project, connection, doc_pk, lead, create=bool(new_spans))
    if annotation_id is None:
        return 0, 0  # only relations, and no gold spans for them to join yet
    existing = connection.execute(
        select(t.spans.c.id, t.spans.c.key, t.spans.c.start, t.spans.c.end, t.spans.c.label, t.spans.c.attrs).where(
            t.spans.c.annotation_id == annotation_id
        )
    ).all()
    present: dict[SpanId, int] = {
        span_id({"start": row.start, "end": row.end, "label": row.label, "attrs": row.attrs}): row.id for row in existing
    }
    placed = [(row.start, row.end, row.label) for row in existing]
    number = _next_number([row.key for row in existing], "s")
    added_spans = 0
    for span in new_spans:
        start, end, label, quote_type = span
        if span in present or scheme.span_label(label) is None or scheme.overlapping_exclusive(placed, start, end, label):
            continue  # already there, or in conflict with the lead's own gold: the lead decides
        row_id = connection.execute(
            t.spans.insert()
            .values(
                annotation_id=annotation_id,
                key=f"s{number}",
                start=start,
                end=end,
                label=label,
                source="human",
                attrs={"type": quote_type} if quote_type else None,
            )
            .returning(t.spans.c.id)
        ).scalar_one()
        number += 1
        present[span] = int(row_id)
        placed.append((start, end, label))
        added_spans += 1
    existing_relations = connection.execute(
        select(t.relations.c.key, t.relations.c.head_id, t.relations.c.child_id, t.relations.c.label).where(
            t.relations.c.annotation_id == annotation_id
        )
    ).all()
    linked = {(row.head_id, row.child_id, row.label) for row in existing_relations}
    number = _next_number([row.key for row in existing_relations], "r")
    added_relations = 0
    offered: list[RelationId] = []  # a relation waits, unoffered, until both its spans are in gold
    for head, child, label in new_relations:
        head_id, child_id = present.get(head), present.get(child)
        if head_id is None or child_id is None:
            continue
        offered.append((head, child, label))
        if (head_id, child_id, label) in linked:
            continue
        try:
            scheme.check_relation(label, head[2], child[2])
        except RecordProblem:
            continue
        connection.execute(
            t.relations.insert().values(
                annotation_id=annotation_id, key=f"r{number}", head_id=head_id, child_id=child_id, label=label, source="human"
            )
        )
        number += 1
        linked.add((head_id, child_id, label))
        added_relations += 1
    if not new_spans and not offered:
        return 0, 0
    connection.execute(t.annotations.update().where(t.annotations.c.id == annotation_id).values(updated_at=now()))
    project.log_event(
        connection,
        lead,
        MERGE_ACTION,
        document_id=doc_pk,
        layer="gold",
        payload={
            "spans": [list(span) for span in new_spans],
            "relations": [[list(h), list(c), label] for h, c, label in new_relations],
        },
    )
    return added_spans, added_relations
