"""DocumentWatcher: documents added or removed by another connection (another process) are
noticed once; edits of annotations are not a change of the documents."""

from __future__ import annotations

import time

from sqlalchemy import delete

from annotator.storage import AnnotationEditor, Project
from annotator.storage import tables as t
from annotator.storage.bulk import NewDocument, insert_documents, text_hash
from annotator.storage.watching import DocumentWatcher


def add(location: str, *texts: str) -> list[int]:
    docs = [NewDocument(f"d-{text_hash(text)[:8]}", text, text_hash(text), {}) for text in texts]
    with Project.open(location) as other, other.transaction() as connection:  # its own engine, as another process
        return insert_documents(connection, docs)


def changed_soon(watcher: DocumentWatcher) -> bool:
    """PostgreSQL's announcement of another connection's commit arrives a moment after it."""
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        if watcher.changed():
            return True
        time.sleep(0.02)
    return False


def test_another_connection_adding_documents_is_seen_once(project: Project) -> None:
    watcher = DocumentWatcher(project)
    try:
        assert watcher.changed() is False
        assert watcher.change_marker() == (0, 0)
        keys = add(project.location, "Gempa di Cianjur.", "Banjir di Semarang.")
        assert changed_soon(watcher) is True
        assert watcher.change_marker() == (2, max(keys))
        assert watcher.changed() is False  # once per change
        AnnotationEditor(project, "ana").start(keys[0])  # an edit, not a new document
        assert watcher.changed() is False
        with project.transaction() as connection:
            connection.execute(delete(t.annotations))
            connection.execute(delete(t.documents).where(t.documents.c.id == keys[1]))
        assert changed_soon(watcher) is True
        assert watcher.change_marker() == (1, keys[0])
    finally:
        watcher.close()
