"""The writing side of an import: checked records become document and annotation rows, a batch
(one short transaction) at a time, deduplicated by text, with document ids made unique.

Annotations of documents that were in the project before the import are kept for the last step
(:meth:`Batcher.publish`), which shows everything at once; see :mod:`annotator.importers.importer`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Connection, select

from annotator.importers.readers import Incoming
from annotator.importers.validation import DOC_ID_SIZE
from annotator.model.names import ANNOTATION, IN_PROGRESS, MACHINE_ROLE, PRELABEL, TODO
from annotator.model.records import IMPORT_ANNOTATOR, Record, RecordProblem
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
from annotator.storage.staging import StagedImport
from annotator.storage.tables import annotations as annotations_table

if TYPE_CHECKING:
    from annotator.importers.importer import ImportReport


@dataclass
class Pending:
    record: Record
    doc_id: str
    hash: str
    where: str
    generated_id: bool
    new_document: bool = True


class Batcher:
    """Turns checked records into rows, a batch at a time, deduplicating by text."""

    def __init__(self, project: Project, stage: StagedImport, report: ImportReport) -> None:
        self.project = project
        self.stage = stage
        self.report = report
        self.users = UserCache(project, None)
        self.pk_by_hash: dict[str, int] = {}
        self.staged_pks: set[int] = set()  # documents created by this import (hidden until published)
        self.ids = DocumentIds()
        self.annotation_keys: set[tuple[int, int, str]] = set()
        self.pending: list[Pending] = []
        self.deferred: list[NewAnnotation] = []  # annotations of documents that were there before

    @property
    def connection(self) -> Connection:
        assert self.users.connection is not None
        return self.users.connection

    def flush(self) -> list[str]:
        """Write the pending batch in one short transaction; returns problems found against the
        database (id clashes), in which case nothing of the batch is written."""
        batch, self.pending = self.pending, []
        if not batch:
            return []
        with self.stage.step() as connection:
            self.users.connection = connection
            problems = self._flush(batch)
            if problems:
                connection.rollback()
            return problems

    def publish(self, *, as_suggestions: bool = False) -> None:
        """The last step: annotations of existing documents, then show everything at once."""
        with self.stage.step() as connection:
            self.users.connection = connection
            new = [item for item in self.deferred if not self._annotation_exists(item.document_id, item.user_id, item.layer)]
            self.report.duplicates += len(self.deferred) - len(new)
            insert_annotation_records(connection, new)
            self._count(new)
            self.stage.publish(connection)
            self.project.log_event(
                connection,
                self.stage.user,
                "import",  # the action logged
                payload={
                    "files": self.report.files,
                    "documents": self.report.documents,
                    "duplicates": self.report.duplicates,
                    "annotations": self.report.annotations,
                    "skipped": len(self.report.skipped),
                    "as_suggestions": as_suggestions,
                },
            )

    def _count(self, written: list[NewAnnotation]) -> None:
        self.report.annotations += len(written)
        self.report.spans += sum(len(item.record.spans) for item in written)
        self.report.relations += sum(len(item.record.relations) for item in written)

    def _flush(self, batch: list[Pending]) -> list[str]:
        problems: list[str] = []
        hashes = [item.hash for item in batch if item.hash not in self.pk_by_hash]
        self.pk_by_hash.update(document_keys_by_hash(self.connection, hashes))
        new_docs: list[Pending] = []
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
            import_id=self.stage.id,
        )
        for item, pk in zip(new_docs, keys, strict=True):
            self.pk_by_hash[item.hash] = pk
            self.staged_pks.add(pk)
            self.report.documents += 1
        self._write_annotations(batch)
        return []

    def _write_annotations(self, batch: list[Pending]) -> None:
        new: list[NewAnnotation] = []
        for item in batch:
            record = item.record
            carries = bool(record.spans or record.relations or record.annotator or record.layer)
            if not carries:
                if not item.new_document:
                    self.report.duplicates += 1
                continue
            annotator = record.annotator or IMPORT_ANNOTATOR
            layer = record.layer or (ANNOTATION if record.annotator else PRELABEL)
            role = MACHINE_ROLE if annotator == IMPORT_ANNOTATOR or layer == PRELABEL else "annotator"
            doc_pk = self.pk_by_hash[item.hash]
            user_id = self.users.id(annotator, role)
            key = (doc_pk, user_id, layer)
            if key in self.annotation_keys or (not item.new_document and self._annotation_exists(*key)):
                self.report.duplicates += 1
                continue
            self.annotation_keys.add(key)
            status = record.status or (TODO if layer == PRELABEL else IN_PROGRESS)
            annotation = NewAnnotation(doc_pk, user_id, layer, record, status)
            (new if doc_pk in self.staged_pks else self.deferred).append(annotation)
        insert_annotation_records(self.connection, new)
        self._count(new)

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


class DocumentIds:
    """Document ids given out in this import: an explicit id must not name two texts, a generated
    one is made unique, and the same text keeps the id it got first."""

    def __init__(self) -> None:
        self.hash_by_id: dict[str, str] = {}
        self.id_by_hash: dict[str, str] = {}

    def identify(self, record: Record, incoming: Incoming) -> Pending:
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
            if len(candidate) > DOC_ID_SIZE - 10:  # a long file name: room for a "-N" suffix
                doc_id = candidate = hash_[:12]
            number = 2
            while doc_id in self.hash_by_id:
                doc_id = f"{candidate}-{number}"
                number += 1
        self.hash_by_id.setdefault(doc_id, hash_)
        self.id_by_hash.setdefault(hash_, doc_id)
        return Pending(record=record, doc_id=doc_id, hash=hash_, where=incoming.where, generated_id=generated)
