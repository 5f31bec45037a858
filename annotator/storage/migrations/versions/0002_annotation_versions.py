"""Concurrency: a version per annotation (optimistic locking) and staged imports.

Revision ID: 0002_annotation_versions
Revises: 0001
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_annotation_versions"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("annotations") as batch:
        batch.add_column(sa.Column("version", sa.Integer, nullable=False, server_default="0"))
    op.create_table(
        "imports",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("user_name", sa.String(200), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("slot", sa.Integer, nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("heartbeat", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_imports"),
        sa.UniqueConstraint("slot", name="uq_imports_slot"),
    )
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("import_id", sa.Integer, nullable=True))
        batch.create_index("ix_documents_import_id", ["import_id"])


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_index("ix_documents_import_id")
        batch.drop_column("import_id")
    op.drop_table("imports")
    with op.batch_alter_table("annotations") as batch:
        batch.drop_column("version")
