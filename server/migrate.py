"""Server schema migrations with Alembic (server/migrations)."""

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revisions() -> frozenset[str]:
    return frozenset(ScriptDirectory.from_config(_config()).get_heads())


def current_revisions(engine: Engine) -> frozenset[str]:
    with engine.connect() as conn:
        return frozenset(MigrationContext.configure(conn).get_current_heads())


def upgrade(engine: Engine) -> bool:
    """Bring the schema to every head; True when something was applied."""
    if current_revisions(engine) == head_revisions():
        return False
    with engine.begin() as conn:
        config = _config()
        config.attributes["connection"] = conn
        command.upgrade(config, "heads")
    return True


def downgrade(engine: Engine, revision: str) -> None:
    """Take the schema back to `revision` (an operator undoing an upgrade, and the tests)."""
    with engine.begin() as conn:
        config = _config()
        config.attributes["connection"] = conn
        command.downgrade(config, revision)


def below(revision: str) -> str:
    """The revision `revision` was written on top of."""
    down = ScriptDirectory.from_config(_config()).get_revision(revision).down_revision
    assert isinstance(down, str), revision
    return down
