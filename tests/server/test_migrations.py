"""The server's Alembic migrations build exactly the tables server/models.py describes."""

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from server import migrate
from server.db import make_engine, normalise_url
from server.models import metadata


def test_migrated_database_matches_the_models(live_server):
    assert migrate.current_revisions(live_server.engine) == migrate.head_revisions()
    with live_server.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_upgrade_is_idempotent(tmp_path):
    engine = make_engine(str(tmp_path / "s.sqlite3"))
    assert migrate.upgrade(engine) is True
    assert migrate.upgrade(engine) is False


def test_urls_are_normalised():
    assert normalise_url("postgresql://u@h/d") == "postgresql+psycopg://u@h/d"
    assert normalise_url("postgres://u@h/d") == "postgresql+psycopg://u@h/d"
    assert normalise_url("/tmp/x.sqlite3") == "sqlite:////tmp/x.sqlite3"
    assert normalise_url(None).startswith("sqlite:///")
