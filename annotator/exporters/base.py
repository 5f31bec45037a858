"""What every exporter shares: the context it writes with, the report of what it dropped, and
writing into a staging file or folder that replaces the destination only when complete.

The hidden ``.part`` file or folder carries the writer's process id, so that a later export can
remove the leftovers of one that was killed; what is finished gets the permissions the user's
umask gives new files.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import tempfile
import time
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


class ExportError(ValueError):
    """The export cannot be written as asked (options that do not fit, a destination that cannot
    receive it); nothing was written."""


def check_destination(path: Path | str, *, folder: bool) -> None:
    """``path`` can receive the export: a file name (not a folder) for a file format, in a folder
    that exists and is writable."""
    if str(path) == "-":
        return
    destination = Path(path)
    if not folder and destination.is_dir():
        raise ExportError(f"{destination}: is a folder; give a file name such as {destination / 'corpus.jsonl'}")
    if folder and destination.exists() and not destination.is_dir():
        raise ExportError(f"{destination}: is a file; this export writes a folder, give a new name")
    parent = destination.expanduser().absolute().parent
    if not parent.is_dir():
        raise ExportError(f"{destination}: the folder {parent} does not exist; create it first (mkdir -p {parent})")
    if not os.access(parent, os.W_OK):
        raise ExportError(f"{destination}: the folder {parent} is not writable")


@contextmanager
def staged(destination: Path, *, folder: bool) -> Iterator[Path]:
    """Yield a temporary path beside ``destination``; move it into place when the block succeeds.

    A failed or cancelled export leaves the destination as it was.
    """
    parent = destination.parent if str(destination.parent) else Path(".")
    remove_stale_parts(destination)
    prefix = f".{destination.name}.{os.getpid()}."
    if folder:
        temporary = Path(tempfile.mkdtemp(prefix=prefix, suffix=".part", dir=parent))
    else:
        descriptor, name = tempfile.mkstemp(prefix=prefix, suffix=".part", dir=parent)
        os.close(descriptor)
        temporary = Path(name)
    try:
        yield temporary
        os.chmod(temporary, (0o777 if folder else 0o666) & ~current_umask())
        if folder and destination.is_dir():
            old = Path(tempfile.mkdtemp(prefix=prefix, suffix=".old", dir=parent))
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


def current_umask() -> int:
    """The process umask (Python has no way to read it without setting it)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


STALE_PART_AGE = 24 * 3600  # seconds: a .part of another machine older than this is left over


def remove_stale_parts(destination: Path) -> None:
    """Remove hidden ``.part`` files and folders of earlier exports to ``destination`` whose writer is gone."""
    folder = destination.parent if str(destination.parent) else Path(".")
    for part in folder.glob(f".{glob.escape(destination.name)}.*.part"):
        middle = part.name[len(destination.name) + 2 : -len(".part")]
        pid_text = middle.split(".", 1)[0]
        try:
            if pid_text.isdigit() and _process_alive(int(pid_text)) and time.time() - part.stat().st_mtime < STALE_PART_AGE:
                continue
            if part.is_dir():
                shutil.rmtree(part)
            else:
                part.unlink()
        except OSError:
            continue  # gone meanwhile, or not ours to remove


def _process_alive(pid: int) -> bool:
    if os.name == "nt":  # os.kill would end the process there; rely on the age of the file
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


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
