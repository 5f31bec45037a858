"""Setting routing: each document's quota of annotators, ``round(overlap × N)`` documents needing
``per_document`` and the rest one. Which documents get the overlap is decided by a hash of their
id: spread over the corpus, and the same on every run."""

from __future__ import annotations

from sqlalchemy import Connection, insert, select

from annotator.routing.config import SETTING, RoutingConfig, hash_fraction
from annotator.storage import tables as t
from annotator.storage.project import Project
from annotator.storage.visibility import visible_documents


def set_routing(project: Project, config: RoutingConfig) -> tuple[int, int]:
    """Store the settings and every document's quota; returns (documents, documents needing more than one)."""
    project.set_setting(SETTING, config.model_dump(mode="json"))
    with project.transaction() as connection:
        documents = connection.execute(select(t.documents.c.id, t.documents.c.doc_id).where(visible_documents())).all()
        ranked = sorted(documents, key=lambda row: (hash_fraction(row.doc_id), row.id))
        overlapping = round(config.overlap * len(ranked)) if config.per_document > 1 else 0
        connection.execute(t.routing_quota.delete())
        rows = [
            {"document_id": row.id, "needed": config.per_document if rank < overlapping else 1} for rank, row in enumerate(ranked)
        ]
        if rows:
            connection.execute(t.routing_quota.insert(), rows)
    return len(documents), overlapping


def clear_routing(project: Project) -> None:
    """Back to today's behaviour. Claims stay in the history; they no longer restrict anyone."""
    project.set_setting(SETTING, None)
    with project.transaction() as connection:
        connection.execute(t.routing_quota.delete())


def fill_missing_quotas(connection: Connection, config: RoutingConfig) -> None:
    """Quotas for documents imported after routing was set (safe when several processes do it at once)."""
    missing = connection.execute(
        select(t.documents.c.id, t.documents.c.doc_id).where(
            visible_documents(),
            ~select(t.routing_quota.c.document_id).where(t.routing_quota.c.document_id == t.documents.c.id).exists(),
        )
    ).all()
    if not missing:
        return
    rows = [{"document_id": row.id, "needed": config.needed_for_new(row.doc_id)} for row in missing]
    statement = _insert_ignoring_duplicates(connection)
    connection.execute(statement, rows)


def _insert_ignoring_duplicates(connection: Connection):  # type: ignore[no-untyped-def]
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(t.routing_quota).on_conflict_do_nothing()
    if connection.dialect.name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        return sqlite_insert(t.routing_quota).on_conflict_do_nothing()
    return insert(t.routing_quota)
