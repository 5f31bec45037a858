"""Export the corpus in any registered format, streaming, optionally split into train/dev/test."""

from __future__ import annotations

import random
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from annotator.exporters.base import ExportContext, ExportError, ExportReport, Writer, check_destination, staged
from annotator.exporters.registry import get_format, writes_folder
from annotator.progress import CancelHook, Cancelled, ProgressHook, never_cancel, no_progress
from annotator.storage.project import Project
from annotator.storage.reading import CorpusFilter, iter_record_dicts

PARTS = ("train", "dev", "test")


def parse_split(value: str) -> tuple[float, float, float]:
    """``0.8,0.1,0.1`` -> three fractions that sum to 1."""
    try:
        numbers = [float(part) for part in value.split(",")]
    except ValueError:
        raise ExportError(f"--split {value!r}: expected three numbers such as 0.8,0.1,0.1") from None
    if len(numbers) != 3 or any(number < 0 for number in numbers) or abs(sum(numbers) - 1) > 1e-6:
        raise ExportError(f"--split {value!r}: expected three fractions (train, dev, test) that add up to 1")
    return numbers[0], numbers[1], numbers[2]


def assign_parts(project: Project, split: tuple[float, float, float], seed: int) -> dict[int, str]:
    """Each document goes to one part, whatever its annotations: shuffled with ``seed``, then cut."""
    keys = project.document_keys()
    random.Random(seed).shuffle(keys)
    train_end = round(len(keys) * split[0])
    dev_end = train_end + round(len(keys) * split[1])
    parts: dict[int, str] = {}
    for index, key in enumerate(keys):
        parts[key] = "train" if index < train_end else "dev" if index < dev_end else "test"
    return parts


def export_corpus(
    project: Project,
    path: Path | str,
    format: str = "jsonl",
    *,
    status: Sequence[str] | str | None = None,
    annotator: Sequence[str] | str | None = None,
    layer: Sequence[str] | str | None = None,
    only_annotated: bool = False,
    split: tuple[float, float, float] | None = None,
    seed: int = 0,
    shard_size: int = 0,
    progress: ProgressHook | None = None,
    cancel: CancelHook | None = None,
) -> ExportReport:
    """Write the corpus to ``path`` in ``format``; returns what was written and what was dropped."""
    info = get_format(format)
    progress = progress or no_progress
    cancel = cancel or never_cancel
    corpus_filter = CorpusFilter(
        statuses=_as_list(status), annotators=_as_list(annotator), layers=_as_list(layer), only_annotated=only_annotated
    )
    report = ExportReport()
    context = ExportContext(project.scheme, project.lang, report, shard_size=shard_size)
    writer_class = info.writer_class()
    parts = assign_parts(project, split, seed) if split else None
    folder = writes_folder(format, split=parts is not None, shard_size=shard_size)
    if str(path) == "-":
        if folder or format == "spacy":
            raise ExportError(f"the {format} format writes files, not standard output: give -o a path")
        writer = writer_class(sys.stdout, context)
        _write_all(project, corpus_filter, {None: writer}, None, report, progress, cancel)
        writer.close()
        return report
    check_destination(path, folder=folder)
    with staged(Path(path), folder=folder) as root:
        writers: dict[str | None, Writer] = {}
        if parts is None:
            writers[None] = writer_class(root, context)
        else:
            for part in PARTS:
                writers[part] = writer_class(root, context, part)
        try:
            _write_all(project, corpus_filter, writers, parts, report, progress, cancel)
        finally:
            for writer in writers.values():
                writer.close()
    return report


def _write_all(
    project: Project,
    corpus_filter: CorpusFilter,
    writers: dict[str | None, Writer],
    parts: dict[int, str] | None,
    report: ExportReport,
    progress: ProgressHook,
    cancel: CancelHook,
) -> None:
    total = project.document_count()
    last_pk = None
    record: dict[str, Any]
    for pk, record in iter_record_dicts(project, corpus_filter):
        if pk != last_pk:
            last_pk = pk
            report.documents += 1
            if report.documents % 1000 == 0:
                progress(report.documents, total)
                if cancel():
                    raise Cancelled("export cancelled; no file was written")
        part = None if parts is None else parts[pk]
        writers[part].write(record)
        report.records += 1
        if part is not None:
            report.parts[part] = report.parts.get(part, 0) + 1
    if cancel():  # a cancel during the last chunk still leaves no file behind
        raise Cancelled("export cancelled; no file was written")
    progress(total, total)


def _as_list(value: Sequence[str] | str | None) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [part for part in value.split(",") if part]
    return [part for item in value for part in item.split(",") if part]
