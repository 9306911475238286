"""Sync bookkeeping tables and the change-capture triggers on every synced table."""

import sqlalchemy as sa
from alembic import op

from desktop.storage.capture import drop_capture_triggers, install_capture_triggers

revision = "0004_sync_capture"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_outbox",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("base_json", sa.Text(), nullable=True),
        sa.Column("new_json", sa.Text(), nullable=True),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("device_time", sa.String(length=32), nullable=True),
        sa.Column("op_id", sa.String(length=36), nullable=True),
        sa.Column("batch_id", sa.String(length=36), nullable=True),
        sa.Column("change_json", sa.Text(), nullable=True),
        sa.Column("resolves", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_outbox")),
        sa.UniqueConstraint("op_id", name=op.f("uq_sync_outbox_op_id")),
    )
    with op.batch_alter_table("sync_outbox") as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sync_outbox_table_name_row_id"), ["table_name", "row_id"]
        )
        batch_op.create_index(batch_op.f("ix_sync_outbox_batch_id"), ["batch_id"])
    op.create_table(
        "sync_state",
        sa.Column("commune_code", sa.String(length=5), nullable=False),
        sa.Column("cursor", sa.Text(), nullable=False),
        sa.Column("bootstrapped", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("commune_code", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("fields_json", sa.Text(), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("found_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.String(length=8), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    with op.batch_alter_table("sync_conflict") as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sync_conflict_table_name_row_id"), ["table_name", "row_id"]
        )
    op.create_table(
        "sync_quarantine",
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("change_json", sa.Text(), nullable=False),
        sa.Column("reason_code", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("quarantined_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("op_id", name=op.f("pk_sync_quarantine")),
    )
    op.create_table(
        "sync_apply_guard",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("active", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_apply_guard")),
    )
    op.execute("INSERT INTO sync_apply_guard (id, active) VALUES (1, 0)")
    op.create_table(
        "sync_moved",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("commune_code", sa.String(length=5), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id", name=op.f("pk_sync_moved")),
    )
    install_capture_triggers(op.get_bind())


def downgrade() -> None:
    drop_capture_triggers(op.get_bind())
    for table in (
        "sync_moved",
        "sync_apply_guard",
        "sync_quarantine",
        "sync_conflict",
        "sync_state",
        "sync_outbox",
    ):
        op.drop_table(table)
