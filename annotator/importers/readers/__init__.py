"""One reader per file format. A reader yields :class:`Incoming` items: a parsed record with the
place it came from, or a problem found in that place."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from annotator.model.records import Record


@dataclass
class Incoming:
    where: str  # "file" or "file:line" (or "file:row N")
    record: Record | None = None
    problem: str | None = None
    skipped: str | None = None  # why the file gives no document (e.g. it is empty); not an error
    default_id: str | None = None  # used when the record has no id
    size: int = 0  # bytes consumed, for progress


Reader = Callable[[Path, str, str | None, int], Iterator[Incoming]]

#: The same reason for an empty file of any format, so that every format says it alike.
EMPTY_FILE = "empty file: no documents in it"
