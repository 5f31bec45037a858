"""Token-level labels and the chance-corrected scores computed on them.

Each token (the project language's spaCy tokenizer, as for snapping) takes the label of the
entity span that covers any part of it, or ``O``. Entity labels are those of the scheme's
exclusive groups, so a token has at most one. Cohen's kappa comes from scikit-learn and
Krippendorff's alpha (nominal, missing values allowed) from the ``krippendorff`` package.
"""

from __future__ import annotations

import warnings
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Sequence

import numpy as np

from annotator.agreement.units import Annotation

OUTSIDE = "O"


class LabelCodes:
    """Small integers for labels, ``O`` being 0; -1 stands for a missing value."""

    def __init__(self) -> None:
        self.codes: dict[str, int] = {OUTSIDE: 0}

    def code(self, label: str) -> int:
        found = self.codes.get(label)
        if found is None:
            found = self.codes[label] = len(self.codes)
        return found


def token_labels(
    annotation: Annotation, starts: Sequence[int], ends: Sequence[int], entity_labels: Collection[str], codes: LabelCodes
) -> np.ndarray:
    """One label code per token for one annotation."""
    labels = np.zeros(len(starts), dtype=np.int16)
    for span in annotation.spans:
        if span.label not in entity_labels:
            continue
        first = bisect_right(ends, span.start)
        last = bisect_left(starts, span.end)
        if first < last:
            labels[first:last] = codes.code(span.label)
    return labels


def cohen_kappa(a: np.ndarray, b: np.ndarray) -> float | None:
    """Cohen's kappa over the positions where both have a value (-1 is missing); None when undefined."""
    from sklearn.metrics import cohen_kappa_score

    both = (a >= 0) & (b >= 0)
    a, b = a[both], b[both]
    if len(a) == 0 or len(np.union1d(a, b)) < 2:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        value = float(cohen_kappa_score(a, b))
    return None if np.isnan(value) else value


def krippendorff_alpha(matrix: np.ndarray) -> float | None:
    """Nominal alpha of an annotators x units matrix of codes (-1 missing); None when undefined."""
    import krippendorff

    if matrix.size == 0:
        return None
    data = matrix.astype(float)
    data[matrix < 0] = np.nan
    pairable = (~np.isnan(data)).sum(axis=0) >= 2
    data = data[:, pairable]
    if data.shape[1] == 0 or len(np.unique(data[~np.isnan(data)])) < 2:
        return None
    value = float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))
    return None if np.isnan(value) else value
