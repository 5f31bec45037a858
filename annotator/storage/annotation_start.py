"""Starting an annotator's annotation of a document: its row is made on first use, with the
document's newest pre-labels copied in as suggestions; its first edit puts it in progress."""

from __future__ import annotations

from sqlalchemy import Connection, select

from annotator.model.names import ANNOTATION, IN_PROGRESS, TODO
from annotator.storage import tables as t
from annotator.storage.annotation_reads import newest_prelabel_id
from annotator.storage.bulk import copy_annotation_content
from annotator.storage.dialects import insert_if_absent
from annotator.storage.editing import Annotation
from annotator.storage.project import Project, now


def started(connection: Connection, annotation_id: int) -> None:
    """A first edit puts an annotation that is still to do in progress (opening one does not)."""
    connection.execute(
        t.annotations.update()
        .where(t.annotations.c.id == annotation_id, t.annotations.c.status == TODO)
        .values(status=IN_PROGRESS)
    )


def ensure_annotation(project: Project, connection: Connection, doc_pk: int, annotator: str, layer: str) -> Annotation:
    """The annotator's annotation row, locked until the transaction ends; created on first use
    (with the pre-labels copied in). Two sessions starting it at once make one row."""
    locked = (
        select(t.annotations.c.id, t.annotations.c.version)
        .join(t.users, t.users.c.id == t.annotations.c.user_id)
        .where(t.annotations.c.document_id == doc_pk, t.users.c.name == annotator, t.annotations.c.layer == layer)
        .with_for_update(of=t.annotations)
    )
    row = connection.execute(locked).one_or_none()
    if row is None:
        user_id = project.user_id(connection, annotator)
        created = insert_if_absent(
            connection,
            t.annotations,
            ["document_id", "user_id", "layer"],
            document_id=doc_pk,
            user_id=user_id,
            layer=layer,
            status=TODO,  # in progress from the first edit: opening a document is not working on it
            seconds=0.0,
            updated_at=now(),
            version=0,
        )
        if created is not None:
            if layer == ANNOTATION and (source_id := newest_prelabel_id(connection, doc_pk)) is not None:
                copy_annotation_content(connection, source_id, int(created))
            project.log_event(connection, annotator, "start", document_id=doc_pk, layer=layer)
        row = connection.execute(locked).one()
    return Annotation(int(row.id), int(row.version))
