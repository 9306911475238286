"""Case workflow: each case event names the step it records, so the timeline reads as steps."""

import sqlalchemy as sa
from alembic import op

revision = "0003_case_workflow"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN, not a batch copy: the table keeps its append-only triggers.
    op.add_column(
        "case_event",
        sa.Column("action", sa.String(length=32), nullable=False, server_default=""),
    )


def downgrade() -> None:
    # SQLite 3.35+ drops a column in place, so the append-only triggers stay too.
    op.drop_column("case_event", "action")
