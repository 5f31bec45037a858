"""Inter-annotator agreement, Qt-free: span F1 (exact and partial), token kappa and alpha, quote
attribution, per-document scores, references (gold, pre-labels), confusion and diagnostics."""

from annotator.agreement.compute import DEFAULT_STATUSES, compute_agreement
from annotator.agreement.report import AgreementReport
from annotator.agreement.units import Annotation, DocumentAnnotations, RelationUnit, SpanUnit

__all__ = [
    "DEFAULT_STATUSES",
    "AgreementReport",
    "Annotation",
    "DocumentAnnotations",
    "RelationUnit",
    "SpanUnit",
    "compute_agreement",
]
