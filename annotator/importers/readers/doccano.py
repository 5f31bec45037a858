"""doccano JSONL: ``entities``/``relations`` (or the older ``label``: [[start, end, label]]),
offsets in UTF-16 code units converted to code points; other top-level keys become meta."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from annotator.importers.readers import Incoming
from annotator.importers.readers.building import LineProblem, numbered_id, read_converted_lines
from annotator.text.offsets import Utf16Index

RECORD_KEYS = ("annotator", "layer", "status")
IGNORED = ("entities", "relations", "label", "Comments", "text", "id", "meta")


class DoccanoProblem(LineProblem):
    pass


def read_doccano(path: Path, label: str, encoding: str | None, _max_bytes: int) -> Iterator[Incoming]:
    return read_converted_lines(path, label, encoding, from_doccano)


def from_doccano(line: dict[str, Any]) -> dict[str, Any]:
    text = line.get("text")
    if not isinstance(text, str):
        raise DoccanoProblem("a doccano line needs a 'text'")
    index = Utf16Index(text)
    entities = line.get("entities")
    if entities is None and isinstance(line.get("label"), list):  # doccano 1.0's [[start, end, label], ...]
        entities = [{"start_offset": s, "end_offset": e, "label": name} for s, e, name in line["label"]]
    spans = []
    for number, entity in enumerate(entities or [], 1):
        try:
            start, end = int(entity["start_offset"]), int(entity["end_offset"])
        except (KeyError, TypeError, ValueError):
            raise DoccanoProblem(f"entity {number} needs numeric start_offset and end_offset") from None
        if end > index.utf16_length:
            raise DoccanoProblem(f"entity {number} ends at {end}, beyond the text's {index.utf16_length} UTF-16 units")
        spans.append(
            {
                "id": numbered_id("s", entity.get("id", number)),
                "start": index.to_code_point(start),
                "end": index.to_code_point(end),
                "label": entity.get("label"),
            }
        )
    relations = [
        {
            "id": numbered_id("r", relation.get("id", number)),
            "head": numbered_id("s", relation.get("from_id")),
            "child": numbered_id("s", relation.get("to_id")),
            "label": relation.get("type"),
        }
        for number, relation in enumerate(line.get("relations") or [], 1)
    ]
    data: dict[str, Any] = {"text": text, "spans": spans, "relations": relations}
    if line.get("id") is not None:
        data["id"] = line["id"]
    data |= {name: line[name] for name in RECORD_KEYS if line.get(name) is not None}
    meta = dict(line["meta"]) if isinstance(line.get("meta"), dict) else {}
    meta |= {key: value for key, value in line.items() if key not in IGNORED and key not in RECORD_KEYS}
    data["meta"] = meta
    comments = line.get("Comments")
    if comments:
        data["comment"] = "\n".join(str(item.get("text", item) if isinstance(item, dict) else item) for item in comments)
    return data
