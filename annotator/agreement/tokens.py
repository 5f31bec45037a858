"""Token-level labels and the chance-corrected scores computed on them.

Each token (the project's one tokenizer, the same as for snapping and pre-labels) takes the label of the
entity span that covers any part of it, or ``O``. Entity labels are those of the scheme's
exclusive groups, so a token has at most one. :func:`token_labels` is that definition for one
document; the corpus is labelled on columns (:mod:`annotator.agreement.token_counts`), and the
tests hold both to the same figures.

Cohen's kappa is computed from the counts of label pairs as scikit-learn computes it (the tests
compare both to 1e-9); Krippendorff's alpha (nominal, missing values allowed) comes from the
``krippendorff`` package, or for large inputs from the same coincidence matrix summed over
distinct rows (also compared with the package).
"""

from __future__ import annotations

from collections.abc import Collection

import numpy as np

from annotator.agreement.units import Annotation

OUTSIDE = "O"


class LabelCodes:
    """Small integers for labels, ``O`` being 0; -1 stands for a missing value. Known labels get
    their codes in sorted order, so separate processes code them alike."""

    def __init__(self, labels: Collection[str] = ()) -> None:
        self.codes: dict[str, int] = {OUTSIDE: 0}
        for label in sorted(labels):
            self.code(label)

    def code(self, label: str) -> int:
        found = self.codes.get(label)
        if found is None:
            found = self.codes[label] = len(self.codes)
        return found


def token_offsets(text: str, lang: str) -> tuple[np.ndarray, np.ndarray]:
    """Start and end (code points) of every token (white space belongs to none)."""
    from annotator.text.tokens import token_boundaries

    starts, ends = token_boundaries(text, lang)
    return np.asarray(starts, dtype=np.int64), np.asarray(ends, dtype=np.int64)


def token_labels(
    annotation: Annotation, starts: np.ndarray, ends: np.ndarray, entity_labels: Collection[str], codes: LabelCodes
) -> np.ndarray:
    """One label code per token for one annotation: the label of the entity span covering any of it."""
    labels = np.zeros(len(starts), dtype=np.int16)
    spans = [span for span in annotation.spans if span.label in entity_labels]
    if not spans:
        return labels
    firsts = np.searchsorted(ends, [span.start for span in spans], side="right")
    lasts = np.searchsorted(starts, [span.end for span in spans], side="left")
    for span, first, last in zip(spans, firsts.tolist(), lasts.tolist(), strict=True):
        if first < last:
            labels[first:last] = codes.code(span.label)
    return labels


def cohen_kappa(a: np.ndarray, b: np.ndarray) -> float | None:
    """Cohen's kappa over the positions where both have a value (-1 is missing); None when undefined."""
    both = (a >= 0) & (b >= 0)
    a, b = a[both].astype(np.int64), b[both].astype(np.int64)
    if len(a) == 0:
        return None
    values = int(max(a.max(), b.max())) + 1
    return kappa_of_confusion(np.bincount(a * values + b, minlength=values * values).reshape(values, values))


def value_counts(matrix: np.ndarray) -> np.ndarray:
    """Units x values: how many annotators gave each value to each unit (codes, -1 missing)."""
    values = int(matrix.max(initial=0)) + 1
    counts = np.zeros((matrix.shape[1], values), dtype=np.int64)
    units = np.arange(matrix.shape[1])
    for row in matrix:
        given = row >= 0
        np.add.at(counts, (units[given], row[given]), 1)
    return counts


PACKAGE_LIMIT = 20_000  # units; the package's working arrays are then some 50 MB


def krippendorff_alpha(matrix: np.ndarray) -> float | None:
    """Nominal alpha of an annotators x units matrix of codes (-1 missing); None when undefined
    (see :func:`alpha_of_rows`)."""
    if matrix.size == 0:
        return None
    counts = value_counts(matrix)
    counts = counts[counts.sum(axis=1) >= 2]  # only pairable units count
    return None if len(counts) == 0 else alpha_of_rows(*distinct_rows(counts))


def distinct_rows(counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct rows and their multiplicities; rows are read as numbers in base (annotators + 1),
    which is much faster than sorting rows when they fit in 63 bits."""
    base = int(counts.max()) + 1
    if base ** counts.shape[1] >= 2**62:
        rows, multiplicity = np.unique(counts, axis=0, return_counts=True)
        return rows, multiplicity
    powers = base ** np.arange(counts.shape[1], dtype=np.int64)
    keys, multiplicity = np.unique(counts @ powers, return_counts=True)
    rows = (keys[:, None] // powers[None, :]) % base
    return rows, multiplicity


def alpha_from_distinct(rows: np.ndarray, multiplicity: np.ndarray) -> float:
    """Nominal alpha from distinct rows of value counts (pairable units) and how often each occurs.

    o_ck = sum over units of (n_uc·n_uk - [c = k]·n_uc) / (m_u - 1); n_c = sum_k o_ck;
    alpha = 1 - (n - 1) · sum_{c≠k} o_ck / sum_{c≠k} n_c·n_k (Krippendorff 2011, nominal).
    """
    weights = multiplicity / (rows.sum(axis=1) - 1)
    coincidences = np.einsum("u,uc,uk->ck", weights, rows, rows) - np.diag(weights @ rows)
    totals = coincidences.sum(axis=0)
    observed = coincidences.sum() - np.trace(coincidences)
    expected = totals.sum() ** 2 - (totals**2).sum()
    if expected == 0:
        return float("nan")
    return float(1.0 - (totals.sum() - 1.0) * observed / expected)


def kappa_of_confusion(confusion: np.ndarray) -> float | None:
    """Cohen's kappa from the counts of token label pairs (rows: a, columns: b), computed as
    scikit-learn's ``cohen_kappa_score`` does from its confusion matrix; None when undefined."""
    present = (confusion.sum(axis=0) + confusion.sum(axis=1)) > 0
    if np.count_nonzero(present) < 2:
        return None
    matrix = confusion[present][:, present]
    sum0, sum1 = matrix.sum(axis=0), matrix.sum(axis=1)
    expected = np.outer(sum0, sum1) / np.sum(sum0)
    weights = np.ones(matrix.shape, dtype=np.int64)
    weights.flat[:: len(matrix) + 1] = 0
    with np.errstate(divide="ignore", invalid="ignore"):
        value = float(1 - np.sum(weights * matrix) / np.sum(weights * expected))
    return None if np.isnan(value) else value


def alpha_of_rows(rows: np.ndarray, multiplicity: np.ndarray) -> float | None:
    """Nominal alpha from distinct rows of per-unit value counts and how many units have each;
    the ``krippendorff`` package up to ``PACKAGE_LIMIT`` units, :func:`alpha_from_distinct` beyond:
    the package's units x values x values array would take gigabytes on a corpus (10,000 articles
    have millions of tokens)."""
    pairable = rows.sum(axis=1) >= 2
    rows, multiplicity = rows[pairable], multiplicity[pairable]
    used = (rows * multiplicity[:, None]).sum(axis=0) > 0
    if multiplicity.sum() == 0 or np.count_nonzero(used) < 2:
        return None
    rows = rows[:, used]
    if multiplicity.sum() <= PACKAGE_LIMIT:
        import krippendorff

        counts = np.repeat(rows, multiplicity, axis=0)
        value = float(krippendorff.alpha(value_counts=counts, level_of_measurement="nominal"))
    else:
        value = alpha_from_distinct(rows, multiplicity)
    return None if np.isnan(value) else value
