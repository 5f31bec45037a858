"""Agreement over a corpus: counts summed per pair of annotators, per document and against the
references (:mod:`annotator.agreement.corpus`, on columns), then the report made from them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable

import numpy as np

from annotator.agreement.columns import columns_of_documents
from annotator.agreement.compare import MISSING, Comparison
from annotator.agreement.corpus import gather_columns
from annotator.agreement.diagnostics import diagnose
from annotator.agreement.gathering import Gathering
from annotator.agreement.report import (
    AgreementReport,
    Confusion,
    LabelScores,
    PairReport,
    ReferenceReport,
    f1,
    reference_report,
    share,
)
from annotator.agreement.tokens import alpha_of_rows, kappa_of_confusion
from annotator.agreement.units import DocumentAnnotations
from annotator.progress import CancelHook, ProgressHook

DEFAULT_STATUSES = ("accepted",)

__all__ = ["DEFAULT_STATUSES", "Gathering", "compute_agreement", "gather", "report_of"]


def compute_agreement(
    documents: Iterable[DocumentAnnotations],
    *,
    lang: str,
    entity_labels: Collection[str],
    statuses: Collection[str] = DEFAULT_STATUSES,
    progress: ProgressHook | None = None,
    cancel: CancelHook | None = None,
    total: int | None = None,
) -> AgreementReport:
    """The full report. A document counts for a pair when both annotators' status is among
    ``statuses``; against gold when the gold layer's status is too. ``progress`` hears of every
    hundredth document (of ``total``); ``cancel`` returning True stops with :class:`Cancelled`."""
    state = gather(
        documents, lang=lang, entity_labels=entity_labels, statuses=statuses, progress=progress, cancel=cancel, total=total
    )
    return report_of(state, statuses)


def gather(
    documents: Iterable[DocumentAnnotations],
    *,
    lang: str,
    entity_labels: Collection[str],
    statuses: Collection[str] = DEFAULT_STATUSES,
    progress: ProgressHook | None = None,
    cancel: CancelHook | None = None,
    total: int | None = None,
) -> Gathering:
    """The counts of some documents (see :func:`compute_agreement`). ``lang`` is accepted for
    callers that pass the project's language: the tokenizer is the same for every language."""
    columns = columns_of_documents(documents, progress=progress, cancel=cancel, total=total)
    return gather_columns(columns, entity_labels=entity_labels, statuses=statuses)


def report_of(state: Gathering, statuses: Collection[str]) -> AgreementReport:
    """The report from the counts of the whole corpus."""
    annotators = sorted(state.finished)
    pairs = [_pair_report(state, a, b) for a, b in sorted(state.pairs)]
    alpha, tokens = _alpha(state.alpha_blocks)
    state.by_document.sort(key=lambda doc: (doc.f1_partial is None, doc.f1_partial or 0.0, doc.id))
    return AgreementReport(
        annotators=annotators,
        documents=state.documents,
        statuses=sorted(statuses),
        pairs=pairs,
        alpha_token=alpha,
        tokens=tokens,
        by_document=state.by_document,
        against_gold=_references("gold", state.gold, state.gold_documents),
        prelabels=_references("prelabel", state.prelabel, state.prelabel_documents),
        diagnostics=diagnose(state.pairs, state.pair_documents, state.finished, state.spans),
    )


def _pair_report(state: Gathering, a: str, b: str) -> PairReport:
    comparison = state.pairs[a, b]
    micro = comparison.micro()
    tokens = state.pair_tokens.get((a, b))
    kappa = None if tokens is None else kappa_of_confusion(tokens)
    return PairReport(
        a=a,
        b=b,
        documents=state.pair_documents[a, b],
        labels={label: LabelScores.of(counts) for label, counts in sorted(comparison.labels.items())},
        f1_exact=f1(micro.exact, micro.a, micro.b),
        f1_partial=f1(micro.partial, micro.a, micro.b),
        support_a=micro.a,
        support_b=micro.b,
        kappa_token=kappa,
        speaker_agreement=share(comparison.speaker.agreed, comparison.speaker.compared),
        cue_agreement=share(comparison.cue.agreed, comparison.cue.compared),
        quotes_compared=comparison.quotes_matched,
        relations_f1_exact=f1(comparison.relations.exact, comparison.relations.a, comparison.relations.b),
        confusion=_confusion(comparison.confusion),
    )


def _confusion(counts: Counter[tuple[str, str]]) -> Confusion:
    labels = [*sorted({label for pair in counts for label in pair} - {MISSING}), MISSING]
    return Confusion(labels=labels, matrix=[[counts.get((row, column), 0) for column in labels] for row in labels])


def _alpha(blocks: list[tuple[np.ndarray, np.ndarray]]) -> tuple[float | None, int]:
    blocks = [(rows, multiplicity) for rows, multiplicity in blocks if len(rows)]
    if not blocks:
        return None, 0
    rows, inverse = np.unique(np.concatenate([rows for rows, _ in blocks]), axis=0, return_inverse=True)
    multiplicity = np.bincount(inverse.reshape(-1), weights=np.concatenate([m for _, m in blocks]), minlength=len(rows))
    multiplicity = multiplicity.astype(np.int64)
    return alpha_of_rows(rows, multiplicity), int(multiplicity.sum())


def _references(reference: str, comparisons: dict[str, Comparison], documents: Counter[str]) -> list[ReferenceReport]:
    return [reference_report(reference, name, documents[name], comparisons[name]) for name in sorted(comparisons)]
