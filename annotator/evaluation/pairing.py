"""Reading records with their line numbers, and pairing gold with predicted records."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from annotator.model import Record, jsonio


class EvaluationError(Exception):
    """Input that cannot be evaluated; the message names the file and line (or record)."""


@dataclass(frozen=True)
class Located:
    """A record and where it came from (``gold.jsonl line 3``), for error messages."""

    record: Record
    where: str


def locate(records: Iterable[Record], name: str) -> list[Located]:
    """Records given in memory, placed as ``<name> record N`` (1-based)."""
    return [Located(record, f"{name} record {number}") for number, record in enumerate(records, 1)]


def read_jsonl(path: Path) -> Iterator[Located]:
    """Records of a JSONL file; blank lines are skipped, anything else malformed stops with file and line."""
    try:
        handle = path.open(encoding="utf-8")
    except FileNotFoundError as error:
        raise EvaluationError(f"{path}: no such file") from error
    except OSError as error:
        raise EvaluationError(f"{path}: cannot read: {error.strerror}") from error
    with handle:
        try:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                where = f"{path} line {number}"
                try:
                    data = jsonio.loads(line)
                except json.JSONDecodeError as error:
                    raise EvaluationError(f"{where}: not valid JSON: {error.msg} (column {error.colno})") from error
                try:
                    record = Record.model_validate(data)
                except ValidationError as error:
                    first = error.errors()[0]
                    field = ".".join(str(step) for step in first["loc"]) or "record"
                    raise EvaluationError(f"{where}: not a record: {field}: {first['msg']}") from error
                yield Located(record, where)
        except UnicodeDecodeError as error:
            raise EvaluationError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start})") from error


def pair_records(gold: list[Located], predicted: list[Located]) -> list[tuple[Located, Located]]:
    """Pair each gold record with the predicted record of the same id, else of the identical text.

    Every record must find exactly one partner, and paired records must have the same text
    (offsets mean nothing otherwise); each failure raises :class:`EvaluationError`.
    """
    by_id: dict[str, Located] = {}
    for item in predicted:
        if item.record.id is None:
            continue
        if item.record.id in by_id:
            raise EvaluationError(f"{item.where}: record id {item.record.id!r} also at {by_id[item.record.id].where}")
        by_id[item.record.id] = item
    by_text: dict[str, list[Located]] = {}
    for item in predicted:
        by_text.setdefault(item.record.text, []).append(item)
    seen_gold: dict[str, str] = {}
    used: set[int] = set()
    pairs = []
    for item in gold:
        if item.record.id is not None:
            if item.record.id in seen_gold:
                raise EvaluationError(f"{item.where}: record id {item.record.id!r} also at {seen_gold[item.record.id]}")
            seen_gold[item.record.id] = item.where
        partner = by_id.get(item.record.id) if item.record.id is not None else None
        if partner is not None and id(partner) in used:
            partner = None
        if partner is None:
            partner = next((other for other in by_text.get(item.record.text, []) if id(other) not in used), None)
        if partner is None:
            raise EvaluationError(f"{item.where}: no predicted record with id {item.record.id!r} or with the same text")
        if partner.record.text != item.record.text:
            raise EvaluationError(
                f"{item.where} and {partner.where}: record {item.record.id!r} has different texts; offsets cannot be compared"
            )
        used.add(id(partner))
        pairs.append((item, partner))
    for item in predicted:
        if id(item) not in used:
            raise EvaluationError(f"{item.where}: predicted record {item.record.id!r} has no gold record (by id or text)")
    return pairs
