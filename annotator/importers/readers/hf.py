"""Hugging Face token classification JSONL: ``tokens`` and ``ner_tags``, as label names or as
indexes into the list of ``labels.json`` beside the file. The text is the tokens joined by
spaces; the entities come from the IOB2 tags."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from annotator.exporters.iob import spans_from_tags, text_from_tokens
from annotator.importers.readers import Incoming
from annotator.importers.readers.building import incoming, read_json_lines
from annotator.importers.readers.conll import ALIASES

LABELS_FILE = "labels.json"


def read_label_list(folder: Path) -> list[str] | None:
    path = folder / LABELS_FILE
    if not path.is_file():
        return None
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        return None
    labels = value.get("ner_tags") if isinstance(value, dict) else value
    return [str(label) for label in labels] if isinstance(labels, list) else None


def read_hf(path: Path, label: str, encoding: str | None, _max_bytes: int) -> Iterator[Incoming]:
    labels = read_label_list(path.parent)
    stem = label.rsplit(".", 1)[0]
    for where, line, problem in read_json_lines(path, label, encoding):
        if line is None:
            yield Incoming(where=where, problem=problem)
            continue
        tokens, tags = line.get("tokens"), line.get("ner_tags")
        if not isinstance(tokens, list) or not isinstance(tags, list) or len(tokens) != len(tags):
            yield Incoming(where=where, problem="'tokens' and 'ner_tags' must be lists of the same length")
            continue
        if any(isinstance(tag, int) for tag in tags):
            if labels is None:
                yield Incoming(where=where, problem=f"ner_tags are numbers but there is no {LABELS_FILE} beside the file")
                continue
            if any(not isinstance(tag, int) or not 0 <= tag < len(labels) for tag in tags):
                yield Incoming(where=where, problem=f"ner_tags must be indexes into the {len(labels)} labels of {LABELS_FILE}")
                continue
            tags = [labels[tag] for tag in tags]
        text, offsets = text_from_tokens([[str(token) for token in tokens]])
        spans = spans_from_tags(offsets, [str(tag) for tag in tags])
        for span in spans:
            span["label"] = ALIASES.get(span["label"], span["label"])
        data: dict[str, Any] = {"text": text, "spans": spans}
        if line.get("id") is not None:
            data["id"] = line["id"]
        yield incoming(data, where, f"{stem}-{where.rsplit(':', 1)[1]}")
