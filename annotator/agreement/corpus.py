"""Agreement counts of a corpus held in :class:`Columns`: who finished what, the comparisons
(pairs of annotators, each annotator against gold and against the pre-labels), per-document
scores and the token counts for kappa and alpha."""

from __future__ import annotations

from collections.abc import Collection
from itertools import combinations

import numpy as np

from annotator.agreement.columns import ANNOTATION, GOLD, PRELABEL, Columns
from annotator.agreement.gathering import Gathering
from annotator.agreement.report import DocumentScore
from annotator.agreement.token_counts import TokenTable
from annotator.agreement.tokens import LabelCodes
from annotator.agreement.vector import count_comparisons


class _Jobs:
    """Comparisons to count: annotation rows of both sides and the group each adds to."""

    def __init__(self) -> None:
        self.a: list[int] = []
        self.b: list[int] = []
        self.group: list[int] = []
        self.keys: dict[object, int] = {}

    def add(self, a: int, b: int, key: object) -> None:
        self.a.append(a)
        self.b.append(b)
        self.group.append(self.keys.setdefault(key, len(self.keys)))

    def count(self, columns: Columns, *, attribution: bool):  # type: ignore[no-untyped-def]
        array = np.asarray
        return count_comparisons(
            columns,
            array(self.a, dtype=np.int64),
            array(self.b, dtype=np.int64),
            array(self.group, dtype=np.int64),
            len(self.keys),
            attribution=attribution,
        )


def _layers(columns: Columns) -> list[tuple[dict[str, int], int, int]]:
    """Per document: annotation rows by annotator name, the pre-label row and the gold row (-1:
    none); of several, the last row wins (rows come oldest first)."""
    found: list[tuple[dict[str, int], int, int]] = [({}, -1, -1) for _ in columns.doc_ids]
    for row, (document, layer, name) in enumerate(
        zip(columns.ann_doc.tolist(), columns.ann_layer, columns.ann_name, strict=True)
    ):
        annotators, prelabel, gold = found[document]
        if layer == ANNOTATION:
            annotators[name] = row
        elif layer == PRELABEL:
            found[document] = (annotators, row, gold)
        elif layer == GOLD:
            found[document] = (annotators, prelabel, row)
    return found


def gather_columns(columns: Columns, *, entity_labels: Collection[str], statuses: Collection[str]) -> Gathering:
    """The counts of every document in ``columns`` (see :func:`annotator.agreement.compute.compute_agreement`)."""
    wanted = set(statuses)
    state = Gathering()
    spans = np.diff(columns.ann_first)
    pairs, gold, prelabel = _Jobs(), _Jobs(), _Jobs()
    pair_docs: list[int] = []
    counted: list[int] = []
    slots: list[list[int]] = []
    for document, (annotators, prelabel_row, gold_row) in enumerate(_layers(columns)):
        finished = sorted(name for name, row in annotators.items() if columns.ann_status[row] in wanted)
        gold_done = gold_row >= 0 and columns.ann_status[gold_row] in wanted
        for name in finished:
            row = annotators[name]
            state.finished[name] += 1
            state.spans[name] += int(spans[row])
            if gold_done:
                gold.add(gold_row, row, name)
                state.gold_documents[name] += 1
            if prelabel_row >= 0:
                prelabel.add(prelabel_row, row, name)
                state.prelabel_documents[name] += 1
        if len(finished) < 2:
            continue
        state.documents += 1
        counted.append(document)
        slots.append([annotators[name] for name in finished])
        for a, b in combinations(finished, 2):
            pairs.add(annotators[a], annotators[b], (a, b))
            pair_docs.append(len(counted) - 1)
            state.pair_documents[a, b] += 1
    for jobs, into, attribution in ((pairs, state.pairs, True), (gold, state.gold, False), (prelabel, state.prelabel, False)):
        if not jobs.a:
            continue
        counted_jobs = jobs.count(columns, attribution=attribution)
        for key, number in jobs.keys.items():
            into[key].add(counted_jobs.groups[number])  # type: ignore[index]
        if jobs is pairs:
            _by_document(state, columns, counted, slots, np.asarray(pair_docs), counted_jobs.units, counted_jobs.matched)
    _tokens(state, columns, counted, slots, pairs, pair_docs, entity_labels)
    return state


def _by_document(
    state: Gathering,
    columns: Columns,
    counted: list[int],
    slots: list[list[int]],
    job_document: np.ndarray,
    units: np.ndarray,
    matched: np.ndarray,
) -> None:
    unit_totals = np.bincount(job_document, weights=units, minlength=len(counted)).astype(np.int64).tolist()
    matched_totals = np.bincount(job_document, weights=matched, minlength=len(counted)).astype(np.int64).tolist()
    for index, document in enumerate(counted):
        units_here, matched_here = unit_totals[index], matched_totals[index]
        state.by_document.append(
            DocumentScore(
                id=columns.doc_ids[document],
                f1_partial=None if units_here == 0 else 2 * matched_here / units_here,
                annotators=sorted(columns.ann_name[row] for row in slots[index]),
                units=units_here,
            )
        )


def _tokens(
    state: Gathering,
    columns: Columns,
    counted: list[int],
    slots: list[list[int]],
    pairs: _Jobs,
    pair_docs: list[int],
    entity_labels: Collection[str],
) -> None:
    if not counted:
        return
    codes = LabelCodes(entity_labels)
    token_codes = np.asarray([codes.codes.get(label, -1) if label in entity_labels else -1 for label in columns.labels])
    table = TokenTable(columns, counted, slots, token_codes.astype(np.int64))
    values = len(codes.codes)
    slot_of = {row: slot for rows in slots for slot, row in enumerate(rows)}
    confusions = table.confusions(
        np.asarray(pair_docs, dtype=np.int64),
        np.asarray([slot_of[row] for row in pairs.a], dtype=np.int64),
        np.asarray([slot_of[row] for row in pairs.b], dtype=np.int64),
        np.asarray(pairs.group, dtype=np.int64),
        len(pairs.keys),
        values,
    )
    for key, number in pairs.keys.items():
        state.add_tokens(key, confusions[number])  # type: ignore[arg-type]
    state.alpha_blocks.append(table.value_rows(values))
