"""Precision, recall and F1 of quotes, cues, speakers and entities against gold records."""

from annotator.evaluation.effort import document_effort
from annotator.evaluation.pairing import EvaluationError, Located, pair_records, read_jsonl
from annotator.evaluation.report import (
    PRF,
    Accuracy,
    DocumentEffort,
    EffortReport,
    EvaluationReport,
    Problem,
    QuoteScores,
)
from annotator.evaluation.scoring import evaluate, evaluate_pairs

__all__ = [
    "PRF",
    "Accuracy",
    "DocumentEffort",
    "EffortReport",
    "EvaluationError",
    "EvaluationReport",
    "Located",
    "Problem",
    "QuoteScores",
    "document_effort",
    "evaluate",
    "evaluate_pairs",
    "pair_records",
    "read_jsonl",
]
