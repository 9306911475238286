"""Server fixtures: one live server on SQLite and one on PostgreSQL; tests run on both."""

from collections.abc import Iterator

import pytest

from tests.helpers.live_server import PASSWORD, LiveServer, pg_database
from tests.server.client import Device


@pytest.fixture(scope="session")
def sqlite_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    folder = tmp_path_factory.mktemp("server-sqlite")
    server = LiveServer.start(f"sqlite:///{folder / 'server.sqlite3'}", folder)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def postgresql_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    folder = tmp_path_factory.mktemp("server-pg")
    database = pg_database()
    try:
        url = database.__enter__()
    except RuntimeError as exc:  # CI must run these: an unreachable PostgreSQL fails, loudly
        pytest.fail(str(exc), pytrace=False)
    try:
        server = LiveServer.start(url, folder)
        yield server
        server.stop()
    finally:
        database.__exit__(None, None, None)


@pytest.fixture(params=["sqlite", "postgresql"])
def live_server(request: pytest.FixtureRequest) -> LiveServer:
    """The real server, once on SQLite and once on PostgreSQL."""
    return request.getfixturevalue(f"{request.param}_server")


@pytest.fixture
def commune(live_server: LiveServer) -> str:
    return live_server.new_commune()


@pytest.fixture
def device_factory(live_server: LiveServer):
    """Make an enrolled device: a new officer of `commune` logs in and enrols a PC."""

    def make(commune: str) -> Device:
        username = live_server.new_officer(commune)
        return Device.enrol(live_server.url, username, PASSWORD, commune)

    return make


@pytest.fixture
def pair(commune: str, device_factory) -> tuple[Device, Device]:
    """Two PCs of one commune."""
    return device_factory(commune), device_factory(commune)

