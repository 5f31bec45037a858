"""Adjudication, Qt-free: pre-merging agreed annotations into the gold layer (leads only)."""

from annotator.adjudication.merge import STRATEGIES, MergeResult, merge_to_gold

__all__ = ["STRATEGIES", "MergeResult", "merge_to_gold"]
