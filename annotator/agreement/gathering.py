"""Running sums of agreement counts; two gatherings over different documents add up, so parts of
a corpus can be gathered in separate processes."""

from __future__ import annotations

from collections import Counter, defaultdict

import numpy as np

from annotator.agreement.compare import Comparison
from annotator.agreement.report import DocumentScore


class Gathering:
    def __init__(self) -> None:
        self.pairs: dict[tuple[str, str], Comparison] = defaultdict(Comparison)
        self.pair_documents: Counter[tuple[str, str]] = Counter()
        #: per pair, token label a x token label b: the counts Cohen's kappa is made of
        self.pair_tokens: dict[tuple[str, str], np.ndarray] = {}
        #: distinct rows of per-token value counts and their multiplicities: what alpha is made of
        self.alpha_blocks: list[tuple[np.ndarray, np.ndarray]] = []
        self.by_document: list[DocumentScore] = []
        self.gold: dict[str, Comparison] = defaultdict(Comparison)
        self.gold_documents: Counter[str] = Counter()
        self.prelabel: dict[str, Comparison] = defaultdict(Comparison)
        self.prelabel_documents: Counter[str] = Counter()
        self.finished: Counter[str] = Counter()
        self.spans: Counter[str] = Counter()
        self.documents = 0

    def add_tokens(self, key: tuple[str, str], confusion: np.ndarray) -> None:
        found = self.pair_tokens.get(key)
        self.pair_tokens[key] = confusion if found is None else found + confusion

    def add(self, other: Gathering) -> None:
        for key, comparison in other.pairs.items():
            self.pairs[key].add(comparison)
        for key, confusion in other.pair_tokens.items():
            self.add_tokens(key, confusion)
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
