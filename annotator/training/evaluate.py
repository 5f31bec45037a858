"""Per-label precision, recall and F1 of exact spans (start, end, label) on held-out documents,
for the trained model and for the rules, and the better of the two for each label."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotator.training.config import SPANS_KEY

SpanKey = tuple[int, int, str]


@dataclass
class Scores:
    gold: int = 0
    predicted: int = 0
    correct: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"gold": self.gold, "predicted": self.predicted, "correct": self.correct,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}  # fmt: skip


def score(gold: Iterable[set[SpanKey]], predicted: Iterable[set[SpanKey]]) -> dict[str, Scores]:
    by_label: dict[str, Scores] = {}
    for gold_spans, predicted_spans in zip(gold, predicted, strict=True):
        for spans, field in ((gold_spans, "gold"), (predicted_spans, "predicted"), (gold_spans & predicted_spans, "correct")):
            for label, count in Counter(label for _, _, label in spans).items():
                entry = by_label.setdefault(label, Scores())
                setattr(entry, field, getattr(entry, field) + count)
    return by_label


def gold_spans(records: list[dict[str, Any]], labels: set[str]) -> list[set[SpanKey]]:
    return [
        {(span["start"], span["end"], span["label"]) for span in record["spans"] if span["label"] in labels} for record in records
    ]


def model_spans(model: Path, texts: list[str], labels: set[str]) -> list[set[SpanKey]]:
    import spacy

    nlp = spacy.load(model)
    found = []
    for doc in nlp.pipe(texts):
        spans = [*doc.ents, *doc.spans.get(SPANS_KEY, [])]
        found.append({(span.start_char, span.end_char, span.label_) for span in spans if span.label_ in labels})
    return found


def rule_spans(texts: list[str], lang: str, labels: set[str]) -> list[set[SpanKey]]:
    from annotator.nlp import prelabel_texts

    return [
        {(span.start, span.end, span.label) for span in spans if span.label in labels} for spans, _ in prelabel_texts(texts, lang)
    ]


def compare(gold: list[set[SpanKey]], model: list[set[SpanKey]], rules: list[set[SpanKey]], labels: list[str]) -> dict[str, Any]:
    model_scores, rule_scores = score(gold, model), score(gold, rules)
    table: dict[str, Any] = {}
    for label in labels:
        ours, theirs = model_scores.get(label, Scores()), rule_scores.get(label, Scores())
        table[label] = {
            "model": ours.as_dict(),
            "rules": theirs.as_dict(),
            "better": "model" if ours.f1 > theirs.f1 else "rules",
        }
    return table


def format_table(table: dict[str, Any]) -> str:
    lines = [f"{'label':<10} {'model P':>8} {'R':>6} {'F1':>6}   {'rules P':>8} {'R':>6} {'F1':>6}  {'gold':>5}  better"]
    for label, row in table.items():
        model, rules = row["model"], row["rules"]
        lines.append(
            f"{label:<10} {model['precision']:>8.2f} {model['recall']:>6.2f} {model['f1']:>6.2f}   "
            f"{rules['precision']:>8.2f} {rules['recall']:>6.2f} {rules['f1']:>6.2f}  {model['gold']:>5}  {row['better']}"
        )
    return "\n".join(lines)
