"""Index on the folded search rows' ID numbers, so an ID or its prefix is found at once."""

from alembic import op

revision = "0005_search_id_number"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_child_search_id_number", "child_search", ["id_number"])


def downgrade() -> None:
    op.drop_index("ix_child_search_id_number", table_name="child_search")
