"""Login attempt counters shared by every worker: one row per account or account+address key."""

import sqlalchemy as sa
from alembic import op

revision = "s0003_login_attempts"
down_revision = "s0002e"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "login_attempt",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("window_start", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_login_attempt")),
    )
    op.create_index(op.f("ix_login_attempt_window_start"), "login_attempt", ["window_start"],
                    unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_login_attempt_window_start"), table_name="login_attempt")
    op.drop_table("login_attempt")
