"""Test session set-up: Qt offscreen, a fresh data folder, the live sync server, quick-run marks."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.communes import Commune, next_commune_code
from tests.helpers.live_server import LiveServer, SyncServer, free_port, live_server

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Fixtures that start a `bvte-server serve` process; tests using them carry the live_server mark.
LIVE_SERVER_FIXTURES = frozenset({"server", "live_server", "sqlite_server", "postgresql_server"})
LIVE_SERVER_NAMES = frozenset(id(kind) for kind in (LiveServer, SyncServer, live_server, free_port))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that needs a live server, so `pytest -m "not live_server"` is quick."""
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        module = getattr(item, "module", None)
        starts_one = module is not None and any(
            id(value) in LIVE_SERVER_NAMES for value in vars(module).values()
        )
        if fixtures & LIVE_SERVER_FIXTURES or starts_one:
            item.add_marker(pytest.mark.live_server)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def server(request, tmp_path_factory) -> Iterator[SyncServer]:
    """The real city server for sync, once on SQLite and once on a fresh PostgreSQL database."""
    with live_server(request.param, tmp_path_factory.mktemp(request.param)) as live:
        yield live


@pytest.fixture
def commune(server: SyncServer, tmp_path: Path) -> Iterator[Commune]:
    """A commune of its own on the live server, with officers' registers enrolled to it."""
    made = Commune(server, next_commune_code(), tmp_path)
    yield made
    made.close()
