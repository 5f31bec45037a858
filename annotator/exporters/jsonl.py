"""Export records in our JSONL schema, one line per (document, annotator, layer), streaming.

The file is written beside its destination and renamed into place when complete, so a failed
or cancelled export never leaves half a corpus behind.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

import jsonlines

from annotator.exporters.base import ExportContext
from annotator.progress import CancelHook, ProgressHook
from annotator.storage.project import Project


def finite(value: Any) -> Any:
    """A copy of a JSON value with NaN and infinities replaced by null."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {key: finite(item) for key, item in value.items()}
    if isinstance(value, list):
        return [finite(item) for item in value]
    return value


def strict_dumps(separators: tuple[str, str]) -> Any:
    """A JSON encoder that never writes bare ``NaN`` or ``Infinity`` (strict parsers refuse them):
    such a number becomes null."""
    encode = json.JSONEncoder(ensure_ascii=False, separators=separators, allow_nan=False).encode

    def dumps(value: Any) -> str:
        try:
            return encode(value)
        except ValueError:
            return encode(finite(value))

    return dumps


#: Our lines as they always were: UTF-8 characters as such, ", " and ": " between items.
DUMPS = strict_dumps((", ", ": "))
COMPACT_DUMPS = strict_dumps((",", ":"))


def open_lines(target: Path | IO[str], dumps: Any = DUMPS) -> tuple[jsonlines.Writer, IO[str] | None]:
    """A jsonlines writer on a path (opened here, returned to be closed) or an open stream."""
    if isinstance(target, Path):
        handle = target.open("w", encoding="utf-8", newline="\n")
        return jsonlines.Writer(handle, dumps=dumps), handle
    return jsonlines.Writer(target, dumps=dumps), None


class JsonlWriter:
    """Our own schema, line for line as stored: nothing is dropped. Other line formats subclass
    it and override :meth:`convert`."""

    dumps: Any = staticmethod(DUMPS)

    def __init__(self, target: Path | IO[str], context: ExportContext, part: str | None = None) -> None:
        if isinstance(target, Path) and part is not None:
            target = target / f"{part}.jsonl"
        self.context = context
        self.lines, self.handle = open_lines(target, self.dumps)

    def convert(self, record: dict[str, Any]) -> dict[str, Any]:
        return record

    def write(self, record: dict[str, Any]) -> None:
        self.lines.write(self.convert(record))

    def close(self) -> None:
        self.lines.close()
        if self.handle is not None:
            self.handle.close()


def export_jsonl(
    project: Project,
    path: Path | str,
    *,
    status: Sequence[str] | str | None = None,
    annotator: Sequence[str] | str | None = None,
    layer: Sequence[str] | str | None = None,
    only_annotated: bool = False,
    progress: ProgressHook | None = None,
    cancel: CancelHook | None = None,
) -> int:
    """Write the corpus to ``path`` (``-`` for standard output); returns the number of records."""
    from annotator.exporters.corpus import export_corpus

    report = export_corpus(
        project,
        path,
        "jsonl",
        status=status,
        annotator=annotator,
        layer=layer,
        only_annotated=only_annotated,
        progress=progress,
        cancel=cancel,
    )
    return report.records
