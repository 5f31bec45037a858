"""The evaluation report: counts and scores, as a pydantic model that prints as text or JSON."""

from __future__ import annotations

from pydantic import BaseModel, Field, computed_field


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


class PRF(BaseModel):
    """Precision, recall and F1 from counts of gold, predicted and matched items."""

    gold: int = 0
    predicted: int = 0
    correct: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float:
        return _ratio(self.correct, self.predicted)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float:
        return _ratio(self.correct, self.gold)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float:
        total = self.gold + self.predicted
        return 2 * self.correct / total if total else 0.0

    def add(self, other: PRF) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.correct += other.correct


class Accuracy(BaseModel):
    """The share of ``total`` items that were right."""

    correct: int = 0
    total: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def accuracy(self) -> float:
        return _ratio(self.correct, self.total)


class QuoteScores(BaseModel):
    """Quote detection, and cue and speaker attribution over the matched gold quotes."""

    detection: PRF = Field(default_factory=PRF)
    cue: Accuracy = Field(default_factory=Accuracy)
    speaker_named: Accuracy = Field(default_factory=Accuracy)
    speaker_resolved: Accuracy = Field(default_factory=Accuracy)


class Problem(BaseModel):
    """One disagreement, for ``--errors``: which document, what kind, and the text involved."""

    document: str
    kind: str
    gold: str | None = None
    predicted: str | None = None


class DocumentEffort(BaseModel):
    """Edits one document needs to reach gold from the prediction, by kind (see ``evaluation.effort``)."""

    document: str
    missing: int = 0
    spurious: int = 0
    relabelled: int = 0
    edges_moved: int = 0
    missing_links: int = 0
    spurious_links: int = 0
    scratch: int = Field(0, description="Edits to annotate the document from scratch: gold spans plus SPEAKER/CUE links.")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def edits(self) -> int:
        return self.missing + self.spurious + self.relabelled + self.edges_moved + self.missing_links + self.spurious_links


class EffortReport(BaseModel):
    """Edit counts over all documents, against annotating them from scratch."""

    documents: list[DocumentEffort] = Field(default_factory=list)

    def _sum(self, name: str) -> int:
        return sum(getattr(document, name) for document in self.documents)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def edits(self) -> int:
        return self._sum("edits")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def scratch(self) -> int:
        return self._sum("scratch")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def edits_per_document(self) -> float:
        return _ratio(self.edits, len(self.documents))

    @computed_field  # type: ignore[prop-decorator]
    @property
    def saving(self) -> float:
        """The share of the from-scratch edits that the prediction saves (negative when it costs more)."""
        return 1 - self.edits / self.scratch if self.scratch else 0.0

    def format_text(self, *, per_document: bool = True) -> list[str]:
        kinds = ("missing", "spurious", "relabelled", "edges_moved", "missing_links", "spurious_links")
        lines = [
            f"Edit effort: {self.edits} edits, {self.edits_per_document:.1f} per document; from scratch {self.scratch} "
            f"({self.scratch / len(self.documents) if self.documents else 0:.1f} per document); saving {self.saving:.1%}",
            "  " + ", ".join(f"{kind.replace('_', ' ')} {self._sum(kind)}" for kind in kinds),
        ]
        if per_document:
            for document in self.documents:
                counts = [f"{kind.replace('_', ' ')} {getattr(document, kind)}" for kind in kinds if getattr(document, kind)]
                head = f"  {document.document}: {document.edits} edits (from scratch {document.scratch})"
                lines.append(f"{head}: {', '.join(counts)}" if counts else head)
        return lines


class EvaluationReport(BaseModel):
    """Everything ``annotator evaluate`` prints."""

    documents: int = 0
    quotes: QuoteScores = Field(default_factory=QuoteScores)
    indirect_quotes: QuoteScores = Field(default_factory=QuoteScores)
    entities: dict[str, PRF] = Field(default_factory=dict)
    entity_micro: PRF = Field(default_factory=PRF)
    micro_labels: list[str] = Field(default_factory=list, description="Entity labels in the micro average.")
    problems: list[Problem] = Field(default_factory=list)
    effort: EffortReport | None = Field(None, description="Edits to reach gold, with --effort.")

    def format_text(self, *, problems: bool = False) -> str:
        """A plain-text table; with ``problems``, one line per disagreement after it."""
        lines = [f"Documents: {self.documents}", ""]
        for title, scores in (("Direct quotes", self.quotes), ("Indirect quotes", self.indirect_quotes)):
            lines.append(_prf_line(f"{title}:", scores.detection, width=18))
            lines.append(_accuracy_line("  cue", scores.cue))
            lines.append(_accuracy_line("  speaker (named)", scores.speaker_named))
            lines.append(_accuracy_line("  speaker (resolved)", scores.speaker_resolved))
            lines.append("")
        lines.append("Entities (exact offsets and label):")
        for label, prf in self.entities.items():
            marker = "" if label in self.micro_labels else "  (not in micro)"
            lines.append(_prf_line(f"  {label}", prf, width=18) + marker)
        lines.append(_prf_line("  micro", self.entity_micro, width=18) + f"  ({', '.join(self.micro_labels) or 'no labels'})")
        if self.effort is not None:
            lines += ["", *self.effort.format_text()]
        if problems and self.problems:
            lines += ["", f"Disagreements ({len(self.problems)}):"]
            for problem in self.problems:
                lines.append(f"  {problem.document}: {problem.kind}: gold {problem.gold!r}, predicted {problem.predicted!r}")
        return "\n".join(lines)


def _prf_line(name: str, prf: PRF, width: int) -> str:
    return (
        f"{name:<{width}} P {prf.precision:.3f}  R {prf.recall:.3f}  F1 {prf.f1:.3f}"
        f"  (gold {prf.gold}, predicted {prf.predicted}, correct {prf.correct})"
    )


def _accuracy_line(name: str, accuracy: Accuracy) -> str:
    return f"{name:<20} {accuracy.accuracy:.3f}  ({accuracy.correct} of {accuracy.total})"
