"""Routing: each document's quota of annotators, and claims (leases) of documents by annotators.

Revision ID: 0003_routing_claims
Revises: 0002_annotation_versions
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_routing_claims"
down_revision = "0002_annotation_versions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "routing_quota",
        sa.Column("document_id", sa.Integer, nullable=False),
        sa.Column("needed", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("document_id", name="pk_routing_quota"),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name="fk_routing_quota_document_id_documents", ondelete="CASCADE"
        ),
    )
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("document_id", sa.Integer, nullable=False),
        sa.Column("user_id", sa.Integer, nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_claims"),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], name="fk_claims_document_id_documents", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name="fk_claims_user_id_users", ondelete="RESTRICT"),
        sa.UniqueConstraint("document_id", "user_id", name="uq_claims_document_user"),
    )
    op.create_index("ix_claims_user_id", "claims", ["user_id"])


def downgrade() -> None:
    op.drop_table("claims")
    op.drop_table("routing_quota")
