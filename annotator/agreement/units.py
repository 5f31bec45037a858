"""What agreement compares: one annotation of one document, reduced to spans and relations.

An indirect QUOTE (``attrs.type == "indirect"``) counts under its own label ``QUOTE:indirect``,
so that direct and indirect quotes are scored apart.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

QUOTE_LABELS = ("QUOTE", "QUOTE:indirect")
RELATION_LABELS = ("SPEAKER", "CUE", "COREF")


def unit_label(label: str, attrs: Mapping[str, Any] | None) -> str:
    if label == "QUOTE" and attrs and attrs.get("type") == "indirect":
        return "QUOTE:indirect"
    return label


@dataclass(frozen=True)
class SpanUnit:
    key: str
    start: int
    end: int
    label: str


@dataclass(frozen=True)
class RelationUnit:
    head: str
    child: str
    label: str


@dataclass
class Annotation:
    """One user's spans and relations of one document, in one layer."""

    status: str
    spans: list[SpanUnit] = field(default_factory=list)
    relations: list[RelationUnit] = field(default_factory=list)

    @cached_property
    def by_label(self) -> dict[str, list[SpanUnit]]:
        grouped: dict[str, list[SpanUnit]] = defaultdict(list)
        for span in sorted(self.spans, key=lambda s: (s.start, s.end)):
            grouped[span.label].append(span)
        return dict(grouped)

    @cached_property
    def offsets_by_label(self) -> dict[str, list[tuple[int, int]]]:
        return {label: [(span.start, span.end) for span in spans] for label, spans in self.by_label.items()}

    @cached_property
    def places(self) -> dict[tuple[int, int], list[str]]:
        """Labels by (start, end), for the confusion matrix."""
        found: dict[tuple[int, int], list[str]] = {}
        for span in self.spans:
            found.setdefault((span.start, span.end), []).append(span.label)
        return found

    @cached_property
    def by_key(self) -> dict[str, SpanUnit]:
        return {span.key: span for span in self.spans}

    def children(self, head: str, label: str) -> list[SpanUnit]:
        """The spans that ``label`` relations lead to from span ``head``, in text order."""
        found = [self.by_key[rel.child] for rel in self.relations if rel.head == head and rel.label == label]
        return sorted(found, key=lambda s: (s.start, s.end))

    @cached_property
    def relation_units(self) -> set[tuple[int, int, int, int, str]]:
        """Relations as (head start, head end, child start, child end, label): equal across annotators
        when both ends have the same offsets and the label is the same."""
        units = set()
        for rel in self.relations:
            head, child = self.by_key.get(rel.head), self.by_key.get(rel.child)
            if head is not None and child is not None and rel.label in RELATION_LABELS:
                units.add((head.start, head.end, child.start, child.end, rel.label))
        return units


@dataclass
class DocumentAnnotations:
    """A document with every annotator's annotation, the pre-labels and the gold layer."""

    doc_id: str
    text: str
    annotators: dict[str, Annotation] = field(default_factory=dict)
    prelabel: Annotation | None = None
    gold: Annotation | None = None

    def finished(self, statuses: Iterable[str]) -> list[str]:
        """Annotators whose status is among ``statuses``, by name."""
        wanted = set(statuses)
        return sorted(name for name, annotation in self.annotators.items() if annotation.status in wanted)


def annotation_from_record(record: Mapping[str, Any]) -> Annotation:
    """An :class:`Annotation` from a record dict in our JSONL schema."""
    spans = [
        SpanUnit(str(span["id"]), int(span["start"]), int(span["end"]), unit_label(span["label"], span.get("attrs")))
        for span in record.get("spans", [])
    ]
    relations = [RelationUnit(str(rel["head"]), str(rel["child"]), rel["label"]) for rel in record.get("relations", [])]
    return Annotation(status=record.get("status") or "todo", spans=spans, relations=relations)


def normalised_name(text: str) -> str:
    """A name compared across annotators: case, spacing and compatibility forms ignored."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())
