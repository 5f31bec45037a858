"""The first tables: settings, users, documents, annotations, spans, relations, events.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "settings",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.JSON, nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_settings"),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_users"),
        sa.UniqueConstraint("name", name="uq_users_name"),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("doc_id", sa.String(300), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("text_hash", sa.String(64), nullable=False),
        sa.Column("title", sa.Text, nullable=True),
        sa.Column("meta", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_documents"),
        sa.UniqueConstraint("doc_id", name="uq_documents_doc_id"),
        sa.UniqueConstraint("text_hash", name="uq_documents_text_hash"),
    )
    op.create_table(
        "annotations",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("document_id", sa.Integer, nullable=False),
        sa.Column("user_id", sa.Integer, nullable=False),
        sa.Column("layer", sa.String(20), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("comment", sa.Text, nullable=True),
        sa.Column("seconds", sa.Float, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_annotations"),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name="fk_annotations_document_id_documents", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name="fk_annotations_user_id_users", ondelete="RESTRICT"),
        sa.UniqueConstraint("document_id", "user_id", "layer", name="uq_annotations_document_user_layer"),
    )
    op.create_index("ix_annotations_user_layer", "annotations", ["user_id", "layer"])
    for name in ("spans", "relations"):
        columns = [
            sa.Column("id", sa.Integer, nullable=False),
            sa.Column("annotation_id", sa.Integer, nullable=False),
            sa.Column("key", sa.String(100), nullable=False),
        ]
        if name == "spans":
            columns += [sa.Column("start", sa.Integer, nullable=False), sa.Column("end", sa.Integer, nullable=False)]
        else:
            columns += [sa.Column("head_id", sa.Integer, nullable=False), sa.Column("child_id", sa.Integer, nullable=False)]
        constraints = [
            sa.PrimaryKeyConstraint("id", name=f"pk_{name}"),
            sa.ForeignKeyConstraint(
                ["annotation_id"], ["annotations.id"], name=f"fk_{name}_annotation_id_annotations", ondelete="CASCADE"
            ),
            sa.UniqueConstraint("annotation_id", "key", name=f"uq_{name}_annotation_key"),
        ]
        if name == "relations":
            constraints += [
                sa.ForeignKeyConstraint(["head_id"], ["spans.id"], name="fk_relations_head_id_spans", ondelete="CASCADE"),
                sa.ForeignKeyConstraint(["child_id"], ["spans.id"], name="fk_relations_child_id_spans", ondelete="CASCADE"),
            ]
        op.create_table(
            name,
            *columns,
            sa.Column("label", sa.String(100), nullable=False),
            sa.Column("source", sa.String(10), nullable=False),
            sa.Column("score", sa.Float, nullable=True),
            sa.Column("attrs", sa.JSON, nullable=True),
            *constraints,
        )
    op.create_index("ix_relations_head_id", "relations", ["head_id"])
    op.create_index("ix_relations_child_id", "relations", ["child_id"])
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_name", sa.String(200), nullable=False),
        sa.Column("document_id", sa.Integer, nullable=True),
        sa.Column("layer", sa.String(20), nullable=True),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("payload", sa.JSON, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_events"),
    )
    op.create_index("ix_events_document_id", "events", ["document_id"])


def downgrade() -> None:
    for name in ("events", "relations", "spans", "annotations", "documents", "users", "settings"):
        op.drop_table(name)
