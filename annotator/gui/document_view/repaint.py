"""Which part of the document view a change needs repainted.

A label key changes one span (and the selection, the caret and what is pending); repainting the
whole viewport for it costs a full paint of every visible paragraph, which on a loaded machine
stopped the event loop for up to ~100 ms. These helpers turn changed code-point ranges into the
rows of the paragraphs holding them, so that Qt repaints (and the painter walks) only those.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect

from annotator.gui.document_view.model import IndexedSpan, RelationIndex, SpanIndex, ViewRelation

if TYPE_CHECKING:
    from annotator.gui.document_view.layout import DocumentLayout

#: Room kept around the changed rows: label chips sit above a span's first line, relation arcs
#: hang below the bars (see DocumentPainter._arc); both are covered by this many line heights.
PAD_LINES = 3.0
#: Past this many changed ranges a full repaint is as cheap as working out the rows.
MAX_RANGES = 200

Range = tuple[int, int]


def changed_spans(old: SpanIndex, new: SpanIndex) -> list[Range]:
    """The extents (before and after) of the spans that differ between two indexes, as drawn:
    added, removed, changed, or moved to another lane or tint depth."""
    ranges: list[Range] = []
    for span_id, item in new.by_id.items():
        before = old.by_id.get(span_id)
        same_place = before is not None and before.lane == item.lane and before.depth == item.depth
        if same_place and (before.span is item.span or before.span == item.span):  # type: ignore[union-attr]
            continue  # identity first: most ViewSpans are reused (ViewSpanCache)
        ranges.append((item.span.start, item.span.end))
        if before is not None:
            ranges.append((before.span.start, before.span.end))
    ranges.extend((item.span.start, item.span.end) for span_id, item in old.by_id.items() if span_id not in new.by_id)
    return ranges


def changed_relations(old: RelationIndex, new: RelationIndex, spans: Iterable[SpanIndex]) -> list[Range]:
    """The stretch of text under each relation added, removed or changed (its arc and both ends)."""
    before, after = set(old.relations), set(new.relations)
    indexes = list(spans)
    return [extent for relation in before ^ after if (extent := relation_extent(relation, indexes)) is not None]


def relation_extent(relation: ViewRelation, indexes: list[SpanIndex]) -> Range | None:
    """From the start of the earlier end to the end of the later one (None when an end is unknown)."""
    for index in indexes:
        head, child = index.by_id.get(relation.head), index.by_id.get(relation.child)
        if head is not None and child is not None:
            return min(head.span.start, child.span.start), max(head.span.end, child.span.end)
    return None


def focus_ranges(index: SpanIndex, related: set[str], relations: list[ViewRelation]) -> list[Range]:
    """What a focus draws differently: its related spans (not dimmed) and the arcs shown for it."""
    items: list[IndexedSpan] = [index.by_id[span_id] for span_id in related if span_id in index.by_id]
    ranges = [(item.span.start, item.span.end) for item in items]
    ranges.extend(extent for relation in relations if (extent := relation_extent(relation, [index])) is not None)
    return ranges


def rows_rect(layout: DocumentLayout, ranges: Iterable[Range], scroll: int, width: int) -> QRect | None:
    """The viewport rectangle over the paragraphs holding ``ranges``, padded for chips and arcs,
    as wide as the viewport (arcs bow into the left margin); None when there is nothing to repaint."""
    if not layout.paragraphs:
        return None
    first, last = None, None
    for start, end in ranges:
        low = layout.paragraph_of(max(0, min(start, end) - 1))
        high = layout.paragraph_of(max(start, end))
        first = low if first is None else min(first, low)
        last = high if last is None else max(last, high)
    if first is None or last is None:
        return None
    tops = layout.tops
    pad = PAD_LINES * layout.metrics.line_height
    top = tops[first] - pad - scroll
    bottom = tops[last + 1] + pad - scroll
    return QRect(0, int(top) - 1, width, int(bottom - top) + 3)
