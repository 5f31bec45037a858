"""``next``: claim one more document for an annotator, safely when many ask at once.

A claim counts towards its document's quota while it is live: the claimer finished the document
(status accepted or rejected), or there was activity (the claim, or an edit of the claimer's
annotation) within the lease. A skipped or idle claim frees the place, but its claimer is never
given the document again. Nothing is reserved ahead: documents are claimed only when an
annotator asks, so an annotator who never connects holds nothing.

Concurrency: on SQLite the claim transaction starts with a write, which takes the database's
write lock, so claims are serialised (others wait, ``busy_timeout``). On PostgreSQL candidate
quota rows are locked with ``SELECT ... FOR UPDATE SKIP LOCKED`` and the document's live claims
are counted again once its row is locked.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import Connection, and_, func, or_, select, update
from sqlalchemy.exc import IntegrityError

from annotator.routing.config import SETTING, RoutingConfig, load_routing
from annotator.routing.quota import fill_missing_quotas
from annotator.storage import tables as t
from annotator.storage.project import Project, now
from annotator.storage.visibility import visible_documents

FINISHED = ("accepted", "rejected")
DONE_OR_SKIPPED = (*FINISHED, "skipped")


class NotInPool(Exception):
    """The annotator is not among those the routing names."""


def live_claims(document_id, cutoff: datetime, *, postgres: bool = False):  # type: ignore[no-untyped-def]
    """A scalar subquery: the live claims of ``document_id`` (a column or a value).

    On PostgreSQL an annotator may not read the others' annotations (row-level security), yet a
    claim's life depends on its claimer's activity: there the count comes from the database
    function ``annotator_live_claims`` (see :mod:`annotator.storage.security`), which counts with
    the owner's rights and returns nothing but the number.
    """
    if postgres:
        return func.annotator_live_claims(document_id, cutoff)
    own = and_(
        t.annotations.c.document_id == t.claims.c.document_id,
        t.annotations.c.user_id == t.claims.c.user_id,
        t.annotations.c.layer == "annotation",
    )
    status = func.coalesce(t.annotations.c.status, "todo")
    return (
        select(func.count())
        .select_from(t.claims.outerjoin(t.annotations, own))
        .where(
            t.claims.c.document_id == document_id,
            or_(
                status.in_(FINISHED),
                and_(status != "skipped", func.coalesce(t.annotations.c.updated_at, t.claims.c.claimed_at) >= cutoff),
            ),
        )
        .scalar_subquery()
    )


def next_document(project: Project, annotator: str, *, at: datetime | None = None) -> str | None:
    """Claim a document for ``annotator`` and return its id; None when there is no more work."""
    config = load_routing(project)
    if config is None:
        return _first_unfinished(project, annotator)
    if config.annotators is not None and annotator not in config.annotators:
        raise NotInPool(f"{annotator} is not among the annotators of this project's routing ({', '.join(config.annotators)})")
    at = at or now()
    with project.transaction() as connection:
        fill_missing_quotas(connection, config)
    for _attempt in range(5):
        try:
            with project.transaction() as connection:
                return _claim(project, connection, config, annotator, at)
        except IntegrityError:  # the same annotator claiming from two places at once: try again
            continue
    return None


def _claim(project: Project, connection: Connection, config: RoutingConfig, annotator: str, at: datetime) -> str | None:
    postgres = connection.dialect.name == "postgresql"
    if not postgres:  # take the write lock first: claims are serialised
        connection.execute(update(t.settings).where(t.settings.c.key == SETTING).values(value=t.settings.c.value))
    user_id = project.user_id(connection, annotator)
    cutoff = at - timedelta(minutes=config.lease_minutes)
    quota = t.routing_quota
    live = live_claims(quota.c.document_id, cutoff, postgres=postgres)
    mine = select(t.claims.c.id).where(t.claims.c.document_id == quota.c.document_id, t.claims.c.user_id == user_id)
    started = select(t.annotations.c.id).where(
        t.annotations.c.document_id == quota.c.document_id,
        t.annotations.c.user_id == user_id,
        t.annotations.c.layer == "annotation",
    )
    passed: list[int] = []
    while True:
        query = (
            select(quota.c.document_id, quota.c.needed)
            .where(live < quota.c.needed, ~mine.exists(), ~started.exists())
            .order_by(quota.c.needed.desc(), live.desc(), quota.c.document_id)
            .limit(1)
        )
        if passed:
            query = query.where(quota.c.document_id.notin_(passed))
        if postgres:
            query = query.with_for_update(skip_locked=True, of=quota)
        row = connection.execute(query).first()
        if row is None:
            return None
        if postgres:  # counted in a snapshot from before the lock: count again
            fresh = connection.execute(select(live_claims(row.document_id, cutoff, postgres=True))).scalar_one()
            if fresh >= row.needed:
                passed.append(row.document_id)
                continue
        connection.execute(t.claims.insert().values(document_id=row.document_id, user_id=user_id, claimed_at=at))
        project.log_event(connection, annotator, "claim", document_id=row.document_id)
        return str(connection.execute(select(t.documents.c.doc_id).where(t.documents.c.id == row.document_id)).scalar_one())


def _first_unfinished(project: Project, annotator: str) -> str | None:
    """Without routing: the first document, in import order, that the annotator has not finished."""
    done = (
        select(t.annotations.c.document_id)
        .join(t.users, t.users.c.id == t.annotations.c.user_id)
        .where(t.users.c.name == annotator, t.annotations.c.layer == "annotation", t.annotations.c.status.in_(DONE_OR_SKIPPED))
    )
    with project.snapshot() as connection:
        found = connection.execute(
            select(t.documents.c.doc_id)
            .where(t.documents.c.id.notin_(done), visible_documents())
            .order_by(t.documents.c.id)
            .limit(1)
        ).scalar()
    return None if found is None else str(found)


def open_claims(project: Project, annotator: str) -> list[int]:
    """Primary keys of the documents ``annotator`` claimed and has not finished or skipped, in claim order."""
    own = and_(
        t.annotations.c.document_id == t.claims.c.document_id,
        t.annotations.c.user_id == t.claims.c.user_id,
        t.annotations.c.layer == "annotation",
    )
    with project.engine.connect() as connection:
        rows = connection.execute(
            select(t.claims.c.document_id)
            .select_from(t.claims.join(t.users, t.users.c.id == t.claims.c.user_id).outerjoin(t.annotations, own))
            .where(t.users.c.name == annotator, func.coalesce(t.annotations.c.status, "todo").notin_(DONE_OR_SKIPPED))
            .order_by(t.claims.c.claimed_at, t.claims.c.id)
        ).scalars()
        return [int(pk) for pk in rows]


def routed_next(project: Project, annotator: str, current: int | None, step: int) -> int | None:
    """The window's next (or previous) document under routing: another of the annotator's open
    claims, else (going forward) a newly claimed one; None when there is no work."""
    claimed = [pk for pk in open_claims(project, annotator) if pk != current]
    if step < 0:
        return claimed[-1] if claimed else None
    if claimed:
        return claimed[0]
    try:
        doc_id = next_document(project, annotator)
    except NotInPool:
        return None
    if doc_id is None:
        return None
    document = project.document_by_id(doc_id)
    return None if document is None else document.pk
