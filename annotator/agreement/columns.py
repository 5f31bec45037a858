"""Agreement's input as columns: every span and relation of a corpus in a few numpy arrays.

Counting agreement span by span in Python takes tens of seconds on 10,000 documents; on columns
it is a handful of sorts and joins (:mod:`annotator.agreement.vector`). Columns are built from
:class:`DocumentAnnotations` (:func:`columns_of_documents`) or read from a project in a few
queries (:mod:`annotator.agreement.load`).

Spans are sorted by annotation, label, start and end; relations by annotation.
Only relations SPEAKER, CUE and COREF are kept: agreement looks at no other.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

from annotator.agreement.keys import pack
from annotator.agreement.units import RELATION_LABELS, Annotation, DocumentAnnotations, RelationUnit, SpanUnit
from annotator.progress import CancelHook, Cancelled, ProgressHook

ANNOTATION, PRELABEL, GOLD = "annotation", "prelabel", "gold"
RELATION_CODES = {label: code for code, label in enumerate(RELATION_LABELS)}


def _int_array(values: Iterable[int] | np.ndarray) -> np.ndarray:
    return np.asarray(values if isinstance(values, np.ndarray) else list(values), dtype=np.int64)


@dataclass
class Columns:
    doc_ids: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    ann_doc: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    ann_name: list[str] = field(default_factory=list)
    ann_layer: list[str] = field(default_factory=list)
    ann_status: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)  # span labels by code
    span_ann: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    span_start: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    span_end: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    span_label: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    span_order: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))  # load order
    rel_ann: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    rel_head: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))  # span rows
    rel_child: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    rel_label: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))  # RELATION_CODES
    ann_first: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))  # first span row
    rel_first: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))  # first relation row

    def finish(self) -> Columns:
        """Sorts spans (relations follow their rows) and relations, and indexes both by annotation."""
        order = np.argsort(pack(self.span_ann, self.span_label, self.span_start, self.span_end), kind="stable")
        for name in ("span_ann", "span_start", "span_end", "span_label", "span_order"):
            setattr(self, name, getattr(self, name)[order])
        new_row = np.empty_like(order)
        new_row[order] = np.arange(len(order))
        by_annotation = np.argsort(self.rel_ann, kind="stable")
        self.rel_ann = self.rel_ann[by_annotation]
        self.rel_head = new_row[self.rel_head[by_annotation]] if len(by_annotation) else self.rel_head
        self.rel_child = new_row[self.rel_child[by_annotation]] if len(by_annotation) else self.rel_child
        self.rel_label = self.rel_label[by_annotation]
        annotations = np.arange(len(self.ann_name) + 1)
        self.ann_first = np.searchsorted(self.span_ann, annotations)
        self.rel_first = np.searchsorted(self.rel_ann, annotations)
        return self

    def annotation(self, row: int) -> Annotation:
        """One annotation as :class:`Annotation` (span keys are span rows), for the few comparisons
        counted one by one."""
        first, last = int(self.ann_first[row]), int(self.ann_first[row + 1])
        spans = [
            SpanUnit(str(index), start, end, self.labels[label])
            for index, start, end, label in zip(
                range(first, last),
                self.span_start[first:last].tolist(),
                self.span_end[first:last].tolist(),
                self.span_label[first:last].tolist(),
                strict=True,
            )
        ]
        spans.sort(key=lambda span: int(self.span_order[int(span.key)]))  # load order, as read
        low, high = int(self.rel_first[row]), int(self.rel_first[row + 1])
        relations = [
            RelationUnit(str(head), str(child), RELATION_LABELS[label])
            for head, child, label in zip(
                self.rel_head[low:high].tolist(),
                self.rel_child[low:high].tolist(),
                self.rel_label[low:high].tolist(),
                strict=True,
            )
        ]
        return Annotation(status=self.ann_status[row], spans=spans, relations=relations)


class ColumnsBuilder:
    """Collects documents' annotations row by row, then makes :class:`Columns`."""

    def __init__(self) -> None:
        self.columns = Columns()
        self.codes: dict[str, int] = {}
        self.ann_doc: list[int] = []
        self.span_ann: list[int] = []
        self.span_start: list[int] = []
        self.span_end: list[int] = []
        self.span_label: list[int] = []
        self.rel_ann: list[int] = []
        self.rel_head: list[int] = []
        self.rel_child: list[int] = []
        self.rel_label: list[int] = []

    def code(self, label: str) -> int:
        found = self.codes.get(label)
        if found is None:
            found = self.codes[label] = len(self.codes)
            self.columns.labels.append(label)
        return found

    def add_document(self, document: DocumentAnnotations) -> None:
        columns = self.columns
        number = len(columns.doc_ids)
        columns.doc_ids.append(document.doc_id)
        columns.texts.append(document.text)
        layers = [(ANNOTATION, name, annotation) for name, annotation in document.annotators.items()]
        if document.prelabel is not None:
            layers.append((PRELABEL, "", document.prelabel))
        if document.gold is not None:
            layers.append((GOLD, "", document.gold))
        for layer, name, annotation in layers:
            row = len(columns.ann_name)
            self.ann_doc.append(number)
            columns.ann_name.append(name)
            columns.ann_layer.append(layer)
            columns.ann_status.append(annotation.status)
            rows: dict[str, int] = {}
            for span in annotation.spans:
                rows[span.key] = len(self.span_ann)
                self.span_ann.append(row)
                self.span_start.append(span.start)
                self.span_end.append(span.end)
                self.span_label.append(self.code(span.label))
            for relation in annotation.relations:
                head, child = rows.get(relation.head), rows.get(relation.child)
                code = RELATION_CODES.get(relation.label)
                if head is None or child is None or code is None:
                    continue
                self.rel_ann.append(row)
                self.rel_head.append(head)
                self.rel_child.append(child)
                self.rel_label.append(code)

    def build(self) -> Columns:
        columns = self.columns
        columns.ann_doc = _int_array(self.ann_doc)
        columns.span_ann = _int_array(self.span_ann)
        columns.span_start = _int_array(self.span_start)
        columns.span_end = _int_array(self.span_end)
        columns.span_label = _int_array(self.span_label)
        columns.span_order = np.arange(len(self.span_ann), dtype=np.int64)
        columns.rel_ann = _int_array(self.rel_ann)
        columns.rel_head = _int_array(self.rel_head)
        columns.rel_child = _int_array(self.rel_child)
        columns.rel_label = _int_array(self.rel_label)
        return columns.finish()


def columns_of_documents(
    documents: Iterable[DocumentAnnotations],
    *,
    progress: ProgressHook | None = None,
    cancel: CancelHook | None = None,
    total: int | None = None,
) -> Columns:
    """Columns of in-memory documents; ``progress`` hears of every hundredth document."""
    builder = ColumnsBuilder()
    for number, document in enumerate(documents, 1):
        builder.add_document(document)
        if number % 100 == 0:
            if cancel is not None and cancel():
                raise Cancelled()
            if progress is not None:
                progress(number, total)
    return builder.build()
