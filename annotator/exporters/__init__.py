"""Exporting the corpus: our JSONL schema (streaming); more formats come as their own modules."""

from annotator.exporters.jsonl import ExportError, check_destination, export_jsonl

__all__ = ["ExportError", "check_destination", "export_jsonl"]
