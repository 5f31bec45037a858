"""What an edit will do to an annotation, worked out from the record a window shows, before it is saved.

The window shows an edit at once and saves it on the edit queue's thread. These functions run the
same checks as :class:`AnnotationEditor` (text, scheme, overlaps, duplicates) against the shown
record and return what the editor will store, new ids included (the editor is given them), so
that what is shown is what will be committed. The editor checks again inside its transaction;
when the two disagree (another session changed the annotation), the save fails and the window
reads the document again.
"""

from __future__ import annotations

from typing import Any

from annotator.model.names import HUMAN
from annotator.model.records import Record, RecordProblem, Relation, Span
from annotator.model.scheme import Scheme
from annotator.storage.edit_steps import check_span, next_key
from annotator.storage.editing import EditError


def _span(record: Record, span_id: str) -> Span:
    found = next((span for span in record.spans if span.id == span_id), None)
    if found is None:
        raise EditError(f"no span {span_id!r} in this annotation")
    return found


def new_span(
    scheme: Scheme, text: str, record: Record, start: int, end: int, label: str, *, attrs: dict[str, Any] | None = None
) -> Span:
    """The span :meth:`AnnotationEditor.add_span` will add, with the id it is to get."""
    check_span(scheme, text, start, end, label, list(record.spans))
    key = next_key([span.id or "" for span in record.spans], "s")
    return Span(  # type: ignore[arg-type]
        id=key, start=start, end=end, label=label, text=text[start:end], source=HUMAN, score=None, attrs=dict(attrs or {})
    )


def changed_span(
    scheme: Scheme, text: str, record: Record, span_id: str, *, start: int | None, end: int | None, label: str | None
) -> tuple[Span, Span]:
    """(before, after) of :meth:`AnnotationEditor.update_span` with ``source`` human."""
    before = _span(record, span_id)
    new_start = before.start if start is None else start
    new_end = before.end if end is None else end
    new_label = before.label if label is None else label
    check_span(scheme, text, new_start, new_end, new_label, [span for span in record.spans if span.id != span_id])
    if new_label != before.label:
        labels = {span.id: span.label for span in record.spans}
        for rel in record.relations:
            if span_id not in (rel.head, rel.child):
                continue
            head = new_label if rel.head == span_id else labels.get(rel.head)
            child = new_label if rel.child == span_id else labels.get(rel.child)
            try:
                scheme.check_relation(rel.label, head, child)
            except RecordProblem as problem:
                raise EditError(f"cannot relabel: {problem}") from problem
    after = before.model_copy(
        update={"start": new_start, "end": new_end, "label": new_label, "text": text[new_start:new_end], "source": HUMAN}
    )
    return before, after


def span_with_attrs(scheme: Scheme, record: Record, span_id: str, attrs: dict[str, Any]) -> tuple[Span, Span]:
    """(before, after) of :meth:`AnnotationEditor.set_span_attrs` with ``source`` human."""
    before = _span(record, span_id)
    try:
        scheme.check_attrs(before.label, attrs)
    except RecordProblem as problem:
        raise EditError(str(problem)) from problem
    return before, before.model_copy(update={"attrs": dict(attrs), "source": HUMAN})


def removed_span(record: Record, span_id: str) -> tuple[Span, list[Relation]]:
    """The span :meth:`AnnotationEditor.delete_span` will delete and the relations going with it."""
    span = _span(record, span_id)
    return span, [rel for rel in record.relations if span_id in (rel.head, rel.child)]


def new_relation(scheme: Scheme, record: Record, head: str, child: str, label: str) -> Relation:
    """The relation :meth:`AnnotationEditor.add_relation` will add, with the id it is to get."""
    head_span, child_span = _span(record, head), _span(record, child)
    if head == child:
        raise EditError("a relation needs two different spans")
    try:
        scheme.check_relation(label, head_span.label, child_span.label)
    except RecordProblem as problem:
        raise EditError(str(problem)) from problem
    if any(rel.head == head and rel.child == child and rel.label == label for rel in record.relations):
        raise EditError(f"that {label} relation exists already")
    key = next_key([rel.id or "" for rel in record.relations], "r")
    return Relation(id=key, head=head, child=child, label=label, source=HUMAN)  # type: ignore[arg-type]


def removed_relation(record: Record, relation_id: str) -> Relation:
    found = next((rel for rel in record.relations if rel.id == relation_id), None)
    if found is None:
        raise EditError(f"no relation {relation_id!r} in this annotation")
    return found


def accepted(record: Record, span_ids: list[str] | None) -> tuple[list[str], list[str]]:
    """The span and relation ids :meth:`AnnotationEditor.accept_suggestions` will confirm."""
    wanted = None if span_ids is None else set(span_ids)
    spans = [span.id or "" for span in record.spans if span.source != HUMAN and (wanted is None or span.id in wanted)]
    human = {span.id for span in record.spans if span.source == HUMAN} | set(spans)
    relations = [
        rel.id or "" for rel in record.relations if rel.source != HUMAN and rel.head in human and rel.child in human
    ]
    return spans, relations
