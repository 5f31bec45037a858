"""The database tables (SQLAlchemy Core). Changes go through an Alembic migration in ``migrations/``.

Annotations are keyed by (document, user, layer): every annotator has their own, the pre-labeller
writes the ``prelabel`` layer and adjudication writes ``gold``.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from annotator.model.names import HUMAN, TODO

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

settings = Table(
    "settings",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("value", JSON, nullable=False),
)

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    # annotator | lead | admin | machine (pre-labellers and importers)
    Column("role", String(20), nullable=False, default="annotator"),
    Column("active", Boolean, nullable=False, default=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

# Imports in progress and done. An import writes its new documents in short committed steps,
# each marked with its import's id; they are visible only once that import is ``done``
# (see storage/visibility.py). ``slot`` is 1 while an import runs and NULL otherwise: its unique
# constraint lets only one import run at a time, on both backends.
imports = Table(
    "imports",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("user_name", String(200), nullable=False),
    Column("state", String(20), nullable=False),  # running | done | failed
    Column("slot", Integer, nullable=True, unique=True),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("heartbeat", DateTime(timezone=True), nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("doc_id", String(300), nullable=False, unique=True),
    Column("text", Text, nullable=False),
    Column("text_hash", String(64), nullable=False, unique=True),
    Column("title", Text, nullable=True),
    Column("meta", JSON, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    # NULL for documents of finished imports; else the import that is still writing this one.
    Column("import_id", Integer, nullable=True, index=True),
)

annotations = Table(
    "annotations",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="RESTRICT"), nullable=False),
    Column("layer", String(20), nullable=False),
    Column("status", String(20), nullable=False, default=TODO),
    Column("comment", Text, nullable=True),
    Column("seconds", Float, nullable=False, default=0.0),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    # Optimistic locking: every edit adds one; an edit made against an older version is refused.
    Column("version", Integer, nullable=False, default=0, server_default="0"),
    UniqueConstraint("document_id", "user_id", "layer", name="uq_annotations_document_user_layer"),
    Index("ix_annotations_user_layer", "user_id", "layer"),
)

spans = Table(
    "spans",
    metadata,
    Column("id", Integer, primary_key=True),
    # (annotation_id, key) is unique: that index also serves look-ups by annotation.
    Column("annotation_id", Integer, ForeignKey("annotations.id", ondelete="CASCADE"), nullable=False),
    Column("key", String(100), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("label", String(100), nullable=False),
    Column("source", String(10), nullable=False, default=HUMAN),
    Column("score", Float, nullable=True),
    Column("attrs", JSON(none_as_null=True), nullable=True),  # NULL when empty
    UniqueConstraint("annotation_id", "key", name="uq_spans_annotation_key"),
)

relations = Table(
    "relations",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("annotation_id", Integer, ForeignKey("annotations.id", ondelete="CASCADE"), nullable=False),
    Column("key", String(100), nullable=False),
    Column("head_id", Integer, ForeignKey("spans.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("child_id", Integer, ForeignKey("spans.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("label", String(100), nullable=False),
    Column("source", String(10), nullable=False, default=HUMAN),
    Column("score", Float, nullable=True),
    Column("attrs", JSON(none_as_null=True), nullable=True),  # NULL when empty
    UniqueConstraint("annotation_id", "key", name="uq_relations_annotation_key"),
)

# The history: one row per edit, import or status change, never updated.
events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("user_name", String(200), nullable=False),
    Column("document_id", Integer, nullable=True, index=True),
    Column("layer", String(20), nullable=True),
    Column("action", String(40), nullable=False),
    Column("payload", JSON, nullable=True),
)

# Routing (annotator/routing): how many annotators each document needs, and who claimed it.
routing_quota = Table(
    "routing_quota",
    metadata,
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("needed", Integer, nullable=False),
)

# A claim is a lease: it counts while the document is finished or has seen activity (the claim
# itself, or the claimer's annotation's updated_at) within the project's lease time.
claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="RESTRICT"), nullable=False, index=True),
    Column("claimed_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("document_id", "user_id", name="uq_claims_document_user"),
)
