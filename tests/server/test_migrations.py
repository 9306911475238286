"""The server's Alembic migrations build exactly the tables server/models.py describes."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from server import migrate
from server.db import make_engine, normalise_url
from server.models import metadata
from tests.helpers.live_server import pg_database


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


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_login_attempts_migration_goes_down_and_up(tmp_path, backend):
    database = pg_database() if backend == "postgresql" else None
    url = database.__enter__() if database else str(tmp_path / "s.sqlite3")
    engine = make_engine(url)
    try:
        migrate.upgrade(engine)
        assert "login_attempt" in inspect(engine).get_table_names()
        before = migrate.below("s0003_login_attempts")
        migrate.downgrade(engine, before)
        assert "login_attempt" not in inspect(engine).get_table_names()
        assert "enrolment_file" in inspect(engine).get_table_names()
        assert migrate.current_revisions(engine) == {before}
        assert migrate.upgrade(engine) is True
        assert "login_attempt" in inspect(engine).get_table_names()
        assert migrate.current_revisions(engine) == migrate.head_revisions()
    finally:
        engine.dispose()
        if database:
            database.__exit__(None, None, None)
