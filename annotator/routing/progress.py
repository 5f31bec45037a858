"""Progress for the lead: per annotator claimed, done, skipped and median time per document, and
the documents still missing annotators."""

from __future__ import annotations

import statistics
from datetime import UTC, datetime, timedelta

from pydantic import BaseModel
from sqlalchemy import and_, select

from annotator.routing.claims import FINISHED, live_claims
from annotator.routing.config import RoutingConfig, load_routing
from annotator.storage import tables as t
from annotator.storage.project import Project, now


class AnnotatorProgress(BaseModel):
    annotator: str
    claimed: int
    done: int
    skipped: int
    in_progress: int = 0
    expired: int = 0
    median_seconds: float | None


class MissingDocument(BaseModel):
    id: str
    needed: int
    live: int


class Progress(BaseModel):
    routing: RoutingConfig | None
    documents: int
    annotators: list[AnnotatorProgress]
    missing: list[MissingDocument]
    missing_places: int


def progress(project: Project, *, at: datetime | None = None) -> Progress:
    config = load_routing(project)
    at = at or now()
    with project.engine.connect() as connection:
        documents = len(connection.execute(select(t.documents.c.id)).all())
        own = and_(
            t.annotations.c.document_id == t.claims.c.document_id,
            t.annotations.c.user_id == t.claims.c.user_id,
            t.annotations.c.layer == "annotation",
        )
        if config is not None:
            rows = connection.execute(
                select(
                    t.users.c.name,
                    t.annotations.c.status,
                    t.annotations.c.seconds,
                    t.annotations.c.updated_at,
                    t.claims.c.claimed_at,
                )
                .select_from(t.claims.join(t.users, t.users.c.id == t.claims.c.user_id).outerjoin(t.annotations, own))
                .order_by(t.users.c.name)
            ).all()
        else:  # without routing, what each annotator started counts as claimed
            rows = connection.execute(
                select(
                    t.users.c.name,
                    t.annotations.c.status,
                    t.annotations.c.seconds,
                    t.annotations.c.updated_at,
                    t.annotations.c.updated_at.label("claimed_at"),
                )
                .join(t.users, t.users.c.id == t.annotations.c.user_id)
                .where(t.annotations.c.layer == "annotation")
                .order_by(t.users.c.name)
            ).all()
        missing: list[MissingDocument] = []
        places = 0
        if config is not None:
            cutoff = at - timedelta(minutes=config.lease_minutes)
            postgres = connection.dialect.name == "postgresql"
            live = live_claims(t.routing_quota.c.document_id, cutoff, postgres=postgres).label("live")
            for doc_id, needed, count in connection.execute(
                select(t.documents.c.doc_id, t.routing_quota.c.needed, live)
                .join(t.documents, t.documents.c.id == t.routing_quota.c.document_id)
                .where(live < t.routing_quota.c.needed)
                .order_by(t.routing_quota.c.needed.desc(), t.routing_quota.c.document_id)
            ):
                missing.append(MissingDocument(id=doc_id, needed=needed, live=count))
                places += needed - count
    lease = timedelta(minutes=config.lease_minutes if config else 60.0)
    return Progress(
        routing=config,
        documents=documents,
        annotators=_per_annotator(rows, at - lease),
        missing=missing,
        missing_places=places,
    )


def _aware(value: datetime) -> datetime:
    """SQLite gives naive datetimes back; they are UTC."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _per_annotator(rows: list, cutoff: datetime) -> list[AnnotatorProgress]:  # type: ignore[type-arg]
    by_name: dict[str, list] = {}  # type: ignore[type-arg]
    for row in rows:
        by_name.setdefault(row.name, []).append(row)
    result = []
    for name, items in by_name.items():
        done = [row for row in items if row.status in FINISHED]
        skipped = [row for row in items if row.status == "skipped"]
        active = [row for row in items if row.status not in (*FINISHED, "skipped")]
        fresh = [row for row in active if _aware(row.updated_at or row.claimed_at) >= cutoff]
        seconds = [row.seconds for row in done if row.seconds]
        result.append(
            AnnotatorProgress(
                annotator=name,
                claimed=len(items),
                done=len(done),
                skipped=len(skipped),
                in_progress=len(fresh),
                expired=len(active) - len(fresh),
                median_seconds=statistics.median(seconds) if seconds else None,
            )
        )
    return result
