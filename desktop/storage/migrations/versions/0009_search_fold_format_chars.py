"""Search entries folded before format characters were folded out are made again.

Until search learnt to drop zero-width and direction characters (category Cf), a name pasted as
"Ng\\u200buyễn" was indexed as "ng\\u200buyen": FTS5 split it into "ng" and "uyen", and neither
"nguyen" nor a name prefix found the child. Each entry whose folded text folds differently now
is rebuilt from the register; the others are left as they are.
"""

from alembic import op
from sqlalchemy import text

from desktop.domain.text import fold
from desktop.storage import search_index

revision = "0009_search_fold_format"
down_revision = "0008_sync_batch"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    rows = conn.execute(text("SELECT child_id, name, carers, place FROM child_search"))
    # Folding is idempotent on text it made, so a difference means an entry made by the old rule.
    stale = [child_id for child_id, *folded in rows if any(fold(v) != v for v in folded)]
    # refresh tells FTS5 the exact text it indexed before writing the new entry.
    search_index.refresh(conn, stale)


def downgrade() -> None:
    """Nothing to undo: an older BVTE reads the rebuilt entries as they are."""
