"""Schema migrations with Alembic, with a backup of the file before any change."""

import shutil
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from desktop.storage.errors import StoreTooNew

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revisions() -> frozenset[str]:
    """Every head: features may add migrations on branches of their own, merged later."""
    return frozenset(ScriptDirectory.from_config(_config()).get_heads())


def known_revisions() -> frozenset[str]:
    """Every revision this version of BVTE ships, old ones included."""
    return frozenset(
        script.revision for script in ScriptDirectory.from_config(_config()).walk_revisions()
    )


def current_revisions(engine: Engine) -> frozenset[str]:
    with engine.connect() as conn:
        return frozenset(MigrationContext.configure(conn).get_current_heads())


def describe(revisions: frozenset[str]) -> str:
    return "+".join(sorted(revisions)) or "empty"


def upgrade(engine: Engine, db_path: Path | None = None) -> Path | None:
    """Bring the schema to every head; returns the backup made first, if the file had data.

    A file stamped with a revision this version does not know was written by a newer BVTE: it
    is refused before anything (a backup included) is written, since no upgrade can help it.
    """
    current = current_revisions(engine)
    if current == head_revisions():
        return None
    unknown = current - known_revisions()
    if unknown:
        raise StoreTooNew(describe(frozenset(unknown)))
    backup = None
    if current and db_path is not None:
        backup = backup_file(engine, db_path, f"before-{describe(head_revisions())}")
    with engine.connect().execution_options(bvte_write=True) as conn, conn.begin():
        config = _config()
        config.attributes["connection"] = conn
        command.upgrade(config, "heads")
    return backup


def backup_file(engine: Engine, db_path: Path, label: str) -> Path:
    """An encrypted copy beside the file, after folding the WAL in so the copy is whole."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = db_path.with_name(f"{db_path.name}.{label}.{stamp}.bak")
    shutil.copy2(db_path, target)
    return target
