"""Importing articles into a project from .txt, .jsonl, .csv and .html files (folders walked)."""

from annotator.importers.importer import READERS, ImportFailed, ImportReport, NothingToImport, import_paths

__all__ = ["READERS", "ImportFailed", "ImportReport", "NothingToImport", "import_paths"]
