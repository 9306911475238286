"""The search index's insert and update triggers go: `search_index.refresh` feeds FTS5 in bulk."""

from alembic import op

revision = "0007_search_index_by_statement"
down_revision = "0006_join_features"
branch_labels = None
depends_on = None

# One FTS5 insert per trigger call costs about ten times one INSERT ... SELECT over the same
# rows. The delete trigger stays: a child's deletion cascades to its search row.
_INSERT = (
    "CREATE TRIGGER child_search_ai AFTER INSERT ON child_search BEGIN "
    "INSERT INTO child_search_fts(rowid, name, id_number, carers, place) "
    "VALUES (new.rid, new.name, new.id_number, new.carers, new.place); END"
)
_UPDATE = (
    "CREATE TRIGGER child_search_au AFTER UPDATE ON child_search BEGIN "
    "INSERT INTO child_search_fts(child_search_fts, rowid, name, id_number, carers, place) "
    "VALUES ('delete', old.rid, old.name, old.id_number, old.carers, old.place); "
    "INSERT INTO child_search_fts(rowid, name, id_number, carers, place) "
    "VALUES (new.rid, new.name, new.id_number, new.carers, new.place); END"
)


def upgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS child_search_ai")
    op.execute("DROP TRIGGER IF EXISTS child_search_au")


def downgrade() -> None:
    op.execute(_INSERT)
    op.execute(_UPDATE)
