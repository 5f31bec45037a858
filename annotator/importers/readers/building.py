"""Helpers shared by the readers of other tools' formats: records built from dicts, with any
schema problem turned into a one-line message; JSON Lines read line by line with jsonlines."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jsonlines
from pydantic import ValidationError

from annotator.importers.readers import Incoming
from annotator.importers.readers.decoding import DEFAULT_ENCODING, encoding_hint
from annotator.model import jsonio
from annotator.model.records import Record
from annotator.model.scheme import describe_validation_error


def incoming(data: dict[str, Any], where: str, default_id: str | None, size: int = 0) -> Incoming:
    """A record from a dict in our schema, or the problem that stops it."""
    try:
        record = Record.model_validate(data)
    except ValidationError as error:
        return Incoming(where=where, problem=describe_validation_error(error, data=None), size=size)
    return Incoming(where=where, record=record, default_id=default_id, size=size)


def numbered_id(prefix: str, value: Any) -> str | None:
    """``s3`` for an integer id 3 (the other tools number their spans; ours are ``s1``, ``s2``...)."""
    if value is None:
        return None
    return f"{prefix}{value}" if isinstance(value, int) else str(value)


class _CountedLines:
    """The lines of a file, counting them (jsonlines keeps its line number to itself)."""

    def __init__(self, handle: Any) -> None:
        self.handle = handle
        self.number = 0

    def __iter__(self) -> Iterator[str]:
        for line in self.handle:
            self.number += 1
            yield line


def read_json_lines(path: Path, label: str, encoding: str | None) -> Iterator[tuple[str, dict[str, Any] | None, str | None]]:
    """(where, object or None, problem or None) for each non-blank line of a JSON Lines file."""
    with path.open("r", encoding=encoding or DEFAULT_ENCODING, newline="") as handle:
        lines = _CountedLines(handle)
        reader = jsonlines.Reader(lines, loads=jsonio.loads)
        while True:
            try:
                value = reader.read(skip_empty=True, type=dict)
            except EOFError:
                return
            except jsonlines.InvalidLineError as error:
                cause = error.__cause__
                message = f"invalid JSON: {cause}" if cause else "a line must be a JSON object"
                yield f"{label}:{error.lineno}", None, message
                continue
            except UnicodeDecodeError:
                yield f"{label}:{lines.number + 1}", None, f"the line is {encoding_hint(encoding)}"
                return
            yield f"{label}:{lines.number}", value, None  # type: ignore[misc]


def plain(value: Any) -> Any:
    """Lists back from msgpack's tuples, recursively."""
    if isinstance(value, tuple | list):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    return value


class LineProblem(ValueError):
    """A line of another tool's JSON Lines format that cannot become a record; the message says why."""


def read_converted_lines(
    path: Path, label: str, encoding: str | None, convert: Callable[[dict[str, Any]], dict[str, Any]]
) -> Iterator[Incoming]:
    """Each line of another tool's JSON Lines file, turned into our schema by ``convert`` (which
    raises :class:`LineProblem`), as a record or a problem named by file and line."""
    stem = label.rsplit(".", 1)[0]
    for where, line, problem in read_json_lines(path, label, encoding):
        if line is None:
            yield Incoming(where=where, problem=problem)
            continue
        try:
            data = convert(line)
        except LineProblem as error:
            yield Incoming(where=where, problem=str(error))
            continue
        yield incoming(data, where, f"{stem}-{where.rsplit(':', 1)[1]}")
