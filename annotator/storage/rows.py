"""Conversions from table rows to records."""

from __future__ import annotations

from typing import Any

from annotator.model.records import Span


def span_from_row(row: Any, text: str) -> Span:
    return Span(
        id=row.key,
        start=row.start,
        end=row.end,
        label=row.label,
        text=text[row.start : row.end],
        source=row.source,
        score=row.score,
        attrs=row.attrs or {},
    )
