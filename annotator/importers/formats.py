"""Readers of other tools' formats, by format name and by file: the import's registration hook.

The format of a file is detected where that is unambiguous: by its extension (``.spacy``,
``.conll``, ``.json`` for citron, ``.ann``), a ``.txt`` that has an ``.ann`` beside it is brat,
and a ``.jsonl`` by the keys of its first line (Prodigy's hashes or tokens with ``ws``,
doccano's ``entities`` or ``start_offset``, Hugging Face's ``ner_tags``; otherwise ours).
``--format`` overrides the detection.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from annotator.importers.readers import Incoming, Reader
from annotator.importers.readers.brat import read_brat
from annotator.importers.readers.citron import read_citron
from annotator.importers.readers.conll import read_conll
from annotator.importers.readers.docbin import read_docbin
from annotator.importers.readers.doccano import read_doccano
from annotator.importers.readers.hf import LABELS_FILE, read_hf
from annotator.importers.readers.jsonl import read_jsonl
from annotator.importers.readers.prodigy import read_prodigy
from annotator.model import jsonio

FORMAT_READERS: dict[str, Reader] = {
    "jsonl": read_jsonl,
    "spacy": read_docbin,
    "prodigy": read_prodigy,
    "doccano": read_doccano,
    "brat": read_brat,
    "conll": read_conll,
    "hf": read_hf,
    "citron": read_citron,
}

#: Extensions that only these formats use (walked in folders like the built-in ones).
EXTRA_READERS: dict[str, Reader] = {".spacy": read_docbin, ".conll": read_conll, ".json": read_citron}


def skip_file(_path: Path, _label: str, _encoding: str | None, _max_bytes: int) -> Iterator[Incoming]:
    return iter(())


def sniff_jsonl(path: Path) -> str:
    """The format of a JSON Lines file, from the keys of its first non-blank line."""
    with path.open("rb") as handle:
        for raw in handle:
            if raw.strip():
                try:
                    first = jsonio.loads(raw)
                except ValueError:
                    return "jsonl"  # our reader reports the problem with its line
                return jsonl_format_of(first)
    return "jsonl"


def jsonl_format_of(line: object) -> str:
    if not isinstance(line, dict):
        return "jsonl"
    if "ner_tags" in line and "tokens" in line:
        return "hf"
    if "_input_hash" in line or "_task_hash" in line or ("tokens" in line and "spans" in line and "answer" in line):
        return "prodigy"
    entities = line.get("entities")
    if isinstance(entities, list) and (not entities or (isinstance(entities[0], dict) and "start_offset" in entities[0])):
        return "doccano"
    if isinstance(line.get("label"), list) and "spans" not in line:
        return "doccano"
    return "jsonl"


def choose_reader(path: Path, format: str | None, readers: dict[str, Reader]) -> Reader | None:
    """The reader for one file: the named format, else detected, else the built-in ``readers``."""
    if format is not None:
        return FORMAT_READERS[format]
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        detected = sniff_jsonl(path)
        return readers[suffix] if detected == "jsonl" else FORMAT_READERS[detected]
    if suffix == ".txt" and path.with_suffix(".ann").is_file():
        return read_brat
    if suffix == ".ann":
        return read_brat
    if path.name == LABELS_FILE and any(path.parent.glob("*.jsonl")):
        return skip_file  # the label list of a Hugging Face export, read with its JSONL
    return readers.get(suffix) or EXTRA_READERS.get(suffix)
