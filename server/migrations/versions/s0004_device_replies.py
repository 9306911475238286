"""Stored batch replies and op results are keyed by device as well as by id."""

import sqlalchemy as sa
from alembic import op

revision = "s0004_device_replies"
down_revision = "s0003_login_attempts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("applied_op") as batch_op:
        batch_op.add_column(sa.Column("device_id", sa.String(length=36), nullable=True))
    # Every op was stored in its batch's transaction: its device is its batch's.
    op.execute("UPDATE applied_op SET device_id = (SELECT push_batch.device_id FROM push_batch "
               "WHERE push_batch.batch_id = applied_op.batch_id)")
    op.execute("UPDATE applied_op SET device_id = '' WHERE device_id IS NULL")
    with op.batch_alter_table("applied_op") as batch_op:
        batch_op.alter_column("device_id", existing_type=sa.String(length=36), nullable=False)
        batch_op.drop_constraint("pk_applied_op", type_="primary")
        batch_op.create_primary_key("pk_applied_op", ["op_id", "device_id"])
    with op.batch_alter_table("push_batch") as batch_op:
        batch_op.drop_constraint("pk_push_batch", type_="primary")
        batch_op.create_primary_key("pk_push_batch", ["batch_id", "device_id"])


def downgrade() -> None:
    # Only one device's row per id can stay under the old keys: the first stored.
    op.execute("DELETE FROM push_batch WHERE EXISTS (SELECT 1 FROM push_batch AS first "
               "WHERE first.batch_id = push_batch.batch_id "
               "AND first.received_at < push_batch.received_at)")
    with op.batch_alter_table("push_batch") as batch_op:
        batch_op.drop_constraint("pk_push_batch", type_="primary")
        batch_op.create_primary_key("pk_push_batch", ["batch_id"])
    op.execute("DELETE FROM applied_op WHERE NOT EXISTS (SELECT 1 FROM push_batch "
               "WHERE push_batch.batch_id = applied_op.batch_id "
               "AND push_batch.device_id = applied_op.device_id)")
    with op.batch_alter_table("applied_op") as batch_op:
        batch_op.drop_constraint("pk_applied_op", type_="primary")
        batch_op.create_primary_key("pk_applied_op", ["op_id"])
        batch_op.drop_column("device_id")
