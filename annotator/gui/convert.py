"""Records to what the document view draws (both in code points)."""

from __future__ import annotations

from annotator.gui.document_view import ViewRelation, ViewSpan
from annotator.model.names import HUMAN
from annotator.model.records import Record, Span


class ViewSpanCache:
    """ViewSpans of a record, reused for spans that did not change since the last call.

    An edit patches the shown record by replacing only the spans it touched, so on a document
    with 2,000 spans a key press converts one span instead of all of them.
    """

    def __init__(self) -> None:
        self._cache: dict[int, tuple[Span, ViewSpan]] = {}

    def view_spans(self, record: Record | None) -> list[ViewSpan]:
        if record is None:
            self._cache = {}
            return []
        cache: dict[int, tuple[Span, ViewSpan]] = {}
        result = []
        for span in record.spans:
            hit = self._cache.get(id(span))
            view = hit[1] if hit is not None and hit[0] is span else to_view_span(span)
            cache[id(span)] = (span, view)
            result.append(view)
        self._cache = cache
        return result


def to_view_span(span: Span) -> ViewSpan:
    return ViewSpan(
        id=span.id or "",
        start=span.start,
        end=span.end,
        label=span.label,
        suggested=span.source != HUMAN,
        attrs=dict(span.attrs),
    )


def view_spans(record: Record | None) -> list[ViewSpan]:
    return [] if record is None else [to_view_span(span) for span in record.spans]


def view_relations(record: Record | None) -> list[ViewRelation]:
    if record is None:
        return []
    return [
        ViewRelation(id=rel.id or "", head=rel.head, child=rel.child, label=rel.label, suggested=rel.source != HUMAN)
        for rel in record.relations
    ]
