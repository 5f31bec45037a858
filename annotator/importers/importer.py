"""Import files into a project: all or nothing per call.

Every record is normalised (newlines, optionally NFC), checked against its own text and the
project's scheme, and written in batches inside one transaction. Any problem is collected with
the file and line it came from; if there is one, the transaction is rolled back and
:class:`ImportFailed` lists them all (up to a limit).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, select

from annotator.importers.formats import EXTRA_READERS, choose_reader
from annotator.importers.readers import Incoming, Reader
from annotator.importers.readers.csv import read_csv
from annotator.importers.readers.html import read_html
from annotator.importers.readers.jsonl import read_jsonl
from annotator.importers.readers.txt import read_txt
from annotator.model.records import IMPORT_ANNOTATOR, Record, RecordProblem, assign_missing_ids, check_record_consistency
from annotator.progress import CancelHook, Cancelled, ProgressHook, never_cancel, no_progress
from annotator.storage.bulk import (
    NewAnnotation,
    NewDocument,
    UserCache,
    document_keys_by_hash,
    existing_doc_ids,
    insert_annotation_records,
    insert_documents,
    text_hash,
)
from annotator.storage.project import Project
from annotator.storage.tables import annotations as annotations_table
from annotator.text.normalize import normalize_text

READERS: dict[str, Reader] = {
    ".txt": read_txt,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".csv": read_csv,
    ".html": read_html,
    ".htm": read_html,
}
READERS.update(EXTRA_READERS)  # other tools' formats (importers/formats.py)
BATCH_SIZE = 1000
MAX_PROBLEMS = 50
DEFAULT_MAX_RECORD_BYTES = 10 * 1024 * 1024


class ImportFailed(Exception):
    """Nothing was imported; ``problems`` names each file and line with what is wrong."""

    def __init__(self, problems: list[str], more: int = 0) -> None:
        self.problems = problems
        self.more = more
        listing = "\n".join(f"  {problem}" for problem in problems)
        tail = f"\n  ... and {more} more" if more else ""
        super().__init__(f"nothing was imported: {len(problems) + more} problem(s)\n{listing}{tail}")


@dataclass
class ImportReport:
    files: int = 0
    documents: int = 0
    duplicates: int = 0
    annotations: int = 0
    spans: int = 0
    relations: int = 0


def find_files(paths: list[Path]) -> list[tuple[Path, str]]:
    """Files to import with the label used in messages; folders are walked in name order."""
    found: list[tuple[Path, str]] = []
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in READERS and not child.name.startswith("."):
                    found.append((child, str(child.relative_to(path.parent))))
        elif path.is_file():
            found.append((path, path.name))
        else:
            raise ImportFailed([f"{path}: no such file or folder"])
    return found


@dataclass
class _Pending:
    record: Record
    doc_id: str
    hash: str
    where: str
    generated_id: bool
    new_document: bool = True


class _Batcher:
    """Turns checked records into rows, a batch at a time, deduplicating by text."""

    def __init__(self, project: Project, connection: Connection, report: ImportReport) -> None:
        self.project = project
        self.connection = connection
        self.report = report
        self.users = UserCache(project, connection)
        self.pk_by_hash: dict[str, int] = {}
        self.ids = _DocumentIds()
        self.annotation_keys: set[tuple[int, int, str]] = set()
        self.pending: list[_Pending] = []

    def flush(self) -> list[str]:
        """Write the pending batch; returns problems found against the database (id clashes)."""
        batch, self.pending = self.pending, []
        if not batch:
            return []
        problems: list[str] = []
        hashes = [item.hash for item in batch if item.hash not in self.pk_by_hash]
        self.pk_by_hash.update(document_keys_by_hash(self.connection, hashes))
        new_docs: list[_Pending] = []
        new_hashes: set[str] = set()
        for item in batch:
            if item.hash in self.pk_by_hash or item.hash in new_hashes:
                item.new_document = False
            else:
                new_docs.append(item)
                new_hashes.add(item.hash)
        clashes = existing_doc_ids(self.connection, [item.doc_id for item in new_docs])
        for item in new_docs:
            if item.doc_id not in clashes:
                continue
            if item.generated_id:
                item.doc_id = self._free_id(item.doc_id)
                self.ids.hash_by_id[item.doc_id] = item.hash
            else:
                problems.append(f"{item.where}: id {item.doc_id!r} is already used by another document of the project")
        if problems:
            return problems
        keys = insert_documents(
            self.connection,
            [
                NewDocument(item.doc_id, item.record.text, item.hash, item.record.meta.model_dump(exclude_none=True))
                for item in new_docs
            ],
        )
        for item, pk in zip(new_docs, keys, strict=True):
            self.pk_by_hash[item.hash] = pk
            self.report.documents += 1
        self._write_annotations(batch)
        return []

    def _write_annotations(self, batch: list[_Pending]) -> None:
        new: list[NewAnnotation] = []
        for item in batch:
            record = item.record
            carries = bool(record.spans or record.relations or record.annotator or record.layer)
            if not carries:
                if not item.new_document:
                    self.report.duplicates += 1
                continue
            annotator = record.annotator or IMPORT_ANNOTATOR
            layer = record.layer or ("annotation" if record.annotator else "prelabel")
            role = "machine" if annotator == IMPORT_ANNOTATOR or layer == "prelabel" else "annotator"
            doc_pk = self.pk_by_hash[item.hash]
            user_id = self.users.id(annotator, role)
            key = (doc_pk, user_id, layer)
            if key in self.annotation_keys or (not item.new_document and self._annotation_exists(*key)):
                self.report.duplicates += 1
                continue
            self.annotation_keys.add(key)
            status = record.status or ("todo" if layer == "prelabel" else "in_progress")
            new.append(NewAnnotation(doc_pk, user_id, layer, record, status))
        insert_annotation_records(self.connection, new)
        self.report.annotations += len(new)
        self.report.spans += sum(len(item.record.spans) for item in new)
        self.report.relations += sum(len(item.record.relations) for item in new)

    def _free_id(self, candidate: str) -> str:
        number = 2
        while existing_doc_ids(self.connection, [f"{candidate}-{number}"]) or f"{candidate}-{number}" in self.ids.hash_by_id:
            number += 1
        return f"{candidate}-{number}"

    def _annotation_exists(self, doc_pk: int, user_id: int, layer: str) -> bool:
        found = self.connection.execute(
            select(annotations_table.c.id).where(
                annotations_table.c.document_id == doc_pk,
                annotations_table.c.user_id == user_id,
                annotations_table.c.layer == layer,
            )
        ).first()
        return found is not None


def prepare(incoming: Incoming, *, nfc: bool, project: Project) -> Record:
    """Normalise and check one record; raises RecordProblem with what is wrong."""
    record = incoming.record
    assert record is not None
    if not record.text.strip():
        raise RecordProblem("the document is empty")
    text, offsets = normalize_text(record.text, nfc=nfc)
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


def _read_all(files: list[tuple[Path, str]], encoding: str | None, max_bytes: int, format: str | None) -> Iterator[Incoming]:
    for path, label in files:
        reader = choose_reader(path, format, READERS)
        assert reader is not None
        yield from reader(path, label, encoding, max_bytes)


def import_paths(
    project: Project,
    paths: list[Path],
    *,
    encoding: str | None = None,
    nfc: bool = False,
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
    lang: str | None = None,
    user: str = "import",
    progress: ProgressHook | None = None,
    cancel: CancelHook | None = None,
    format: str | None = None,
) -> ImportReport:
    """Import files and folders; returns what was added, or raises :class:`ImportFailed`.

    ``lang`` is written to ``meta.lang`` of records that name no language (for a project whose
    articles are in several languages). ``format`` names the format of every file (see
    importers/formats.py); by default it is detected per file.
    """
    progress = progress or no_progress
    cancel = cancel or never_cancel
    files = find_files([Path(path) for path in paths])
    unknown = [label for path, label in files if choose_reader(path, format, READERS) is None]
    if unknown:
        raise ImportFailed([f"{label}: unknown file type (known: {', '.join(sorted(READERS))})" for label in unknown])
    total = sum(path.stat().st_size for path, _ in files)
    report = ImportReport(files=len(files))
    problems: list[str] = []
    more = 0
    done = 0
    with collector_paused(), project.transaction() as connection:
        batcher = _Batcher(project, connection, report)
        for incoming in _read_all(files, encoding, max_record_bytes, format):
            done += incoming.size
            if incoming.problem is not None or incoming.record is not None:
                problem = incoming.problem
                item = None
                if problem is None:
                    try:
                        record = prepare(incoming, nfc=nfc, project=project)
                        if lang and not record.meta.lang:
                            record.meta.lang = lang
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
                progress(done, total)
                if cancel():
                    raise Cancelled("import cancelled; nothing was imported")
        if not problems:
            problems.extend(batcher.flush())
        if problems:
            connection.rollback()
            raise ImportFailed(problems, more)
        project.log_event(
            connection,
            user,
            "import",
            payload={
                "files": report.files,
                "documents": report.documents,
                "duplicates": report.duplicates,
                "annotations": report.annotations,
            },
        )
    progress(total, total)
    return report


class _DocumentIds:
    """Document ids given out in this import: an explicit id must not name two texts, a generated
    one is made unique, and the same text keeps the id it got first."""

    def __init__(self) -> None:
        self.hash_by_id: dict[str, str] = {}
        self.id_by_hash: dict[str, str] = {}

    def identify(self, record: Record, incoming: Incoming) -> _Pending:
        hash_ = text_hash(record.text)
        generated = record.id is None
        if not generated:
            doc_id = record.id
            if self.hash_by_id.get(doc_id, hash_) != hash_:
                raise RecordProblem(f"id {doc_id!r} names two different texts in this import")
        elif hash_ in self.id_by_hash:
            doc_id = self.id_by_hash[hash_]
        else:
            doc_id = candidate = incoming.default_id or hash_[:12]
            number = 2
            while doc_id in self.hash_by_id:
                doc_id = f"{candidate}-{number}"
                number += 1
        self.hash_by_id.setdefault(doc_id, hash_)
        self.id_by_hash.setdefault(hash_, doc_id)
        return _Pending(record=record, doc_id=doc_id, hash=hash_, where=incoming.where, generated_id=generated)
