"""Joins the feature branches into one head and rebuilds the capture triggers over them all.

The branches ran in any order, so a trigger made before another branch added a column would
miss it; rebuilding from the final columns makes capture whole.
"""

from alembic import op

from desktop.storage.capture import install_capture_triggers

revision = "0006_join_features"
down_revision = (
    "0002_drafts",
    "0002_register_sort",
    "0003_case_workflow",
    "0004_sync_capture",
    "0005_search_id_number",
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    install_capture_triggers(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the branches' own downgrades remove what they made."""
