"""Exporting the corpus: our JSONL schema and the formats other tools read, all streaming.

:func:`list_formats` describes every format (for the GUI's export dialog); :func:`export_corpus`
writes one.
"""

from annotator.exporters.base import ExportError, ExportReport, check_destination
from annotator.exporters.corpus import export_corpus, parse_split
from annotator.exporters.jsonl import export_jsonl
from annotator.exporters.registry import FormatInfo, UnknownFormat, get_format, list_formats

__all__ = [
    "ExportError",
    "ExportReport",
    "FormatInfo",
    "UnknownFormat",
    "check_destination",
    "export_corpus",
    "export_jsonl",
    "get_format",
    "list_formats",
    "parse_split",
]
