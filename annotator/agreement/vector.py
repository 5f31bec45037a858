"""Span agreement counted on columns: many comparisons (annotation A against annotation B of one
document) at once, with sorts and joins instead of a Python loop per span.

A comparison is counted here when it is simple, which almost all are; the others are counted
one by one by :func:`annotator.agreement.compare.compare`, the definition of every count:

- partial matching: spans of one label on both sides form connected groups (runs of
  overlapping spans); a group of one span of each side is one match, a group with only one side
  none. A group with more spans on both sides needs the exact matching: counted one by one;
- an annotation holding two spans with the same offsets and label, or an empty span: one by one;
- attribution: a matched quote pair where a side links several speakers (cues), or where both
  link one speaker and the two do not overlap (names must be resolved through COREF): one by one.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from annotator.agreement.columns import RELATION_CODES, Columns
from annotator.agreement.compare import MISSING, AttributionCounts, Comparison, LabelCounts, compare
from annotator.agreement.keys import expand, first_of_each, member, pack
from annotator.agreement.units import QUOTE_LABELS, Annotation

SPEAKER, CUE = RELATION_CODES["SPEAKER"], RELATION_CODES["CUE"]


@dataclass
class Counted:
    """Comparisons counted by group (a pair of annotators, or an annotator against a reference),
    and each comparison's spans (``units``) and partial matches (``matched``)."""

    groups: list[Comparison]
    units: np.ndarray
    matched: np.ndarray


class _Sides:
    """Spans of the A and B side of every comparison, concatenated (A rows first)."""

    def __init__(self, columns: Columns, side_a: np.ndarray, side_b: np.ndarray) -> None:
        rows_a, job_a = expand(columns.ann_first, side_a)
        rows_b, job_b = expand(columns.ann_first, side_b)
        self.size_a = len(rows_a)
        self.rows = np.concatenate([rows_a, rows_b])
        self.job = np.concatenate([job_a, job_b])
        self.side = np.concatenate([np.zeros(len(rows_a), dtype=np.int8), np.ones(len(rows_b), dtype=np.int8)])
        self.label = columns.span_label[self.rows]
        self.start = columns.span_start[self.rows]
        self.end = columns.span_end[self.rows]


def count_comparisons(
    columns: Columns, side_a: np.ndarray, side_b: np.ndarray, group: np.ndarray, groups: int, *, attribution: bool
) -> Counted:
    """Counts comparison ``j``: annotation row ``side_a[j]`` against ``side_b[j]``, added to group ``group[j]``."""
    jobs = len(side_a)
    labels = len(columns.labels)
    sides = _Sides(columns, side_a, side_b)
    one_by_one = np.zeros(jobs, dtype=bool)
    one_by_one[sides.job[sides.end <= sides.start]] = True
    in_other, repeated = _same_places(sides)
    one_by_one[sides.job[repeated]] = True
    pairs_a, pairs_b, complex_jobs = _partial(sides, labels)
    one_by_one[complex_jobs] = True
    pair_job = sides.job[pairs_a]
    quote_codes = [code for code, label in enumerate(columns.labels) if label in QUOTE_LABELS]
    quotes = (
        member(sides.label[pairs_a], np.asarray(quote_codes, dtype=np.int64))
        if attribution
        else np.zeros(len(pairs_a), dtype=bool)
    )
    attributions = [
        _attribution(columns, sides.rows[pairs_a[quotes]], sides.rows[pairs_b[quotes]], code) for code in (SPEAKER, CUE)
    ]
    for _, _, unsure in attributions:
        one_by_one[pair_job[quotes][unsure]] = True

    keep = ~one_by_one
    span_group = group[sides.job]
    kept = keep[sides.job]
    is_a = sides.side == 0
    cells = groups * labels
    by_label = span_group * labels + sides.label
    count_a = np.bincount(by_label[kept & is_a], minlength=cells).reshape(groups, labels)
    count_b = np.bincount(by_label[kept & ~is_a], minlength=cells).reshape(groups, labels)
    exact = np.bincount(by_label[kept & is_a & in_other], minlength=cells).reshape(groups, labels)
    pair_kept = keep[pair_job]
    partial = np.bincount(by_label[pairs_a][pair_kept], minlength=cells).reshape(groups, labels)
    results = [Comparison() for _ in range(groups)]
    for number, comparison in enumerate(results):
        for code in np.flatnonzero(count_a[number] + count_b[number]).tolist():
            comparison.labels[columns.labels[code]] = LabelCounts(
                int(count_a[number, code]), int(count_b[number, code]), int(exact[number, code]), int(partial[number, code])
            )
    units = np.bincount(sides.job, minlength=jobs)
    matched = np.bincount(pair_job, minlength=jobs)
    for number, total in enumerate(np.bincount(group[keep], weights=units[keep], minlength=groups).tolist()):
        results[number].units = int(total)
    for number, total in enumerate(np.bincount(group[keep], weights=matched[keep], minlength=groups).tolist()):
        results[number].matched = int(total)
    _confusion(results, sides, columns.labels, span_group, kept, in_other)
    _relations(results, columns, side_a, side_b, group, keep, groups)
    if attribution:
        quote_job = pair_job[quotes]
        quote_kept = keep[quote_job]
        for number, total in enumerate(np.bincount(group[quote_job[quote_kept]], minlength=groups).tolist()):
            results[number].quotes_matched = total
        for (compared, agreed, _), name in zip(attributions, ("speaker", "cue"), strict=True):
            totals_compared = np.bincount(group[quote_job[quote_kept & compared]], minlength=groups)
            totals_agreed = np.bincount(group[quote_job[quote_kept & agreed]], minlength=groups)
            for number in range(groups):
                setattr(results[number], name, AttributionCounts(int(totals_compared[number]), int(totals_agreed[number])))
    _one_by_one(results, columns, side_a, side_b, group, np.flatnonzero(one_by_one), units, matched, attribution)
    return Counted(results, units, matched)


def _same_places(sides: _Sides) -> tuple[np.ndarray, np.ndarray]:
    """Whether each span has one with the same offsets and label on the other side, and the spans
    whose side holds another one just like it. Each side's keys are already in order (spans are
    sorted by annotation, label and offsets), so no sorting is needed."""
    key = pack(sides.job, sides.label, sides.start, sides.end)
    key_a, key_b = key[: sides.size_a], key[sides.size_a :]
    in_other = np.concatenate([_sorted_member(key_a, key_b), _sorted_member(key_b, key_a)])
    repeated = [np.flatnonzero(side[1:] == side[:-1]) + offset for side, offset in ((key_a, 0), (key_b, sides.size_a))]
    return in_other, np.concatenate(repeated)


def _sorted_member(values: np.ndarray, ordered: np.ndarray) -> np.ndarray:
    """Whether each value occurs in ``ordered`` (sorted)."""
    if len(ordered) == 0:
        return np.zeros(len(values), dtype=bool)
    if (ordered[1:] < ordered[:-1]).any():  # not expected: columns keep spans sorted
        ordered = np.sort(ordered)
    at = np.minimum(np.searchsorted(ordered, values), len(ordered) - 1)
    return ordered[at] == values


def _partial(sides: _Sides, labels: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Matched pairs (positions of the A and B span) of the simple groups, and the comparisons
    with a group that needs the exact matching."""
    if len(sides.rows) == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    kind = sides.job * labels + sides.label
    order = np.argsort(pack(kind, sides.start, sides.side), kind="stable")  # each side is in this order: a merge
    reach = int(sides.end.max()) + 1
    base = kind[order] * reach
    furthest = np.maximum.accumulate(base + sides.end[order])
    new = np.ones(len(order), dtype=bool)
    new[1:] = base[1:] + sides.start[order][1:] >= furthest[:-1]
    component = np.cumsum(new) - 1
    side = sides.side[order]
    on_a = np.bincount(component, weights=side == 0).astype(np.int64)
    on_b = np.bincount(component, weights=side == 1).astype(np.int64)
    firsts = np.flatnonzero(new)
    complex_jobs = sides.job[order[firsts[(on_a > 0) & (on_b > 0) & (on_a + on_b > 2)]]]
    pairs = firsts[(on_a == 1) & (on_b == 1)]
    # A sorts before B at the same start; a pair's second span may start later and be either side.
    first_is_a = side[pairs] == 0
    pairs_a = np.where(first_is_a, order[pairs], order[pairs + 1])
    pairs_b = np.where(first_is_a, order[pairs + 1], order[pairs])
    return pairs_a, pairs_b, complex_jobs


def _attribution(columns: Columns, quote_a: np.ndarray, quote_b: np.ndarray, code: int) -> tuple[np.ndarray, ...]:
    """For matched quote pairs (span rows): whether counted (a side linked one), agreed, and
    unsure (to be counted one by one)."""
    linked = columns.rel_label == code
    heads, children = columns.rel_head[linked], columns.rel_child[linked]
    links = np.bincount(heads, minlength=len(columns.span_start))
    child = np.full(len(columns.span_start), -1, dtype=np.int64)
    child[heads] = children
    links_a, links_b = links[quote_a], links[quote_b]
    compared = (links_a > 0) | (links_b > 0)
    single = (links_a == 1) & (links_b == 1)
    x, y = child[quote_a], child[quote_b]
    overlap = single & (
        np.minimum(columns.span_end[x], columns.span_end[y]) > np.maximum(columns.span_start[x], columns.span_start[y])
    )
    several = compared & (links_a > 0) & (links_b > 0) & ~single
    unsure = several | (single & ~overlap & (code == SPEAKER))
    return compared, overlap, unsure


def _confusion(
    results: list[Comparison], sides: _Sides, names: list[str], span_group: np.ndarray, kept: np.ndarray, in_other: np.ndarray
) -> None:
    """Labels at identical offsets: the same label on both sides first, then the rest of a place's
    labels in sorted order, paired by rank; MISSING where a side has fewer."""
    missing = len(names)
    width = missing + 1
    names = [*names, MISSING]
    cells = np.zeros((len(results), width, width), dtype=np.int64)
    same = kept & in_other & (sides.side == 0)
    np.add.at(cells, (span_group[same], sides.label[same], sides.label[same]), 1)
    rest = np.flatnonzero(kept & ~in_other)
    place = pack(sides.job[rest], sides.start[rest], sides.end[rest])
    alphabetical = np.argsort(np.argsort(np.asarray(names[:-1], dtype=object)))  # labels pair in sorted order of names
    name = alphabetical[sides.label[rest]] if len(rest) else sides.label[rest]
    side = sides.side[rest]
    order = np.argsort(pack(side, place, name))
    rest, place, side = rest[order], place[order], side[order]
    run_start = np.ones(len(rest), dtype=bool)
    run_start[1:] = (place[1:] != place[:-1]) | (side[1:] != side[:-1])
    starts = np.maximum.accumulate(np.where(run_start, np.arange(len(rest)), 0))
    rank = np.arange(len(rest)) - starts
    slot = pack(place, rank)
    on_a = side == 0
    at_a, at_b = _common(slot[on_a], slot[~on_a])
    a_rows, b_rows = rest[on_a], rest[~on_a]
    paired_a, paired_b = np.zeros(len(a_rows), dtype=bool), np.zeros(len(b_rows), dtype=bool)
    paired_a[at_a], paired_b[at_b] = True, True
    np.add.at(cells, (span_group[a_rows[at_a]], sides.label[a_rows[at_a]], sides.label[b_rows[at_b]]), 1)
    alone_a, alone_b = a_rows[~paired_a], b_rows[~paired_b]
    np.add.at(cells, (span_group[alone_a], sides.label[alone_a], missing), 1)
    np.add.at(cells, (span_group[alone_b], missing, sides.label[alone_b]), 1)
    for number, comparison in enumerate(results):
        for row, column in zip(*np.nonzero(cells[number]), strict=True):
            comparison.confusion[names[row], names[column]] += int(cells[number, row, column])


def _common(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Positions in ``a`` and in ``b`` of the keys both hold (each key at most once per side)."""
    if len(a) == 0 or len(b) == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    order = np.argsort(b)
    ordered = b[order]
    at = np.minimum(np.searchsorted(ordered, a), len(ordered) - 1)
    found = ordered[at] == a
    return np.flatnonzero(found), order[at[found]]


def _relations(
    results: list[Comparison],
    columns: Columns,
    side_a: np.ndarray,
    side_b: np.ndarray,
    group: np.ndarray,
    keep: np.ndarray,
    groups: int,
) -> None:
    """SPEAKER, CUE and COREF relations as (head offsets, child offsets, label), a set per side."""
    rows_a, job_a = expand(columns.rel_first, side_a)
    rows_b, job_b = expand(columns.rel_first, side_b)
    rows, job = np.concatenate([rows_a, rows_b]), np.concatenate([job_a, job_b])
    head, child = columns.rel_head[rows], columns.rel_child[rows]
    key = pack(
        job,
        columns.span_start[head],
        columns.span_end[head],
        columns.span_start[child],
        columns.span_end[child],
        columns.rel_label[rows],
    )
    first_a = first_of_each(key[: len(rows_a)])
    first_b = first_of_each(key[len(rows_a) :])
    owner_a, owner_b = job_a[first_a], job_b[first_b]
    both = owner_a[member(key[: len(rows_a)][first_a], key[len(rows_a) :][first_b])]
    for name, owners in (("a", owner_a), ("b", owner_b), ("exact", both)):
        totals = np.bincount(group[owners[keep[owners]]], minlength=groups)
        for number in range(groups):
            setattr(results[number].relations, name, int(totals[number]))


def _one_by_one(
    results: list[Comparison],
    columns: Columns,
    side_a: np.ndarray,
    side_b: np.ndarray,
    group: np.ndarray,
    jobs: np.ndarray,
    units: np.ndarray,
    matched: np.ndarray,
    attribution: bool,
) -> None:
    annotations: dict[int, Annotation] = {}

    def annotation(row: int) -> Annotation:
        found = annotations.get(row)
        if found is None:
            found = annotations[row] = columns.annotation(row)
        return found

    for job in jobs.tolist():
        row_a, row_b = int(side_a[job]), int(side_b[job])
        text = columns.texts[int(columns.ann_doc[row_a])]
        comparison = compare(annotation(row_a), annotation(row_b), text, attribution=attribution)
        results[int(group[job])].add(comparison)
        units[job], matched[job] = comparison.units, comparison.matched
