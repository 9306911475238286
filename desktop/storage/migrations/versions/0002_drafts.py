"""Drafts: unsaved form contents per officer, kept in the encrypted register, never synced."""

import sqlalchemy as sa
from alembic import op

revision = "0002_drafts"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "draft",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("officer_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=64), nullable=False),
        sa.Column("key", sa.String(length=128), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draft")),
        sa.UniqueConstraint("officer_id", "kind", "key", name=op.f("uq_draft_officer_id_kind_key")),
    )


def downgrade() -> None:
    op.drop_table("draft")
