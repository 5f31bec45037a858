"""Exporting the corpus: our JSONL schema (streaming); more formats come as their own modules."""

from annotator.exporters.jsonl import export_jsonl

__all__ = ["export_jsonl"]
