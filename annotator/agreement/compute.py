"""Agreement over a corpus, one document at a time: counts are summed per pair of annotators,
per document and against the references; token labels are gathered for kappa and alpha."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable
from itertools import combinations

import numpy as np

from annotator.agreement.compare import MISSING, Comparison, compare
from annotator.agreement.diagnostics import diagnose
from annotator.agreement.report import (
    AgreementReport,
    Confusion,
    DocumentScore,
    LabelScores,
    PairReport,
    ReferenceReport,
    f1,
    reference_report,
    share,
)
from annotator.agreement.tokens import LabelCodes, cohen_kappa, krippendorff_alpha, token_labels, token_offsets
from annotator.agreement.units import DocumentAnnotations
from annotator.progress import CancelHook, Cancelled, ProgressHook

DEFAULT_STATUSES = ("accepted",)


class Gathering:
    """Running sums while documents stream past; two gatherings over different documents add up
    (:meth:`add`), so parts of a corpus can be gathered in separate processes."""

    def __init__(self) -> None:
        self.pairs: dict[tuple[str, str], Comparison] = defaultdict(Comparison)
        self.pair_documents: Counter[tuple[str, str]] = Counter()
        self.pair_tokens: dict[tuple[str, str], list[tuple[np.ndarray, np.ndarray]]] = defaultdict(list)
        self.alpha_blocks: list[dict[str, np.ndarray]] = []
        self.by_document: list[DocumentScore] = []
        self.gold: dict[str, Comparison] = defaultdict(Comparison)
        self.gold_documents: Counter[str] = Counter()
        self.prelabel: dict[str, Comparison] = defaultdict(Comparison)
        self.prelabel_documents: Counter[str] = Counter()
        self.finished: Counter[str] = Counter()
        self.spans: Counter[str] = Counter()
        self.documents = 0

    def add(self, other: Gathering) -> None:
        for key, comparison in other.pairs.items():
            self.pairs[key].add(comparison)
        for key, blocks in other.pair_tokens.items():
            self.pair_tokens[key].extend(blocks)
        for name, comparison in other.gold.items():
            self.gold[name].add(comparison)
        for name, comparison in other.prelabel.items():
            self.prelabel[name].add(comparison)
        for mine, theirs in (
            (self.pair_documents, other.pair_documents),
            (self.gold_documents, other.gold_documents),
            (self.prelabel_documents, other.prelabel_documents),
            (self.finished, other.finished),
            (self.spans, other.spans),
        ):
            mine.update(theirs)  # type: ignore[arg-type]
        self.alpha_blocks.extend(other.alpha_blocks)
        self.by_document.extend(other.by_document)
        self.documents += other.documents


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
    """The counts of some documents (see :func:`compute_agreement`)."""
    codes = LabelCodes(entity_labels)
    state = Gathering()
    for number, document in enumerate(documents, 1):
        _add_document(state, document, lang, entity_labels, statuses, codes)
        if number % 100 == 0:
            if cancel is not None and cancel():
                raise Cancelled()
            if progress is not None:
                progress(number, total)
    return state


def report_of(state: Gathering, statuses: Collection[str]) -> AgreementReport:
    """The report from the counts of the whole corpus."""
    annotators = sorted(state.finished)
    pairs = [_pair_report(state, a, b) for a, b in sorted(state.pairs)]
    alpha, tokens = _alpha(state.alpha_blocks, annotators)
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


def _add_document(
    state: Gathering,
    document: DocumentAnnotations,
    lang: str,
    entity_labels: Collection[str],
    statuses: Collection[str],
    codes: LabelCodes,
) -> None:
    finished = document.finished(statuses)
    for name in finished:
        state.finished[name] += 1
        state.spans[name] += len(document.annotators[name].spans)
        if document.gold is not None and document.gold.status in statuses:
            compare(document.gold, document.annotators[name], document.text, attribution=False, into=state.gold[name])
            state.gold_documents[name] += 1
        if document.prelabel is not None:
            compare(document.prelabel, document.annotators[name], document.text, attribution=False, into=state.prelabel[name])
            state.prelabel_documents[name] += 1
    if len(finished) < 2:
        return
    state.documents += 1
    starts, ends = token_offsets(document.text, lang)
    labels = {name: token_labels(document.annotators[name], starts, ends, entity_labels, codes) for name in finished}
    state.alpha_blocks.append(labels)
    units = matched = 0
    for a, b in combinations(finished, 2):
        total = state.pairs[a, b]
        units_before, matched_before = total.units, total.matched
        compare(document.annotators[a], document.annotators[b], document.text, into=total)
        units += total.units - units_before
        matched += total.matched - matched_before
        state.pair_documents[a, b] += 1
        state.pair_tokens[a, b].append((labels[a], labels[b]))
    state.by_document.append(
        DocumentScore(
            id=document.doc_id,
            f1_partial=None if units == 0 else 2 * matched / units,
            annotators=finished,
            units=units,
        )
    )


def _pair_report(state: Gathering, a: str, b: str) -> PairReport:
    comparison = state.pairs[a, b]
    micro = comparison.micro()
    token_pairs = state.pair_tokens[a, b]
    kappa = cohen_kappa(np.concatenate([x for x, _ in token_pairs]), np.concatenate([y for _, y in token_pairs]))
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


def _alpha(blocks: list[dict[str, np.ndarray]], annotators: list[str]) -> tuple[float | None, int]:
    if not blocks:
        return None, 0
    index = {name: row for row, name in enumerate(annotators)}
    width = sum(len(next(iter(block.values()))) for block in blocks)
    matrix = np.full((len(annotators), width), -1, dtype=np.int16)
    column = 0
    for block in blocks:
        size = len(next(iter(block.values())))
        for name, labels in block.items():
            matrix[index[name], column : column + size] = labels
        column += size
    return krippendorff_alpha(matrix), width


def _references(reference: str, comparisons: dict[str, Comparison], documents: Counter[str]) -> list[ReferenceReport]:
    return [reference_report(reference, name, documents[name], comparisons[name]) for name in sorted(comparisons)]
