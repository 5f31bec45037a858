"""The agreement report: what ``annotator agreement --format json`` prints, and what the table,
the HTML page and the window show."""

from __future__ import annotations

from pydantic import BaseModel, Field

from annotator.agreement.compare import Comparison, LabelCounts


def f1(counts: int, a: int, b: int) -> float | None:
    """2·matched / (|A| + |B|); None when neither side has anything."""
    return None if a + b == 0 else 2 * counts / (a + b)


def share(agreed: int, compared: int) -> float | None:
    return None if compared == 0 else agreed / compared


class LabelScores(BaseModel):
    f1_exact: float | None
    f1_partial: float | None
    support_a: int
    support_b: int

    @classmethod
    def of(cls, counts: LabelCounts) -> LabelScores:
        return cls(
            f1_exact=f1(counts.exact, counts.a, counts.b),
            f1_partial=f1(counts.partial, counts.a, counts.b),
            support_a=counts.a,
            support_b=counts.b,
        )


class Confusion(BaseModel):
    """Rows: labels of ``a``; columns: labels of ``b``; spans at the same offsets, MISSING last."""

    labels: list[str]
    matrix: list[list[int]]


class PairReport(BaseModel):
    a: str
    b: str
    documents: int
    labels: dict[str, LabelScores]
    f1_exact: float | None
    f1_partial: float | None
    support_a: int
    support_b: int
    kappa_token: float | None = Field(description="Cohen's kappa on token labels")
    speaker_agreement: float | None
    cue_agreement: float | None
    quotes_compared: int = Field(description="quotes both marked (partial match)")
    relations_f1_exact: float | None
    confusion: Confusion


class ReferenceReport(BaseModel):
    """An annotator against a reference: the gold layer, or the pre-labels (``a`` is the reference)."""

    reference: str
    annotator: str
    documents: int
    labels: dict[str, LabelScores]
    f1_exact: float | None
    f1_partial: float | None
    relations_f1_exact: float | None


class DocumentScore(BaseModel):
    id: str
    f1_partial: float | None
    annotators: list[str]
    units: int


class AgreementReport(BaseModel):
    annotators: list[str]
    documents: int = Field(description="documents finished by at least two annotators")
    statuses: list[str]
    pairs: list[PairReport]
    alpha_token: float | None = Field(description="Krippendorff's alpha, nominal, on token labels, all annotators")
    tokens: int = Field(description="tokens in the documents alpha was computed on")
    by_document: list[DocumentScore] = Field(description="worst first")
    against_gold: list[ReferenceReport]
    prelabels: list[ReferenceReport]
    diagnostics: list[str]


def reference_report(reference: str, annotator: str, documents: int, comparison: Comparison) -> ReferenceReport:
    micro = comparison.micro()
    return ReferenceReport(
        reference=reference,
        annotator=annotator,
        documents=documents,
        labels={label: LabelScores.of(counts) for label, counts in sorted(comparison.labels.items())},
        f1_exact=f1(micro.exact, micro.a, micro.b),
        f1_partial=f1(micro.partial, micro.a, micro.b),
        relations_f1_exact=f1(comparison.relations.exact, comparison.relations.a, comparison.relations.b),
    )
