"""JSON Lines in our record schema, read line by line so that a huge file needs little memory."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from pydantic import ValidationError

from annotator.importers.readers import EMPTY_FILE, Incoming
from annotator.importers.readers.decoding import decode, encoding_hint, wide_encoding
from annotator.importers.validation import check_finite_json
from annotator.model.records import Record, RecordProblem
from annotator.model.scheme import describe_validation_error


def read_jsonl(path: Path, label: str, encoding: str | None, max_bytes: int) -> Iterator[Incoming]:
    with path.open("rb") as handle:
        number = 0
        found = False  # a record or a problem: anything but blank lines
        while True:
            line = handle.readline(max_bytes + 1)
            if not line:
                if not found:
                    yield Incoming(where=label, skipped=EMPTY_FILE, size=handle.tell())
                return
            number += 1
            where = f"{label}:{number}"
            size = len(line)
            found = found or bool(line.strip())
            if len(line) > max_bytes and not line.endswith(b"\n"):
                while chunk := handle.readline(1 << 20):  # skip the rest of the over-long line
                    size += len(chunk)
                    if chunk.endswith(b"\n"):
                        break
                yield Incoming(
                    where=where,
                    problem=f"the line is {size / 1e6:.1f} MB, over the limit of {max_bytes / 1e6:.0f} MB for one record "
                    "(raise it with --max-record-mb)",
                    size=size,
                )
                continue
            wide = wide_encoding(line) if number == 1 else None
            if wide or (encoding and encoding.lower().replace("_", "-").startswith(("utf-16", "utf-32"))):
                yield Incoming(where=where, problem=_wide_problem(wide or encoding or ""), size=size)
                return
            try:
                text = decode(line, encoding)
            except UnicodeDecodeError as error:
                byte = line[error.start : error.start + 1].hex()
                problem = f"byte 0x{byte} at column {error.start + 1} is {encoding_hint(encoding)}"
                yield Incoming(where=where, problem=problem, size=size)
                continue
            if not text.strip():
                continue  # blank lines are allowed between records
            try:
                check_finite_json(text)
                record = Record.model_validate_json(text.rstrip("\r\n"))
            except ValidationError as error:
                yield Incoming(where=where, problem=_describe(error), size=size)
                continue
            except RecordProblem as problem:
                yield Incoming(where=where, problem=str(problem), size=size)
                continue
            yield Incoming(where=where, record=record, default_id=f"{label.rsplit('.', 1)[0]}-{number}", size=size)


def _wide_problem(encoding: str) -> str:
    """JSON Lines are read line by line, which a two- or four-byte encoding does not allow."""
    return (
        f"the file is {encoding.upper()}; JSON Lines must be UTF-8 (or a one-byte encoding): "
        f"convert it, e.g. iconv -f {encoding.upper()} -t UTF-8 FILE > FILE-utf8.jsonl"
    )


def _describe(error: ValidationError) -> str:
    problems = error.errors()
    if problems and problems[0]["type"] == "json_invalid":
        message = str(problems[0]["ctx"].get("error", problems[0]["msg"]))
        return "invalid JSON: " + re.sub(r" at line 1 column (\d+)$", r" at column \1", message)
    if problems and problems[0]["type"] == "model_type" and not problems[0]["loc"]:
        return "a record must be a JSON object"
    return describe_validation_error(error, data=None)
