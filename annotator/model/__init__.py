"""Pydantic models of every record we read or write: records, spans, relations, the label scheme."""

from annotator.model.records import (
    IMPORT_ANNOTATOR,
    LAYERS,
    STATUSES,
    DocumentMeta,
    Layer,
    Record,
    RecordProblem,
    Relation,
    Source,
    Span,
    Status,
)
from annotator.model.scheme import RelationLabel, Scheme, SchemeError, SpanLabel, default_scheme, load_scheme

__all__ = [
    "IMPORT_ANNOTATOR",
    "LAYERS",
    "STATUSES",
    "DocumentMeta",
    "Layer",
    "Record",
    "RecordProblem",
    "Relation",
    "RelationLabel",
    "Scheme",
    "SchemeError",
    "Source",
    "Span",
    "SpanLabel",
    "Status",
    "default_scheme",
    "load_scheme",
]
