"""What agreement compares: one annotation of one document, reduced to spans and relations.

An indirect QUOTE (``attrs.type == "indirect"``) counts under its own label ``QUOTE:indirect``,
so that direct and indirect quotes are scored apart.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from operator import itemgetter
from typing import Any, NamedTuple

QUOTE_LABELS = ("QUOTE", "QUOTE:indirect")
RELATION_LABELS = ("SPEAKER", "CUE", "COREF")


def unit_label(label: str, attrs: Mapping[str, Any] | None) -> str:
    if label == "QUOTE" and attrs and attrs.get("type") == "indirect":
        return "QUOTE:indirect"
    return label


class SpanUnit(NamedTuple):
    key: str
    start: int
    end: int
    label: str


class RelationUnit(NamedTuple):
    head: str
    child: str
    label: str


_BY_OFFSETS = itemgetter(1, 2)


@dataclass
class Annotation:
    """One user's spans and relations of one document, in one layer."""

    status: str
    spans: list[SpanUnit] = field(default_factory=list)
    relations: list[RelationUnit] = field(default_factory=list)

    @cached_property
    def _index(
        self,
    ) -> tuple[dict[str, list[SpanUnit]], dict[str, list[tuple[int, int]]], dict[tuple[int, int], list[str]]]:
        """Spans by label, their offsets by label (both in text order) and labels by offsets, in one pass."""
        by_label: dict[str, list[SpanUnit]] = {}
        offsets: dict[str, list[tuple[int, int]]] = {}
        places: dict[tuple[int, int], list[str]] = {}
        for span in sorted(self.spans, key=_BY_OFFSETS):
            label = span[3]
            place = (span[1], span[2])
            spans = by_label.get(label)
            if spans is None:
                by_label[label] = [span]
                offsets[label] = [place]
            else:
                spans.append(span)
                offsets[label].append(place)
            labels = places.get(place)
            if labels is None:
                places[place] = [label]
            else:
                labels.append(label)
        return by_label, offsets, places

    @property
    def by_label(self) -> dict[str, list[SpanUnit]]:
        return self._index[0]

    @property
    def offsets_by_label(self) -> dict[str, list[tuple[int, int]]]:
        return self._index[1]

    @property
    def places(self) -> dict[tuple[int, int], list[str]]:
        """Labels by (start, end), for the confusion matrix."""
        return self._index[2]

    @cached_property
    def by_key(self) -> dict[str, SpanUnit]:
        return {span.key: span for span in self.spans}

    def children(self, head: str, label: str) -> list[SpanUnit]:
        """The spans that ``label`` relations lead to from span ``head``, in text order."""
        found = [self.by_key[rel.child] for rel in self.relations if rel.head == head and rel.label == label]
        return sorted(found, key=_BY_OFFSETS)

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
