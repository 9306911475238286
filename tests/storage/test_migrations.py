"""Migrations build the schema from an empty file, and match the table definitions."""

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from desktop.storage import migrate
from desktop.storage.engine import make_engine
from desktop.storage.schema import Base


def test_upgrade_from_empty_builds_every_table_and_matches_the_models(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "empty.db", b"\x07" * 32, must_exist=False)
    assert migrate.current_revisions(engine) == frozenset()
    migrate.upgrade(engine)
    assert migrate.current_revisions(engine) == migrate.head_revisions()
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "child_search_fts" in tables
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    # Types are compared loosely on SQLite; any missing table, column or index shows here.
    structural = [
        d
        for d in diff
        if d[0] != "modify_type"
        and not (d[0] == "remove_table" and d[1].name.startswith("child_search_fts"))
    ]
    assert structural == []
    engine.dispose()


def test_upgrade_is_idempotent_and_backs_up_only_when_there_is_work(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    engine = make_engine(path, b"\x07" * 32, must_exist=False)
    migrate.upgrade(engine, path)
    assert migrate.upgrade(engine, path) is None
    assert list(tmp_path.glob("*.bak")) == []
    engine.dispose()
