"""Conversions from table rows to records."""

from __future__ import annotations

import math
from typing import Any

from annotator.model.records import Relation, Span


def finite_score(score: float | None) -> float | None:
    """Rows written before NaN was refused may hold one; a record has no room for it."""
    return score if score is None or math.isfinite(score) else None


def span_from_row(row: Any, text: str) -> Span:
    return Span(
        id=row.key,
        start=row.start,
        end=row.end,
        label=row.label,
        text=text[row.start : row.end],
        source=row.source,
        score=finite_score(row.score),
        attrs=row.attrs or {},
    )


def relation_from_row(row: Any) -> Relation:
    return Relation(
        id=row.key,
        head=row.head_key,
        child=row.child_key,
        label=row.label,
        source=row.source,
        score=finite_score(row.score),
        attrs=row.attrs or {},
    )
