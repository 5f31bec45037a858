"""Import files into a project: all or nothing per call.

Every record is normalised (newlines, optionally NFC), checked against its own text and the
project's scheme, and written in batches. Each batch is a short transaction of its own, so that
annotators' edits never wait on a long import; the new documents stay hidden until the last step
publishes them at once (see :mod:`annotator.storage.staging`). Annotations of documents that
were already in the project are written in that last step. Any problem is collected with the
file and line it came from; if there is one, what was staged is removed and
:class:`ImportFailed` lists them all (up to a limit). One import runs at a time per project.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from annotator.importers.batching import Batcher
from annotator.importers.files import READERS, MissingPath, find_files, skip_reason
from annotator.importers.formats import choose_reader
from annotator.importers.readers import Incoming
from annotator.importers.readers.csv import CsvColumns, read_csv
from annotator.importers.validation import check_storable
from annotator.model.names import PRELABEL
from annotator.model.records import IMPORT_ANNOTATOR, Record, RecordProblem, assign_missing_ids, check_record_consistency
from annotator.progress import CancelHook, Cancelled, ProgressHook, never_cancel, no_progress
from annotator.storage.project import Project
from annotator.storage.staging import ImportAbandoned, ImportBusy, StagedImport
from annotator.text.normalize import normalize_text
from annotator.wording import plural

BATCH_SIZE = 200  # documents per write transaction: short, so that edits never wait long
MAX_PROBLEMS = 50
DEFAULT_MAX_RECORD_BYTES = 10 * 1024 * 1024


__all__ = ["READERS", "ImportFailed", "ImportReport", "NothingToImport", "find_files", "import_paths", "make_suggestions"]


class ImportFailed(Exception):
    """Nothing was imported; ``problems`` names each file and line with what is wrong."""

    def __init__(self, problems: list[str], more: int = 0) -> None:
        self.problems = problems
        self.more = more
        listing = "\n".join(f"  {problem}" for problem in problems)
        tail = f"\n  ... and {more} more" if more else ""
        count = len(problems) + more
        super().__init__(f"nothing was imported: {plural(count, 'problem')}\n{listing}{tail}")


class NothingToImport(Exception):
    """No file gave a document (none of a type we read, or all empty); nothing was written.
    ``skipped`` lists each file passed over, with the reason."""

    def __init__(self, message: str, skipped: list[tuple[str, str]]) -> None:
        super().__init__(message)
        self.skipped = skipped


@dataclass
class ImportReport:
    files: int = 0  # files that gave documents (empty and skipped files are in `skipped`)
    documents: int = 0
    duplicates: int = 0
    annotations: int = 0
    spans: int = 0
    relations: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, why) of files that gave nothing


def prepare(incoming: Incoming, *, nfc: bool, project: Project) -> Record:
    """Normalise and check one record; raises RecordProblem with what is wrong."""
    record = incoming.record
    assert record is not None
    text, offsets = normalize_text(record.text, nfc=nfc)
    if not text.strip():
        raise RecordProblem("the document is empty (nothing but whitespace or NUL characters)")
    if text != record.text:
        if nfc and (record.spans and len(text) != len(record.text) - len(offsets.removed)):
            raise RecordProblem(
                "Unicode NFC changed the text, so the offsets of its spans no longer hold; import it without --nfc"
            )
        for span in record.spans:
            if span.text is not None:
                span.text = normalize_text(span.text, nfc=nfc)[0]
            if span.end > len(record.text):
                continue  # reported by the consistency check below, against the original length
            span.start, span.end = offsets(span.start), offsets(span.end)
        record.text = text
    assign_missing_ids(record)
    check_record_consistency(record)
    check_storable(record)
    project.scheme.check_record(record)
    return record


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector during a bulk load.

    An import creates hundreds of thousands of short-lived objects and no reference cycles to
    speak of; the collector's repeated passes over them took a third of the import time.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _read_all(
    files: list[tuple[Path, str]], encoding: str | None, max_bytes: int, columns: CsvColumns, format: str | None
) -> Iterator[Incoming]:
    for path, label in files:
        reader = choose_reader(path, format, READERS)
        assert reader is not None
        if reader is read_csv:
            yield from read_csv(path, label, encoding, max_bytes, columns)
        else:
            yield from reader(path, label, encoding, max_bytes)


def make_suggestions(record: Record) -> None:
    """Turn a record's spans and relations into suggestions to review: the ``prelabel`` layer, and
    ``model`` as the source of those that claim to be human work (others keep theirs). A record
    with no spans, no relations and no annotator is a bare document and stays one."""
    if not (record.spans or record.relations or record.annotator or record.layer):
        return
    for item in (*record.spans, *record.relations):
        if item.source == "human":
            item.source = "model"
    record.layer = PRELABEL
    record.status = None


def import_paths(
    project: Project,
    paths: list[Path],
    *,
    encoding: str | None = None,
    nfc: bool = False,
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
    lang: str | None = None,
    text_column: str = "text",
    title_column: str = "title",
    as_suggestions: bool = False,
    user: str = IMPORT_ANNOTATOR,
    progress: ProgressHook | None = None,
    cancel: CancelHook | None = None,
    format: str | None = None,
) -> ImportReport:
    """Import files and folders; returns what was added, or raises :class:`ImportFailed`.

    ``lang`` is written to ``meta.lang`` of records that name no language (for a project whose
    articles are in several languages). ``text_column`` and ``title_column`` name CSV columns.
    With ``as_suggestions``, imported spans and relations arrive as suggestions to review (see
    :func:`make_suggestions`) instead of confirmed work. ``format`` names the format of every file
    (see importers/formats.py); by default it is detected per file.
    """
    progress = progress or no_progress
    cancel = cancel or never_cancel
    skipped: list[tuple[str, str]] = []
    try:
        files = find_files([Path(path) for path in paths], skipped)
    except MissingPath as error:
        raise ImportFailed([str(error)]) from error
    unknown = [(path, label) for path, label in files if choose_reader(path, format, READERS) is None]
    if unknown:
        raise ImportFailed([f"{label}: cannot be imported: {skip_reason(path)}" for path, label in unknown])
    if not files:
        where = ", ".join(str(path) for path in paths)
        raise NothingToImport(f"nothing to import: no {', '.join(sorted(READERS))} file in {where}", skipped)
    columns = CsvColumns(text=text_column, title=title_column)
    total = sum(path.stat().st_size for path, _ in files)
    report = ImportReport(files=len(files), skipped=skipped)
    stage = StagedImport(project, user)
    try:
        stage.ensure_free()
    except ImportBusy as error:
        raise ImportFailed([str(error)]) from error
    try:
        with collector_paused():
            batcher = Batcher(project, stage, report)
            reading = _Reading(files, encoding, max_record_bytes, columns, nfc, lang, as_suggestions, format)
            problems, more = _stage_records(batcher, reading, total, progress, cancel)
            if problems:
                raise ImportFailed(problems, more)
            if report.documents == report.annotations == report.duplicates == 0 and not batcher.deferred:
                raise NothingToImport("nothing to import: every file was skipped", report.skipped)
            batcher.publish(as_suggestions=as_suggestions)
    except BaseException as error:
        stage.abandon()
        if isinstance(error, ImportAbandoned | ImportBusy):
            raise ImportFailed([str(error)]) from error
        raise
    progress(total, total)
    return report


@dataclass(frozen=True)
class _Reading:
    """What to read and how each record is prepared."""

    files: list[tuple[Path, str]]
    encoding: str | None
    max_record_bytes: int
    columns: CsvColumns
    nfc: bool
    lang: str | None
    as_suggestions: bool
    format: str | None


def _stage_records(
    batcher: Batcher, reading: _Reading, total: int, progress: ProgressHook, cancel: CancelHook
) -> tuple[list[str], int]:
    """Read, check and write every record in short steps; returns the problems found (and how
    many more than the listed ones). Writing stops at the first problem; reading goes on, to
    report every problem at once."""
    problems: list[str] = []
    more = 0
    done = 0
    since_beat = 0
    report = batcher.report
    for incoming in _read_all(reading.files, reading.encoding, reading.max_record_bytes, reading.columns, reading.format):
        done += incoming.size
        since_beat += 1
        if incoming.skipped is not None:
            report.skipped.append((incoming.where, incoming.skipped))
            report.files -= 1  # `files` counts the files documents came from
        if incoming.problem is not None or incoming.record is not None:
            problem = incoming.problem
            item = None
            if problem is None:
                try:
                    record = prepare(incoming, nfc=reading.nfc, project=batcher.project)
                    if reading.as_suggestions:
                        make_suggestions(record)
                    if reading.lang and not record.meta.lang:
                        record.meta.lang = reading.lang
                    item = batcher.ids.identify(record, incoming)
                except RecordProblem as error:
                    problem = str(error)
            if problem is not None:
                if len(problems) < MAX_PROBLEMS:
                    problems.append(f"{incoming.where}: {problem}")
                else:
                    more += 1
            elif item is not None and not problems:
                batcher.pending.append(item)
        if len(batcher.pending) >= BATCH_SIZE:
            problems.extend(batcher.flush())
            since_beat = 0
            progress(done, total)
        elif since_beat >= BATCH_SIZE:  # only checking (after a problem): still show we are alive
            batcher.stage.heartbeat()
            since_beat = 0
            progress(done, total)
        if since_beat == 0 and cancel():
            raise Cancelled("import cancelled; nothing was imported")
    if not problems:
        problems.extend(batcher.flush())
    return problems, more
