"""A frozen push batch is kept whole as its request body, instead of a change text per entry."""

import sqlalchemy as sa
from alembic import op

revision = "0008_sync_batch"
down_revision = "0007_search_index_by_statement"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_batch",
        sa.Column("batch_id", sa.String(length=36), nullable=False),
        sa.Column("body", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("batch_id", name=op.f("pk_sync_batch")),
    )


def downgrade() -> None:
    op.drop_table("sync_batch")
