"""Indexes for the register's keyset paging (folded name, birth date) and visit revisions."""

from alembic import op

revision = "0002_register_sort"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_child_search_name_child_id", "child_search", ["name", "child_id"])
    op.create_index("ix_child_date_of_birth_id", "child", ["date_of_birth", "id"])
    op.create_index("ix_home_visit_revision_of", "home_visit", ["revision_of"])


def downgrade() -> None:
    op.drop_index("ix_home_visit_revision_of", table_name="home_visit")
    op.drop_index("ix_child_date_of_birth_id", table_name="child")
    op.drop_index("ix_child_search_name_child_id", table_name="child_search")
