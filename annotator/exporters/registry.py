"""The formats the corpus can be exported to and imported from: one table, used by the command
line, the import's file detection and the GUI's export dialog (through :func:`list_formats`)."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class FormatInfo:
    name: str
    description: str
    extension: str  # of the file written; "" for a folder
    lossy: bool  # drops some annotations (it says which, with counts, on export)
    can_import: bool
    folder: bool  # writes a folder rather than one file
    writer: str  # "module:Class" of the writer, imported on first use (spaCy is slow to import)

    def writer_class(self) -> Any:
        module, name = self.writer.split(":")
        return getattr(importlib.import_module(module), name)


FORMATS: dict[str, FormatInfo] = {
    info.name: info
    for info in (
        FormatInfo(
            "jsonl",
            "annotator JSONL: everything, one line per annotation",
            ".jsonl",
            False,
            True,
            False,
            "annotator.exporters.jsonl:JsonlWriter",
        ),
        FormatInfo(
            "spacy",
            "spaCy DocBin: entities in doc.ents, quotes and overlapping spans in doc.spans, relations in user_data",
            ".spacy",
            False,
            True,
            False,
            "annotator.exporters.spacy_docbin:DocBinWriter",
        ),
        FormatInfo(
            "prodigy",
            "Prodigy JSONL: tokens, spans and relations (the relations recipe's format)",
            ".jsonl",
            False,
            True,
            False,
            "annotator.exporters.prodigy:ProdigyWriter",
        ),
        FormatInfo(
            "doccano",
            "doccano JSONL: entities and relations, offsets in UTF-16 code units",
            ".jsonl",
            True,
            True,
            False,
            "annotator.exporters.doccano:DoccanoWriter",
        ),
        FormatInfo(
            "brat",
            "brat standoff: a .txt and an .ann per document, and annotation.conf",
            "",
            True,
            True,
            True,
            "annotator.exporters.brat:BratWriter",
        ),
        FormatInfo(
            "conll",
            "CoNLL-2003: one token a line, IOB2 entity tags; entities only",
            ".conll",
            True,
            True,
            False,
            "annotator.exporters.conll:ConllWriter",
        ),
        FormatInfo(
            "hf",
            "Hugging Face token classification: JSONL of tokens and ner_tags, with labels.json",
            "",
            True,
            True,
            True,
            "annotator.exporters.hf:HuggingFaceWriter",
        ),
        FormatInfo(
            "citron",
            "BBC citron JSON: one file per document, quotes with cue, sources, contents, coreferences",
            "",
            True,
            True,
            True,
            "annotator.exporters.citron:CitronWriter",
        ),
    )
}


class UnknownFormat(ValueError):
    pass


def list_formats() -> list[FormatInfo]:
    """Every format, in the order offered to users (for the export dialog)."""
    return list(FORMATS.values())


def get_format(name: str) -> FormatInfo:
    try:
        return FORMATS[name]
    except KeyError:
        raise UnknownFormat(f"unknown format {name!r} (known: {', '.join(FORMATS)})") from None


def export_format_for(path: str | Path) -> str | None:
    """The format an output path names unambiguously by its extension, if any."""
    suffix = Path(path).suffix.lower()
    return {".jsonl": "jsonl", ".ndjson": "jsonl", ".spacy": "spacy", ".conll": "conll"}.get(suffix)


def writes_folder(name: str, *, split: bool = False, shard_size: int = 0) -> bool:
    """Whether an export in format ``name`` (with these options) writes a folder rather than a file."""
    return get_format(name).folder or split or (name == "spacy" and shard_size > 0)
