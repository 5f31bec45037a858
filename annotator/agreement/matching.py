"""Span matching between two annotations of one label: exact (same offsets) and partial.

Partial: two spans match when they share at least one code point; spans are matched one to one,
the largest number of pairs first and, among equally large matchings, the largest total overlap.
That is a maximum-weight bipartite matching (scipy's ``linear_sum_assignment``) with weight
``BIG + overlap`` per overlapping pair, ``BIG`` larger than any possible sum of overlaps.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np


class Stretch(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def overlap(a: Stretch, b: Stretch) -> int:
    """Code points two stretches share."""
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def overlapping_pairs(a: Sequence[Stretch], b: Sequence[Stretch]) -> list[tuple[int, int, int]]:
    """(index in a, index in b, overlap) for every pair that shares a code point; both sorted by start."""
    pairs = []
    for i, span in enumerate(a):
        for j, other in enumerate(b):
            if other.start >= span.end:
                break
            if other.end > span.start:
                pairs.append((i, j, min(span.end, other.end) - max(span.start, other.start)))
    return pairs


def partial_matching(a: Sequence[Stretch], b: Sequence[Stretch]) -> list[tuple[int, int]]:
    """The one-to-one partial matching as (index in a, index in b); inputs sorted by start."""
    pairs = overlapping_pairs(a, b)
    if not pairs:
        return []
    rows = [i for i, _, _ in pairs]
    columns = [j for _, j, _ in pairs]
    if len(set(rows)) == len(pairs) and len(set(columns)) == len(pairs):
        return [(i, j) for i, j, _ in pairs]  # no span overlaps two others: nothing to choose
    row_ids = sorted(set(rows))
    column_ids = sorted(set(columns))
    row_at = {i: n for n, i in enumerate(row_ids)}
    column_at = {j: n for n, j in enumerate(column_ids)}
    big = sum(size for _, _, size in pairs) + 1
    weights = np.zeros((len(row_ids), len(column_ids)))
    for i, j, size in pairs:
        weights[row_at[i], column_at[j]] = big + size
    from scipy.optimize import linear_sum_assignment  # only for the rare spans that overlap several: a slow import

    chosen_rows, chosen_columns = linear_sum_assignment(weights, maximize=True)
    return [(row_ids[r], column_ids[c]) for r, c in zip(chosen_rows, chosen_columns, strict=True) if weights[r, c] > 0]
