"""Hugging Face token classification: a folder with ``data.jsonl`` (or ``train.jsonl``,
``dev.jsonl``, ``test.jsonl``), one document a line with ``id``, ``tokens`` and ``ner_tags``
(indexes into the label list), and ``labels.json`` with that list (``O``, ``B-PERSON``, ...).
``datasets.load_dataset("json", data_files=...)`` reads it. Entities only, as CoNLL."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from annotator.exporters.base import ExportContext
from annotator.exporters.iob import entity_tags, label_list
from annotator.exporters.jsonl import COMPACT_DUMPS, open_lines

LABELS_FILE = "labels.json"


def to_hf(record: dict[str, Any], context: ExportContext, numbers: dict[str, int]) -> dict[str, Any]:
    index, tags = entity_tags(record, context)
    text = record["text"]
    kept = [(token, tag) for token, tag in zip(index.tokens, tags, strict=True) if text[token.start : token.end].strip()]
    return {
        "id": record["id"],
        "tokens": [text[token.start : token.end] for token, _ in kept],
        "ner_tags": [numbers[tag] for _, tag in kept],
    }


class HuggingFaceWriter:
    def __init__(self, target: Path, context: ExportContext, part: str | None = None) -> None:
        self.context = context
        self.labels = label_list(context)
        self.numbers = {label: number for number, label in enumerate(self.labels)}
        self.folder = target
        self.lines, self.handle = open_lines(target / f"{part or 'data'}.jsonl", COMPACT_DUMPS)

    def write(self, record: dict[str, Any]) -> None:
        self.lines.write(to_hf(record, self.context, self.numbers))

    def close(self) -> None:
        self.lines.close()
        if self.handle is not None:
            self.handle.close()
        (self.folder / LABELS_FILE).write_text(json.dumps({"ner_tags": self.labels}, indent=1) + "\n", encoding="utf-8")
