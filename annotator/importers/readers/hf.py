"""Hugging Face token classification JSONL: ``tokens`` and ``ner_tags``, as label names or as
indexes into the list of ``labels.json`` beside the file. The text is the tokens joined by
spaces; the entities come from the IOB2 tags."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from annotator.exporters.iob import spans_from_tags, text_from_tokens
from annotator.importers.readers import Incoming
from annotator.importers.readers.building import LineProblem, read_converted_lines
from annotator.importers.readers.conll import ALIASES
from annotator.model import jsonio

LABELS_FILE = "labels.json"


def read_label_list(folder: Path) -> list[str] | None:
    path = folder / LABELS_FILE
    if not path.is_file():
        return None
    try:
        value = jsonio.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        return None
    labels = value.get("ner_tags") if isinstance(value, dict) else value
    return [str(label) for label in labels] if isinstance(labels, list) else None


def read_hf(path: Path, label: str, encoding: str | None, _max_bytes: int) -> Iterator[Incoming]:
    labels = read_label_list(path.parent)
    return read_converted_lines(path, label, encoding, lambda line: from_hf(line, labels))


def from_hf(line: dict[str, Any], labels: list[str] | None) -> dict[str, Any]:
    """One line of ``tokens`` and ``ner_tags`` (names, or indexes into ``labels``) as a record."""
    tokens, tags = line.get("tokens"), line.get("ner_tags")
    if not isinstance(tokens, list) or not isinstance(tags, list) or len(tokens) != len(tags):
        raise LineProblem("'tokens' and 'ner_tags' must be lists of the same length")
    if any(isinstance(tag, int) for tag in tags):
        if labels is None:
            raise LineProblem(f"ner_tags are numbers but there is no {LABELS_FILE} beside the file")
        if any(not isinstance(tag, int) or not 0 <= tag < len(labels) for tag in tags):
            raise LineProblem(f"ner_tags must be indexes into the {len(labels)} labels of {LABELS_FILE}")
        tags = [labels[tag] for tag in tags]
    text, offsets = text_from_tokens([[str(token) for token in tokens]])
    spans = spans_from_tags(offsets, [str(tag) for tag in tags])
    for span in spans:
        span["label"] = ALIASES.get(span["label"], span["label"])
    data: dict[str, Any] = {"text": text, "spans": spans}
    if line.get("id") is not None:
        data["id"] = line["id"]
    return data
