"""Prodigy JSONL, the task format of its ``ner.manual``, ``spans.manual`` and ``rel.manual`` recipes.

Each line has ``text``, ``tokens`` (``text``, ``start``, ``end``, ``id``, ``ws``), ``spans``
(``start``, ``end``, ``token_start``, ``token_end`` inclusive, ``label``), ``relations``
(``head`` and ``child``: the index of each span's last token; ``head_span``, ``child_span``,
``label``), ``answer``, ``_input_hash``, ``_task_hash`` and ``meta``. Our own fields ride along
where Prodigy ignores them: span ``id``, ``source``, ``score`` and ``attrs``; ``_annotator_id``;
``_record`` with the document id, layer, status, comment and time. Nothing is lost.
"""

from __future__ import annotations

import json
from typing import Any

import murmurhash

from annotator.exporters.jsonl import COMPACT_DUMPS, JsonlWriter
from annotator.exporters.tokens import TokenIndex, record_lang, span_boundaries, tokenize

ANSWERS = {"accepted": "accept", "rejected": "reject", "skipped": "ignore"}
RECORD_FIELDS = ("id", "layer", "status", "comment", "updated_at")


def task_hashes(text: str, spans: list[dict[str, Any]], relations: list[dict[str, Any]]) -> tuple[int, int]:
    """Input hash of the text, task hash of the input hash with the spans and relations
    (murmurhash of sorted JSON, the way Prodigy's ``set_hashes`` builds them)."""
    input_hash = murmurhash.hash(json.dumps({"text": text}, sort_keys=True))
    task = json.dumps({"spans": spans, "relations": relations}, sort_keys=True)
    return input_hash, murmurhash.hash(f"{input_hash} {task}")


def _span_extras(span: dict[str, Any]) -> dict[str, Any]:
    extras: dict[str, Any] = {"id": span["id"]}
    if span.get("source", "human") != "human":
        extras["source"] = span["source"]
    if span.get("score") is not None:
        extras["score"] = span["score"]
    if span.get("attrs"):
        extras["attrs"] = span["attrs"]
    return extras


def to_prodigy(record: dict[str, Any], lang: str) -> dict[str, Any]:
    text = record["text"]
    index: TokenIndex = tokenize(text, record_lang(record, lang), span_boundaries(record))
    tokens = [
        {"text": text[token.start : token.end], "start": token.start, "end": token.end, "id": number, "ws": token.space}
        for number, token in enumerate(index.tokens)
    ]
    spans: list[dict[str, Any]] = []
    by_id: dict[str, dict[str, Any]] = {}
    for span in record["spans"]:
        first, last = index.span(span["start"], span["end"]) or (0, 0)
        entry = {"start": span["start"], "end": span["end"], "token_start": first, "token_end": last, "label": span["label"]}
        by_id[span["id"]] = entry
        spans.append(entry | _span_extras(span))
    relations = []
    for relation in record["relations"]:
        head, child = by_id[relation["head"]], by_id[relation["child"]]
        entry = {"head": head["token_end"], "child": child["token_end"], "head_span": head, "child_span": child}
        relations.append(entry | {"label": relation["label"]} | _span_extras(relation))
    input_hash, task_hash = task_hashes(text, spans, relations)
    task: dict[str, Any] = {
        "text": text,
        "meta": record.get("meta") or {},
        "tokens": tokens,
        "spans": spans,
        "relations": relations,
        "answer": ANSWERS.get(record.get("status") or "", "accept"),
        "_input_hash": input_hash,
        "_task_hash": task_hash,
        "_view_id": "relations",
    }
    if record.get("annotator"):
        task["_annotator_id"] = record["annotator"]
    task["_record"] = {name: record.get(name) for name in RECORD_FIELDS if record.get(name) is not None}
    return task


class ProdigyWriter(JsonlWriter):
    dumps = staticmethod(COMPACT_DUMPS)

    def convert(self, record: dict[str, Any]) -> dict[str, Any]:
        return to_prodigy(record, self.context.lang)
