"""The real city server on 127.0.0.1 with a free port, on SQLite or a fresh PostgreSQL database."""

import os
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg
import uvicorn
from sqlalchemy import Engine

from server import accounts, logs
from server.app import ServerConfig, create_app
from server.db import make_engine
from server.embedded import free_port
from server.migrate import upgrade

PG_URL = os.environ.get("BVTE_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@dataclass
class LiveServer:
    url: str
    engine: Engine
    backend: str
    port: int


def _admin_dsn() -> str:
    return PG_URL.replace("postgresql+psycopg://", "postgresql://")


@contextmanager
def pg_database() -> Iterator[str]:
    """A uniquely named database for this run, dropped at the end; fails loudly if PG is down."""
    name = f"bvte_t_{uuid.uuid4().hex[:12]}"
    try:
        admin = psycopg.connect(_admin_dsn(), autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        raise RuntimeError(
            f"PostgreSQL is not reachable at {PG_URL}: the sync tests need it (CI runs them)"
        ) from exc
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    base = PG_URL.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(_admin_dsn(), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def run_server(
    db_url: str, backend: str, config: ServerConfig | None = None
) -> Iterator[LiveServer]:
    engine = make_engine(db_url)
    upgrade(engine)
    logs.configure("WARNING")
    app = create_app(engine, config or ServerConfig())
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)
    )
    thread = threading.Thread(target=server.run, name="bvte-test-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("test server did not start")
        time.sleep(0.02)
    try:
        yield LiveServer(f"http://127.0.0.1:{port}", engine, backend, port)
    finally:
        server.should_exit = True
        thread.join(10)
        engine.dispose()


@contextmanager
def live_server(backend: str, folder: Path) -> Iterator[LiveServer]:
    if backend == "sqlite":
        with run_server(f"sqlite:///{folder / 'server.sqlite3'}", backend) as live:
            yield live
        return
    with pg_database() as url, run_server(url, backend) as live:
        yield live


def add_officer(engine: Engine, commune: str, username: str, password: str) -> None:
    accounts.create_commune(engine, commune)
    accounts.create_account(engine, username, password, accounts.ROLE_OFFICER, commune)
