"""Export records in our JSONL schema, one line per (document, annotator, layer), streaming.

The file is written beside its destination and renamed into place when complete, so a failed
or cancelled export never leaves half a corpus behind. The hidden ``.part`` file carries the
writer's process id, so that a later export can remove the leftovers of one that was killed.
The finished file gets the permissions the user's umask gives new files. Scores that are NaN or
infinite are written as null: bare ``NaN`` is not JSON.
"""

from __future__ import annotations

import glob
import json
import math
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from annotator.progress import CancelHook, Cancelled, ProgressHook, never_cancel, no_progress
from annotator.storage.project import Project
from annotator.storage.reading import CorpusFilter, iter_record_dicts


class ExportError(Exception):
    """The export cannot be written where asked; nothing was written."""


def check_destination(path: Path | str) -> None:
    """``path`` can receive the export: not a folder, in a folder that exists and is writable."""
    if str(path) == "-":
        return
    destination = Path(path)
    if destination.is_dir():
        raise ExportError(f"{destination}: is a folder; give a file name such as {destination / 'corpus.jsonl'}")
    folder = destination.expanduser().absolute().parent
    if not folder.is_dir():
        raise ExportError(f"{destination}: the folder {folder} does not exist; create it first (mkdir -p {folder})")
    if not os.access(folder, os.W_OK):
        raise ExportError(f"{destination}: the folder {folder} is not writable")


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
    """Write the corpus to ``path`` (``-`` for standard output); returns the number of records.

    Raises :class:`ExportError` before reading anything when ``path`` cannot be written.
    """
    check_destination(path)
    progress = progress or no_progress
    cancel = cancel or never_cancel
    corpus_filter = CorpusFilter(
        statuses=_as_list(status), annotators=_as_list(annotator), layers=_as_list(layer), only_annotated=only_annotated
    )
    total = project.document_count()
    if str(path) == "-":
        return _write(project, corpus_filter, sys.stdout, total, progress, cancel)
    destination = Path(path)
    remove_stale_parts(destination)
    descriptor, temporary = tempfile.mkstemp(
        prefix=f".{destination.name}.{os.getpid()}.", suffix=".part", dir=destination.parent or "."
    )
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as handle:
            count = _write(project, corpus_filter, handle, total, progress, cancel)
            if hasattr(os, "fchmod"):
                os.fchmod(handle.fileno(), 0o666 & ~current_umask())
        os.replace(temporary, destination)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return count


def _write(project: Project, corpus_filter: CorpusFilter, handle, total: int, progress: ProgressHook, cancel: CancelHook) -> int:  # type: ignore[no-untyped-def]
    count = 0
    documents = 0
    last_pk = None
    strict = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "), allow_nan=False).encode

    def dumps(record: dict) -> str:  # type: ignore[type-arg]
        try:
            return strict(record)
        except ValueError:  # a NaN or infinite score somewhere: null instead
            return strict(finite(record))

    for pk, record in iter_record_dicts(project, corpus_filter):
        if pk != last_pk:
            last_pk = pk
            documents += 1
            if documents % 1000 == 0:
                progress(documents, total)
                if cancel():
                    raise Cancelled("export cancelled; no file was written")
        handle.write(dumps(record))
        handle.write("\n")
        count += 1
    if cancel():  # a cancel during the last chunk still leaves no file behind
        raise Cancelled("export cancelled; no file was written")
    progress(total, total)
    return count


def finite(value: Any) -> Any:
    """A copy of a JSON value with NaN and infinities replaced by null."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {key: finite(item) for key, item in value.items()}
    if isinstance(value, list):
        return [finite(item) for item in value]
    return value


def current_umask() -> int:
    """The process umask (Python has no way to read it without setting it)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


STALE_PART_AGE = 24 * 3600  # seconds: a .part file of another machine older than this is left over


def remove_stale_parts(destination: Path) -> None:
    """Remove hidden ``.part`` files of earlier exports to ``destination`` whose writer is gone."""
    folder = destination.parent if str(destination.parent) else Path(".")
    for part in folder.glob(f".{glob.escape(destination.name)}.*.part"):
        middle = part.name[len(destination.name) + 2 : -len(".part")]
        pid_text = middle.split(".", 1)[0]
        try:
            if pid_text.isdigit() and _process_alive(int(pid_text)) and time.time() - part.stat().st_mtime < STALE_PART_AGE:
                continue
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


def _as_list(value: Sequence[str] | str | None) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [part for part in value.split(",") if part]
    return [part for item in value for part in item.split(",") if part]
