"""Export records in our JSONL schema, one line per (document, annotator, layer), streaming.

The file is written beside its destination and renamed into place when complete, so a failed
or cancelled export never leaves half a corpus behind.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

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
    descriptor, temporary = tempfile.mkstemp(prefix=f".{destination.name}.", suffix=".part", dir=destination.parent or ".")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as handle:
            count = _write(project, corpus_filter, handle, total, progress, cancel)
        os.replace(temporary, destination)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return count


def _write(project: Project, corpus_filter: CorpusFilter, handle, total: int, progress: ProgressHook, cancel: CancelHook) -> int:  # type: ignore[no-untyped-def]
    count = 0
    documents = 0
    last_pk = None
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode
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


def _as_list(value: Sequence[str] | str | None) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [part for part in value.split(",") if part]
    return [part for item in value for part in item.split(",") if part]
