"""Exporting the corpus: our JSONL schema and the formats other tools read, all streaming.

:func:`list_formats` describes every format (for the GUI's export dialog); :func:`export_corpus`
writes one. The names below are imported on first use, so that the command line can read the
format table (``exporters.registry``) without loading the storage layer behind the writers.
"""

from __future__ import annotations

import importlib
from typing import Any

_HOMES = {
    "ExportError": "base",
    "ExportReport": "base",
    "check_destination": "base",
    "export_corpus": "corpus",
    "parse_split": "corpus",
    "export_jsonl": "jsonl",
    "FormatInfo": "registry",
    "UnknownFormat": "registry",
    "get_format": "registry",
    "list_formats": "registry",
}

__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
