"""Edit effort: how many edits an annotator needs to turn a pre-labelled record into the gold one.

Counted per document, in the units of the annotation window:

- a gold span with no counterpart: 1 (create it);
- a predicted span with no counterpart: 1 (delete it); its links go with it at no further cost;
- the same offsets with another label: 1 (relabel);
- the same label with other bounds: 1 per edge moved (1 or 2);
- each missing or spurious SPEAKER or CUE link between the spans so aligned: 1.

A direct and an indirect QUOTE count as different labels. QUOTE, CUE and SPEAKER spans are
compared on their offsets without edge punctuation and quotation marks, as quote scoring does;
entities on their exact offsets. Annotating from scratch costs one edit per gold span and per
gold SPEAKER or CUE link, which is what the saving is measured against.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from annotator.evaluation.matching import CUE_LABEL, QUOTE_LABEL, SPEAKER_LABEL, core_offsets, is_indirect
from annotator.evaluation.report import DocumentEffort
from annotator.model import Record, Span

#: Relations whose edits are counted (COREF is left out, as the task of linking a pronoun is not asked of annotators here).
LINK_LABELS = (SPEAKER_LABEL, CUE_LABEL)
QUOTE_GROUP = (QUOTE_LABEL, CUE_LABEL, SPEAKER_LABEL)


@dataclass(frozen=True)
class _Item:
    """A span reduced to what effort compares: comparable offsets and a label (QUOTE split by type)."""

    span_id: str | None
    start: int
    end: int
    label: str


def _items(record: Record, labels: Collection[str]) -> list[_Item]:
    items = []
    for span in record.spans:
        if span.label not in labels and span.label not in QUOTE_GROUP:
            continue
        start, end = (span.start, span.end)
        if span.label in QUOTE_GROUP:
            start, end = core_offsets(record.text, span.start, span.end)
        items.append(_Item(span.id, start, end, _effort_label(span)))
    return items


def _effort_label(span: Span) -> str:
    return f"{QUOTE_LABEL}:indirect" if span.label == QUOTE_LABEL and is_indirect(span) else span.label


def document_effort(gold: Record, predicted: Record, labels: Collection[str], name: str = "") -> DocumentEffort:
    """Edits needed to turn ``predicted`` into ``gold``; ``labels`` are the entity labels that count."""
    gold_items, pred_items = _items(gold, labels), _items(predicted, labels)
    result = DocumentEffort(document=name or gold.id or "", scratch=len(gold_items))
    aligned: dict[int, int] = {}  # predicted item index -> gold item index
    free_gold = set(range(len(gold_items)))
    free_pred = set(range(len(pred_items)))

    def pair(condition, cost) -> None:  # type: ignore[no-untyped-def]
        for g in sorted(free_gold):
            candidates = [p for p in sorted(free_pred) if condition(gold_items[g], pred_items[p])]
            if not candidates:
                continue
            best = max(candidates, key=lambda p: _overlap(gold_items[g], pred_items[p]))
            free_gold.discard(g)
            free_pred.discard(best)
            aligned[best] = g
            cost(gold_items[g], pred_items[best])

    def same_bounds(a: _Item, b: _Item) -> bool:
        return (a.start, a.end) == (b.start, b.end)

    def relabel(_g: _Item, _p: _Item) -> None:
        result.relabelled += 1

    def move(g: _Item, p: _Item) -> None:
        result.edges_moved += (g.start != p.start) + (g.end != p.end)

    pair(lambda g, p: same_bounds(g, p) and g.label == p.label, lambda g, p: None)
    pair(lambda g, p: same_bounds(g, p), relabel)
    pair(lambda g, p: g.label == p.label and _overlap(g, p) > 0, move)
    result.missing = len(free_gold)
    result.spurious = len(free_pred)

    gold_index = {item.span_id: number for number, item in enumerate(gold_items) if item.span_id is not None}
    pred_index = {item.span_id: number for number, item in enumerate(pred_items) if item.span_id is not None}
    gold_links = {
        (gold_index[rel.head], gold_index[rel.child], rel.label)
        for rel in gold.relations
        if rel.label in LINK_LABELS and rel.head in gold_index and rel.child in gold_index
    }
    result.scratch += len(gold_links)
    pred_links = set()
    for rel in predicted.relations:
        if rel.label not in LINK_LABELS or rel.head not in pred_index or rel.child not in pred_index:
            continue
        head, child = pred_index[rel.head], pred_index[rel.child]
        if head in free_pred or child in free_pred:
            continue  # deleted with its span
        pred_links.add((aligned[head], aligned[child], rel.label))
    result.missing_links = len(gold_links - pred_links)
    result.spurious_links = len(pred_links - gold_links)
    return result


def _overlap(a: _Item, b: _Item) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))
