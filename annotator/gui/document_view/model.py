"""What the document view shows: spans and relations in code points, and how each span is drawn.

Nothing here imports Qt, so the indexing rules (lanes, styles, look-ups) are tested without a widget.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any

from annotator.model.scheme import Scheme


@dataclass(frozen=True)
class ViewSpan:
    """A span as the view draws it; offsets are code points, end exclusive."""

    id: str
    start: int
    end: int
    label: str
    suggested: bool  # an unconfirmed pre-label: drawn dashed/faded
    attrs: dict[str, Any] = field(default_factory=dict)
    marked: bool = False  # to be looked at (a disagreement in a lead's review): its text is tinted
    pending: bool = False  # shown but its save not yet stored (the edit queue): drawn dashed/hollow


@dataclass(frozen=True)
class ViewRelation:
    """A directed relation between two spans of the document, by span id."""

    id: str
    head: str
    child: str
    label: str
    suggested: bool
    pending: bool = False  # shown but its save not yet stored (the edit queue): drawn with short dashes


class SpanStyle(Enum):
    BAR = "bar"  # an underline bar in a lane under the text (entities, cues, speakers)
    BACKGROUND = "background"  # a tinted background behind the text (quotes)
    FURNITURE = "furniture"  # greyed text, no bar


def span_style(scheme: Scheme | None, label: str) -> SpanStyle:
    """How a label is drawn: furniture is greyed; a quote-group label that only ever heads relations
    (QUOTE: the container of speech) is a background; everything else is an underline bar."""
    if scheme is None:
        return SpanStyle.BAR
    span_label = scheme.span_label(label)
    if span_label is None:
        return SpanStyle.BAR
    if span_label.group == "furniture":
        return SpanStyle.FURNITURE
    if span_label.group == "quote":
        heads = any(label in rule.heads for rule in scheme.relation_labels)
        children = any(label in rule.children for rule in scheme.relation_labels)
        if heads and not children:
            return SpanStyle.BACKGROUND
    return SpanStyle.BAR


class IndexedSpan:
    """A span with how it is drawn; ``lane`` for bars (0 nearest the text), ``depth`` for quote tints."""

    __slots__ = ("depth", "lane", "span", "style")

    def __init__(self, span: ViewSpan, style: SpanStyle) -> None:
        self.span = span
        self.style = style
        self.lane = 0
        self.depth = 0


class SpanIndex:
    """Spans sorted by start, with lanes, per-paragraph buckets and look-ups by id and offset.

    Rebuilt on every change (a 2,000-span document takes a few milliseconds), or derived from the
    previous index when no span moved (:meth:`with_spans`).
    """

    def __init__(self, spans: list[ViewSpan], scheme: Scheme | None, paragraph_starts: list[int]) -> None:
        styles = {label: span_style(scheme, label) for label in {span.label for span in spans}}
        items = [IndexedSpan(span, styles[span.label]) for span in spans if span.end > span.start]
        items.sort(key=lambda item: (item.span.start, -item.span.end, item.span.id))
        self.items: list[IndexedSpan] = items
        self.by_id: dict[str, IndexedSpan] = {item.span.id: item for item in items}
        self._pending = {item.span.id for item in items if item.span.pending}
        _assign_lanes([item for item in items if item.style is SpanStyle.BAR])
        _assign_depths([item for item in items if item.style is SpanStyle.BACKGROUND])
        count = len(paragraph_starts)
        self.buckets: list[list[IndexedSpan]] = [[] for _ in range(count)]
        self._lanes = [0] * count
        self._paragraph_starts = paragraph_starts
        for item in items:
            first = max(0, bisect_right(paragraph_starts, item.span.start) - 1)
            if first + 1 < count and item.span.end > paragraph_starts[first + 1]:
                last = min(bisect_right(paragraph_starts, item.span.end - 1) - 1, count - 1)
            else:
                last = first
            for index in range(first, last + 1):
                self.buckets[index].append(item)
                if item.style is SpanStyle.BAR and item.lane >= self._lanes[index]:
                    self._lanes[index] = item.lane + 1

    def with_spans(self, spans: list[ViewSpan], scheme: Scheme | None) -> SpanIndex | None:
        """A new index for ``spans`` of the same text that reuses this one's order, lanes and
        buckets, when every span keeps its id, extent and style (relabelled within its style,
        accepted, given attributes); None when it must be built afresh (spans added, removed,
        resized, or a label drawn another way). A relabel then skips the lane assignment."""
        kept = [span for span in spans if span.end > span.start]
        if len(kept) != len(self.items):
            return None
        styles = {label: span_style(scheme, label) for label in {span.label for span in kept}}
        fresh: dict[str, IndexedSpan] = {}
        for span in kept:
            old = self.by_id.get(span.id)
            if old is None or old.span.start != span.start or old.span.end != span.end or old.style is not styles[span.label]:
                return None
            item = fresh[span.id] = IndexedSpan(span, old.style)
            item.lane, item.depth = old.lane, old.depth
        if len(fresh) != len(kept):
            return None  # a repeated id
        index = SpanIndex.__new__(SpanIndex)
        index.items = [fresh[item.span.id] for item in self.items]
        index.by_id = {item.span.id: item for item in index.items}
        index._pending = {item.span.id for item in index.items if item.span.pending}
        index.buckets = [[fresh[item.span.id] for item in bucket] for bucket in self.buckets]
        index._lanes = list(self._lanes)
        index._paragraph_starts = self._paragraph_starts
        return index

    def label_rooms(self, relations: Iterable[ViewRelation]) -> list[bool]:
        """Per paragraph, whether it holds an end of a relation: its lines get room under the bars
        for the labels of the arcs (see :meth:`Metrics.under_gap`)."""
        rooms = [False] * len(self.buckets)
        starts = self._paragraph_starts
        for span_id in {end for relation in relations for end in (relation.head, relation.child)}:
            item = self.by_id.get(span_id)
            if item is not None and rooms:
                first = max(0, bisect_right(starts, item.span.start) - 1)
                last = min(max(first, bisect_right(starts, item.span.end - 1) - 1), len(rooms) - 1)
                rooms[first : last + 1] = [True] * (last + 1 - first)
        return rooms

    def set_pending(self, span_ids: Collection[str]) -> list[IndexedSpan]:
        """Mark the spans in ``span_ids`` pending and every other span not; returns the spans whose
        flag changed (lanes and buckets do not depend on it, so nothing else is rebuilt)."""
        wanted = {span_id for span_id in span_ids if span_id in self.by_id}
        changed = []
        for span_id in wanted.symmetric_difference(self._pending):
            item = self.by_id[span_id]
            item.span = replace(item.span, pending=span_id in wanted)
            changed.append(item)
        self._pending = wanted
        return changed

    def pending(self) -> set[str]:
        """Ids of the spans drawn as pending."""
        return set(self._pending)

    def lanes(self) -> list[int]:
        """Bar lanes used per paragraph (what the paragraphs' heights depend on)."""
        return self._lanes

    def lanes_in_paragraph(self, paragraph: int) -> int:
        """Number of bar lanes used by the spans touching a paragraph."""
        return self._lanes[paragraph]

    def spans_at(self, offset: int) -> list[IndexedSpan]:
        """Spans covering the character at ``offset``, innermost (shortest) first."""
        if not self._paragraph_starts:
            return []
        paragraph = max(0, bisect_right(self._paragraph_starts, offset) - 1)
        found = [item for item in self.buckets[paragraph] if item.span.start <= offset < item.span.end]
        found.sort(key=lambda item: (item.span.end - item.span.start, item.style is SpanStyle.BACKGROUND))
        return found

    def span_at(self, offset: int) -> str | None:
        found = self.spans_at(offset)
        return found[0].span.id if found else None


def _clusters(items: list[IndexedSpan]) -> list[list[IndexedSpan]]:
    """Runs of spans (sorted by start) that overlap one another, directly or through others."""
    clusters: list[list[IndexedSpan]] = []
    cluster_end = -1
    for item in items:
        if clusters and item.span.start < cluster_end:
            clusters[-1].append(item)
            cluster_end = max(cluster_end, item.span.end)
        else:
            clusters.append([item])
            cluster_end = item.span.end
    return clusters


def _assign_lanes(items: list[IndexedSpan]) -> None:
    """Give each bar the lowest lane free of the bars it overlaps, shortest first, so that a nested
    span sits nearer the text than the span around it (CUE and SPEAKER on one token: two lanes)."""
    for cluster in _clusters(items):
        if len(cluster) == 1:
            continue
        placed: list[IndexedSpan] = []
        for member in sorted(cluster, key=lambda m: (m.span.end - m.span.start, m.span.start, m.span.id)):
            taken = {other.lane for other in placed if other.span.start < member.span.end and member.span.start < other.span.end}
            lane = 0
            while lane in taken:
                lane += 1
            member.lane = lane
            placed.append(member)


def _assign_depths(items: list[IndexedSpan]) -> None:
    """Quote tints: depth counts the longer spans around one, so nested quotes tint darker."""
    for cluster in _clusters(items):
        for member in cluster:
            member.depth = sum(
                1
                for other in cluster
                if other is not member
                and other.span.start <= member.span.start
                and member.span.end <= other.span.end
                and (other.span.end - other.span.start) > (member.span.end - member.span.start)
            )


class RelationIndex:
    """The relations of a document, by the spans at their ends."""

    def __init__(self, relations: list[ViewRelation], pending: Collection[str] = ()) -> None:
        wanted = frozenset(pending)
        self.relations = [
            relation if relation.pending == (relation.id in wanted) else replace(relation, pending=relation.id in wanted)
            for relation in relations
        ]
        self.of: dict[str, list[ViewRelation]] = {}
        for relation in self.relations:
            self.of.setdefault(relation.head, []).append(relation)
            self.of.setdefault(relation.child, []).append(relation)

    def pending(self) -> set[str]:
        """Ids of the relations drawn as pending."""
        return {relation.id for relation in self.relations if relation.pending}

    def in_focus(self, selected: str | None, hovered: str | None, show_all: bool) -> tuple[set[str], list[ViewRelation]]:
        """The spans related to the selected or hovered span (themselves included), and the relations
        to draw: every one when ``show_all`` or nothing is in focus, else only those of the focus."""
        related: set[str] = set()
        for span_id in (selected, hovered):
            if span_id:
                related.add(span_id)
                for relation in self.of.get(span_id, []):
                    related.update((relation.head, relation.child))
        if not (selected or hovered) or show_all:
            return related, self.relations
        # A relation between the selected and the hovered span is theirs twice: draw it once.
        chosen: dict[str, ViewRelation] = {}
        for span_id in (selected, hovered):
            for relation in self.of.get(span_id or "", []):
                chosen.setdefault(relation.id, relation)
        return related, list(chosen.values())
