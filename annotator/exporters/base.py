"""What every exporter shares: the context it writes with, the report of what it dropped, and
writing into a staging file or folder that replaces the destination only when complete."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from annotator.model.scheme import Scheme

NUMBERED = re.compile(r"^[sr]([1-9][0-9]{0,8})$")


@dataclass
class ExportReport:
    """What an export wrote, and what the format could not carry, counted per reason."""

    records: int = 0
    documents: int = 0
    dropped: Counter[str] = field(default_factory=Counter)
    parts: dict[str, int] = field(default_factory=dict)  # records per split part

    def drop(self, reason: str, count: int = 1) -> None:
        if count:
            self.dropped[reason] += count

    def dropped_lines(self) -> list[str]:
        return [f"{count} {reason}" for reason, count in sorted(self.dropped.items(), key=lambda item: (-item[1], item[0]))]


@dataclass
class ExportContext:
    scheme: Scheme
    lang: str
    report: ExportReport
    shard_size: int = 0  # DocBin: documents per .spacy file (0: one file), for flat memory


class Writer(Protocol):
    """Writes records (dicts in our JSONL schema) to the path it was opened on."""

    def write(self, record: dict[str, Any]) -> None: ...

    def close(self) -> None: ...


def safe_name(value: str) -> str:
    """A file name for a document id: path separators and control characters become ``_``."""
    cleaned = "".join("_" if character in '/\\:*?"<>|' or ord(character) < 32 else character for character in value)
    return cleaned.strip(". ") or "document"


@contextmanager
def staged(destination: Path, *, folder: bool) -> Iterator[Path]:
    """Yield a temporary path beside ``destination``; move it into place when the block succeeds.

    A failed or cancelled export leaves the destination as it was.
    """
    parent = destination.parent if str(destination.parent) else Path(".")
    parent.mkdir(parents=True, exist_ok=True)
    if folder:
        temporary = Path(tempfile.mkdtemp(prefix=f".{destination.name}.", suffix=".part", dir=parent))
    else:
        descriptor, name = tempfile.mkstemp(prefix=f".{destination.name}.", suffix=".part", dir=parent)
        os.close(descriptor)
        temporary = Path(name)
    try:
        yield temporary
        if folder and destination.is_dir():
            old = Path(tempfile.mkdtemp(prefix=f".{destination.name}.", suffix=".old", dir=parent))
            os.replace(destination, old / "previous")
            os.replace(temporary, destination)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(temporary, destination)
    except BaseException:
        if temporary.is_dir():
            shutil.rmtree(temporary, ignore_errors=True)
        else:
            temporary.unlink(missing_ok=True)
        raise


def numeric_ids(items: list[dict[str, Any]]) -> dict[str, int]:
    """Integer ids: ``s7`` -> 7 where free, the others numbered after the highest."""
    wanted = {item["id"]: int(match.group(1)) for item in items if (match := NUMBERED.match(item["id"] or ""))}
    taken: set[int] = set()
    result: dict[str, int] = {}
    for key, number in wanted.items():
        if number not in taken:
            result[key] = number
            taken.add(number)
    following = max(taken, default=0)
    for item in items:
        if item["id"] not in result:
            following += 1
            result[item["id"]] = following
    return result
