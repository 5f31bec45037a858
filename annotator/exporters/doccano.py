"""doccano JSONL (sequence labelling with relations): ``entities`` with ``id``, ``label``,
``start_offset``, ``end_offset`` and ``relations`` with ``id``, ``from_id``, ``to_id``, ``type``.

doccano counts offsets in UTF-16 code units, as the browser does (its issue #2290; a project
option counts grapheme clusters instead), so an emoji counts two there and one in our files:
offsets are converted both ways. Span ids ``s7`` become entity id 7 and back. Our meta, the
document id, annotator, layer and status are top-level keys, which doccano keeps as metadata.
doccano has no place for a span's source, score or attributes: those are counted as dropped.
"""

from __future__ import annotations

from typing import Any

from annotator.exporters.base import numeric_ids
from annotator.exporters.jsonl import COMPACT_DUMPS, JsonlWriter
from annotator.text.offsets import Utf16Index

RESERVED = ("id", "text", "entities", "relations", "annotator", "layer", "status", "Comments", "label")


def to_doccano(record: dict[str, Any], report: Any) -> dict[str, Any]:
    text = record["text"]
    index = Utf16Index(text)
    span_ids = numeric_ids(record["spans"])
    relation_ids = numeric_ids(record["relations"])
    for kind, items in (("span", record["spans"]), ("relation", record["relations"])):
        report.drop(f"{kind} attributes (doccano has none)", sum(1 for item in items if item.get("attrs")))
        report.drop(f"{kind} scores", sum(1 for item in items if item.get("score") is not None))
        report.drop(
            f"{kind} sources rule/model (they import as human)", sum(1 for item in items if item.get("source") != "human")
        )
    line: dict[str, Any] = {"id": record["id"], "text": text}
    line["entities"] = [
        {
            "id": span_ids[span["id"]],
            "label": span["label"],
            "start_offset": index.to_utf16(span["start"]),
            "end_offset": index.to_utf16(span["end"]),
        }
        for span in record["spans"]
    ]
    line["relations"] = [
        {
            "id": relation_ids[relation["id"]],
            "from_id": span_ids[relation["head"]],
            "to_id": span_ids[relation["child"]],
            "type": relation["label"],
        }
        for relation in record["relations"]
    ]
    for name in ("annotator", "layer", "status"):
        if record.get(name) is not None:
            line[name] = record[name]
    for key, value in (record.get("meta") or {}).items():
        if key in RESERVED:
            report.drop(f"meta fields named like a doccano field ({key})")
        elif value is not None:
            line[key] = value
    if record.get("comment"):
        line["Comments"] = [record["comment"]]
    return line


class DoccanoWriter(JsonlWriter):
    dumps = staticmethod(COMPACT_DUMPS)

    def convert(self, record: dict[str, Any]) -> dict[str, Any]:
        return to_doccano(record, self.context.report)
