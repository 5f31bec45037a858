"""Which part of the document view a change needs repainted, and the view's helper that asks for it.

A label key changes one span (and the selection, the caret and what is pending); repainting the
whole viewport for it costs a full paint of every visible paragraph, which on a loaded machine
stopped the event loop for up to ~100 ms. These helpers turn changed code-point ranges into the
rows of the paragraphs holding them, so that Qt repaints (and the painter walks) only those.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect
from PySide6.QtGui import QRegion

from annotator.gui.document_view.model import IndexedSpan, RelationIndex, SpanIndex, ViewRelation

if TYPE_CHECKING:
    from annotator.gui.document_view.layout import DocumentLayout
    from annotator.gui.document_view.widget import DocumentView

#: Room kept around the changed rows: label chips sit above a span's first line, relation arcs
#: hang below the bars (see ArcPainter.arc in arcs.py); both are covered by this many line heights.
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


class Snapshot:
    """What the view drew before a change: its index, relations and focus."""

    __slots__ = ("focus", "focused", "index", "relations")

    def __init__(self, index: SpanIndex, relations: RelationIndex, focused: bool, focus: list[Range]) -> None:
        self.index, self.relations, self.focused, self.focus = index, relations, focused, focus


class Repainter:
    """The view's helper that asks Qt to repaint only the rows a change touched."""

    def __init__(self, view: DocumentView) -> None:
        self._view = view

    def has_focus_span(self) -> bool:
        """Whether a span is selected or hovered: then the spans unrelated to it are dimmed."""
        return bool(self._view._selected_span or self._view._hovered_span)

    def focus_ranges(self) -> list[Range]:
        """What the current focus draws differently (its related spans and their arcs)."""
        view = self._view
        if not self.has_focus_span():
            return []
        related, relations = view._relations.in_focus(view._selected_span, view._hovered_span, view._show_all_relations)
        return focus_ranges(view._index, related, relations)

    def snapshot(self) -> Snapshot:
        view = self._view
        return Snapshot(view._index, view._relations, self.has_focus_span(), self.focus_ranges())

    def focus_changed(self, before: Snapshot) -> None:
        """The selected or hovered span changed."""
        if before.focused != self.has_focus_span():
            self._view.viewport().update()  # dimming starts or ends for every span
        else:
            self.update([*before.focus, *self.focus_ranges()])

    def annotations_changed(self, before: Snapshot, moved: bool) -> None:
        """New spans and relations: everything when paragraphs ``moved`` or the focus went away,
        else the rows of the spans and relations that differ (and of the focus, before and after)."""
        view = self._view
        if moved or before.focused != self.has_focus_span():
            view.viewport().update()
            return
        ranges = changed_spans(before.index, view._index)
        ranges += changed_relations(before.relations, view._relations, [view._index, before.index])
        if ranges:
            self.update([*ranges, *before.focus, *self.focus_ranges()])

    def update(self, ranges: list[Range]) -> None:
        """Schedule a repaint of the rows holding these code-point ranges."""
        if not ranges:
            return
        viewport = self._view.viewport()
        if len(ranges) > MAX_RANGES:
            viewport.update()
            return
        scroll, width = self._view.verticalScrollBar().value(), viewport.width()
        region = QRegion()
        for piece in ranges:  # one band per range: two spans far apart do not repaint all between them
            rect = rows_rect(self._view._layout, [piece], scroll, width)
            if rect is not None and rect.intersects(viewport.rect()):
                region += rect
        if not region.isEmpty():
            viewport.update(region)
