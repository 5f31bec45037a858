"""Prodigy JSONL: spans by character offsets (or, lacking them, by their tokens), relations by
their ``head_span``/``child_span`` (or the last token of a span), ``answer`` as the status."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from annotator.importers.readers import Incoming
from annotator.importers.readers.building import LineProblem, read_converted_lines

STATUSES = {"accept": "accepted", "reject": "rejected", "ignore": "skipped"}
SPAN_EXTRAS = ("id", "source", "score", "attrs")


class ProdigyProblem(LineProblem):
    pass


def read_prodigy(path: Path, label: str, encoding: str | None, _max_bytes: int) -> Iterator[Incoming]:
    return read_converted_lines(path, label, encoding, from_prodigy)


def _offsets(span: dict[str, Any], tokens: list[dict[str, Any]], what: str) -> tuple[int, int]:
    if isinstance(span.get("start"), int) and isinstance(span.get("end"), int):
        return span["start"], span["end"]
    try:
        return tokens[span["token_start"]]["start"], tokens[span["token_end"]]["end"]
    except (KeyError, IndexError, TypeError):
        raise ProdigyProblem(f"{what} has neither start/end nor token_start/token_end matching the tokens") from None


def from_prodigy(task: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(task.get("text"), str):
        raise ProdigyProblem("a Prodigy task needs a 'text'")
    tokens = task.get("tokens") or []
    spans: list[dict[str, Any]] = []
    ids: dict[tuple[int, int, str], str] = {}
    last_token: dict[int, str] = {}
    for number, span in enumerate(task.get("spans") or [], 1):
        start, end = _offsets(span, tokens, f"span {number}")
        entry = {"start": start, "end": end, "label": span.get("label")}
        entry |= {name: span[name] for name in SPAN_EXTRAS if span.get(name) is not None}
        entry.setdefault("id", f"s{number}")
        spans.append(entry)
        ids[(start, end, entry["label"])] = entry["id"]
        if isinstance(span.get("token_end"), int):
            last_token[span["token_end"]] = entry["id"]
    relations = []
    for number, relation in enumerate(task.get("relations") or [], 1):
        ends = []
        for side in ("head", "child"):
            described = relation.get(f"{side}_span")
            if isinstance(described, dict):
                start, end = _offsets(described, tokens, f"relation {number} {side}_span")
                target = ids.get((start, end, described.get("label")))
            else:
                target = last_token.get(relation.get(side))
            if target is None:
                raise ProdigyProblem(f"relation {number} ({relation.get('label')}): its {side} is none of the task's spans")
            ends.append(target)
        entry = {"head": ends[0], "child": ends[1], "label": relation.get("label")}
        entry |= {name: relation[name] for name in SPAN_EXTRAS if relation.get(name) is not None}
        relations.append(entry)
    extra = task.get("_record") or {}
    data: dict[str, Any] = {"text": task["text"], "meta": task.get("meta") or {}, "spans": spans, "relations": relations}
    data |= {name: value for name, value in extra.items() if value is not None}
    if task.get("_annotator_id") and "annotator" not in data:
        data["annotator"] = str(task["_annotator_id"])
    if "status" not in data and task.get("answer") in STATUSES and data.get("annotator"):
        data["status"] = STATUSES[task["answer"]]
    return data
