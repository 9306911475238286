"""The real city server for sync tests, on SQLite or a fresh PostgreSQL database.

Built on the server's own test helper (tests/server/live.py: a `bvte-server serve` process on
a free loopback port); this adds the port (for the fault-injecting proxy) and the backend name.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from server import accounts
from tests.server.live import LiveServer as ServerProcess
from tests.server.live import pg_database


@dataclass
class LiveServer:
    url: str
    engine: Engine
    backend: str
    port: int


@contextmanager
def live_server(backend: str, folder: Path) -> Iterator[LiveServer]:
    folder.mkdir(parents=True, exist_ok=True)
    if backend == "sqlite":
        process = ServerProcess.start(f"sqlite:///{folder / 'server.sqlite3'}", folder)
        try:
            yield _wrap(process, backend)
        finally:
            process.stop()
        return
    with pg_database() as url:
        process = ServerProcess.start(url, folder)
        try:
            yield _wrap(process, backend)
        finally:
            process.stop()


def _wrap(process: ServerProcess, backend: str) -> LiveServer:
    return LiveServer(process.url, process.engine, backend, int(process.url.rsplit(":", 1)[1]))


def add_officer(engine: Engine, commune: str, username: str, password: str) -> None:
    accounts.create_commune(engine, commune)
    accounts.create_account(engine, username, password, accounts.ROLE_OFFICER, commune)
