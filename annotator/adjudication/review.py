"""Reviewing one document for gold, Qt-free: every distinct span and relation of the annotators'
versions, who made it, whether it is in gold, and the lead's accept and reject operations.

The review window shows these rows; undo and redo call the inverse operations.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from annotator.model.records import Record, Relation, Span
from annotator.storage import AnnotationEditor, Project
from annotator.storage.roles import require_lead

FINISHED = ("accepted", "rejected")


@dataclass(frozen=True)
class SpanKey:
    start: int
    end: int
    label: str
    quote_type: str | None = None


@dataclass(frozen=True)
class RelationKey:
    head: SpanKey
    child: SpanKey
    label: str


def span_key(span: Span) -> SpanKey:
    return SpanKey(span.start, span.end, span.label, span.attrs.get("type") if span.label == "QUOTE" else None)


def relation_keys(record: Record) -> set[RelationKey]:
    spans = {span.id: span_key(span) for span in record.spans}
    return {RelationKey(spans[rel.head], spans[rel.child], rel.label) for rel in record.relations}


@dataclass
class Removed:
    span: Span | None = None
    relations: list[Relation] = field(default_factory=list)


@dataclass
class Row:
    """One distinct span or relation across the versions."""

    key: SpanKey | RelationKey
    text: str
    made_by: list[str] = field(default_factory=list)
    in_gold: bool = False

    @property
    def is_relation(self) -> bool:
        return isinstance(self.key, RelationKey)

    def disagreement(self, annotators: list[str]) -> bool:
        """Not every annotator made it, and gold has not settled it yet."""
        return sorted(self.made_by) != sorted(annotators)


class Review:
    """The lead's review of one document: rows of candidates and the gold layer they feed."""

    def __init__(self, project: Project, lead: str, doc_pk: int, *, editor: AnnotationEditor | None = None) -> None:
        """``editor``: the lead's gold editor to share (the review window edits gold through the same
        one, so that its versions never look like another session's)."""
        require_lead(project, lead)
        self.project = project
        self.lead = lead
        self.doc_pk = doc_pk
        self.document = project.document(doc_pk)
        self.gold = editor or AnnotationEditor(project, lead, "gold")
        self.versions: dict[str, Record] = {}
        for name, _role in project.users():
            record = AnnotationEditor(project, name).record(doc_pk)
            if record is not None and record.status in FINISHED:
                self.versions[name] = record
        self.rows: list[Row] = []
        self.by_key: dict[SpanKey | RelationKey, Row] = {}
        self.refresh()

    @property
    def annotators(self) -> list[str]:
        return sorted(self.versions)

    def gold_record(self) -> Record | None:
        return self.gold.record(self.doc_pk)

    def refresh(self, gold: Record | None = None) -> None:
        """Rebuild the rows from the versions and the current gold (``gold``: as read already)."""
        text = self.document.text
        rows: dict[SpanKey | RelationKey, Row] = {}
        for name, record in sorted(self.versions.items()):
            for span in record.spans:
                key = span_key(span)
                rows.setdefault(key, Row(key, text[span.start : span.end])).made_by.append(name)
            for rel in relation_keys(record):
                label = f"{text[rel.head.start : rel.head.end]} → {text[rel.child.start : rel.child.end]}"
                rows.setdefault(rel, Row(rel, label)).made_by.append(name)
        gold = gold or self.gold_record()
        if gold is not None:
            for span in gold.spans:
                key = span_key(span)
                rows.setdefault(key, Row(key, text[span.start : span.end])).in_gold = True
            for rel in relation_keys(gold):
                label = f"{text[rel.head.start : rel.head.end]} → {text[rel.child.start : rel.child.end]}"
                rows.setdefault(rel, Row(rel, label)).in_gold = True

        def order(row: Row) -> tuple[int, int, int, str]:
            span = row.key.head if isinstance(row.key, RelationKey) else row.key
            return (span.start, int(row.is_relation), span.end, row.key.label)

        self.rows = sorted(rows.values(), key=order)
        self.by_key = {row.key: row for row in self.rows}

    def version_spans(self, annotator: str) -> dict[str, SpanKey]:
        """An annotator's spans by id, as keys of the rows."""
        return {span.id or "": span_key(span) for span in self.versions[annotator].spans}

    def version_relations(self, annotator: str, span: SpanKey) -> list[RelationKey]:
        """An annotator's relations that touch ``span``."""
        return sorted(
            (rel for rel in relation_keys(self.versions[annotator]) if span in (rel.head, rel.child)),
            key=lambda rel: (rel.label, rel.child.start, rel.head.start),
        )

    def marked(self, key: SpanKey | RelationKey) -> bool:
        """Shown as a disagreement: not every annotator made it, and gold has not taken it."""
        row = self.by_key.get(key)
        return row is not None and not row.in_gold and row.disagreement(self.annotators)

    def log_rejection(self, key: SpanKey | RelationKey, reason: str) -> None:
        """Record why the lead rejected a candidate (an event of the gold layer)."""
        with self.project.transaction() as connection:
            self.project.log_event(
                connection,
                self.lead,
                "reject",
                document_id=self.doc_pk,
                layer="gold",
                payload={"key": repr(key), "reason": reason},
            )

    def next_disagreement(self, after: int) -> int | None:
        """The index of the next row, after ``after``, that the annotators disagree on (wrapping)."""
        count = len(self.rows)
        for step in range(1, count + 1):
            index = (after + step) % count
            if self.rows[index].disagreement(self.annotators):
                return index
        return None

    # --- gold operations (each with its inverse, for undo) ---------------------------------

    def _gold_span_id(self, key: SpanKey) -> str | None:
        gold = self.gold_record()
        if gold is None:
            return None
        return next((str(span.id) for span in gold.spans if span_key(span) == key), None)

    def accept(self, key: SpanKey | RelationKey) -> None:
        """Put the span or relation into gold; a relation needs both its spans there first."""
        if isinstance(key, RelationKey):
            head, child = self._gold_span_id(key.head), self._gold_span_id(key.child)
            if head is None or child is None:
                raise ValueError("a relation enters gold only when both its spans are in gold: accept them first")
            self.gold.add_relation(self.doc_pk, head, child, key.label)
        else:
            attrs = {"type": key.quote_type} if key.quote_type else None
            self.gold.add_span(self.doc_pk, key.start, key.end, key.label, attrs=attrs)
        self.refresh()

    def remove(self, key: SpanKey | RelationKey, reason: str | None = None) -> Removed:
        """Take the span or relation out of gold (if there), recording the lead's reason; returns
        what was removed (a span takes its relations with it), for :meth:`restore`."""
        removed = Removed()
        gold = self.gold_record()
        if gold is not None:
            if isinstance(key, RelationKey):
                spans = {span.id: span_key(span) for span in gold.spans}
                for rel in gold.relations:
                    if RelationKey(spans[rel.head], spans[rel.child], rel.label) == key:
                        removed.relations.append(self.gold.delete_relation(self.doc_pk, str(rel.id)))
            else:
                span_id = self._gold_span_id(key)
                if span_id is not None:
                    span, relations = self.gold.delete_span(self.doc_pk, span_id)
                    removed.span = span
                    removed.relations.extend(relations)
        if reason is not None:
            self.log_rejection(key, reason)
        self.refresh()
        return removed

    def restore(self, removed: Removed) -> None:
        """Undo of :meth:`remove`."""
        if removed.span is not None:
            self.gold.restore_span(self.doc_pk, removed.span, removed.relations)
        else:
            for rel in removed.relations:
                self.gold.add_relation(self.doc_pk, rel.head, rel.child, rel.label, source=rel.source, key=rel.id)
        self.refresh()

    def mark_done(self, done: bool = True) -> None:
        """ "Gold done" (status accepted), or back to in progress."""
        self.gold.set_status(self.doc_pk, "accepted" if done else "in_progress")

    @property
    def done(self) -> bool:
        gold = self.gold_record()
        return gold is not None and gold.status == "accepted"
