"""Small numpy helpers of the column code: row ranges, and int64 keys standing for several columns.

numpy's own ``unique`` and ``isin`` hash int64 keys, which is slow on the millions of keys
agreement makes; these sort instead.
"""

from __future__ import annotations

import numpy as np


def spread(first: np.ndarray, length: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``first[i]``, ``first[i] + 1`` ... ``first[i] + length[i] - 1`` for every i in turn, and
    the i of each."""
    which = np.repeat(np.arange(len(first)), length)
    offsets = np.repeat(first - (np.cumsum(length) - length), length)
    return offsets + np.arange(len(which)), which


def expand(firsts: np.ndarray, owners: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rows ``firsts[o]`` to ``firsts[o + 1]`` for every owner in turn, and the position of the
    owner in ``owners`` for each row."""
    return spread(firsts[owners], firsts[owners + 1] - firsts[owners])


def dense(key: np.ndarray) -> np.ndarray:
    """The keys renumbered 0, 1, 2... in sorted order (by sorting: numpy's hashing unique is slow here)."""
    order = np.argsort(key)
    ordered = key[order]
    new = np.ones(len(key), dtype=np.int64)
    new[1:] = ordered[1:] != ordered[:-1]
    numbers = np.empty(len(key), dtype=np.int64)
    numbers[order] = np.cumsum(new) - 1
    return numbers


def member(values: np.ndarray, within: np.ndarray) -> np.ndarray:
    """Whether each value occurs in ``within`` (``np.isin`` by sorting)."""
    if len(within) == 0:
        return np.zeros(len(values), dtype=bool)
    ordered = np.sort(within)
    at = np.minimum(np.searchsorted(ordered, values), len(ordered) - 1)
    return ordered[at] == values


def first_of_each(key: np.ndarray) -> np.ndarray:
    """Positions of the first occurrence of every distinct key."""
    order = np.argsort(key, kind="stable")
    ordered = key[order]
    new = np.ones(len(key), dtype=bool)
    new[1:] = ordered[1:] != ordered[:-1]
    return order[new]


def pack(*columns: np.ndarray) -> np.ndarray:
    """One int64 per row, equal exactly when all columns are equal (non-negative integers)."""
    key = np.asarray(columns[0], dtype=np.int64)
    if len(key) == 0:
        return key
    for column in columns[1:]:
        radix = int(column.max()) + 1
        if float(key.max() + 1) * radix >= 2.0**62:  # renumber the keys so far densely: they fit again
            key = dense(key)
        key = key * radix + column
    return key
