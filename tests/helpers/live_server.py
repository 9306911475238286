"""A real city server for tests: a `bvte-server serve` process on a free loopback port.

Reusable by any test package: `LiveServer.start(db_url)` runs the
server as a subprocess on SQLite or PostgreSQL; `pg_database()` makes a uniquely named
PostgreSQL database for the session and drops it afterwards.
"""

import os
import secrets
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import requests
from sqlalchemy import Engine

from server import accounts
from server.db import make_engine
from server.migrate import upgrade

REPO_ROOT = Path(__file__).resolve().parents[2]
PG_URL_ENV = "BVTE_PG_URL"
DEFAULT_PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
PASSWORD = "Mật-khẩu-máy-chủ-2026"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _libpq(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def _with_database(url: str, name: str) -> str:
    return url.rsplit("/", 1)[0] + "/" + name


@contextmanager
def pg_database(prefix: str = "bvte_t") -> Iterator[str]:
    """A fresh PostgreSQL database for one test session; fails loudly if PostgreSQL is down."""
    admin_url = os.environ.get(PG_URL_ENV, DEFAULT_PG_URL)
    name = f"{prefix}_{secrets.token_hex(6)}"
    try:
        with psycopg.connect(_libpq(admin_url), autocommit=True, connect_timeout=10) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.OperationalError as exc:
        raise RuntimeError(
            f"PostgreSQL is required for server tests and is unreachable at {admin_url} "
            f"(set {PG_URL_ENV}): {exc}") from exc
    try:
        yield _with_database(admin_url, name)
    finally:
        with psycopg.connect(_libpq(admin_url), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@dataclass
class LiveServer:
    """A running server process and an engine on its database for setting up accounts."""

    url: str
    db_url: str
    engine: Engine
    process: subprocess.Popen
    log_path: Path
    _codes: set[str] = field(default_factory=set)

    @classmethod
    def start(cls, db_url: str, log_dir: Path, token_ttl: int = 0,
              timeout: float = 60.0, extra: tuple[str, ...] = ()) -> "LiveServer":
        """A server on `db_url`; `extra` are more `bvte-server serve` options."""
        engine = make_engine(db_url)
        upgrade(engine)
        port = free_port()
        log_path = log_dir / f"server-{port}.log"
        command = [sys.executable, "-m", "server.cli", "serve", "--db", db_url,
                   "--host", "127.0.0.1", "--port", str(port)]
        if token_ttl:
            command += ["--token-ttl", str(token_ttl)]
        command += list(extra)
        with log_path.open("wb") as log:
            process = subprocess.Popen(command, cwd=REPO_ROOT, stdout=log, stderr=log,
                                       env={**os.environ, "PYTHONIOENCODING": "utf-8"})
        server = cls(f"http://127.0.0.1:{port}", db_url, engine, process, log_path)
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"server exited: {log_path.read_text(errors='replace')}")
            try:
                if requests.get(server.url + "/v1/health", timeout=2).ok:
                    return server
            except requests.ConnectionError:
                pass
            if time.monotonic() > deadline:
                server.stop()
                raise RuntimeError(f"server did not start: {log_path.read_text()}")
            time.sleep(0.1)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(15)
        self.engine.dispose()

    def logs(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def new_commune(self) -> str:
        """A commune code no other test of this session uses (90000-99999)."""
        while True:
            code = f"9{secrets.randbelow(10000):04d}"
            if code not in self._codes:
                self._codes.add(code)
                accounts.create_commune(self.engine, code, f"Xã Thử Nghiệm {code}")
                return code

    def new_officer(self, commune: str, password: str = PASSWORD) -> str:
        username = f"cb{uuid.uuid4().hex[:12]}"
        accounts.create_account(self.engine, username, password, accounts.ROLE_OFFICER,
                                commune, "Cán bộ thử nghiệm")
        return username


@dataclass
class SyncServer:
    """A live server as the sync tests see it: its address, database, backend name and port."""

    url: str
    engine: Engine
    backend: str
    port: int


@contextmanager
def live_server(backend: str, folder: Path) -> Iterator[SyncServer]:
    """The real city server on SQLite or a fresh PostgreSQL database; the port serves proxies."""
    folder.mkdir(parents=True, exist_ok=True)
    if backend == "sqlite":
        process = LiveServer.start(f"sqlite:///{folder / 'server.sqlite3'}", folder)
        try:
            yield _wrap(process, backend)
        finally:
            process.stop()
        return
    with pg_database() as url:
        process = LiveServer.start(url, folder)
        try:
            yield _wrap(process, backend)
        finally:
            process.stop()


def _wrap(process: LiveServer, backend: str) -> SyncServer:
    return SyncServer(process.url, process.engine, backend, int(process.url.rsplit(":", 1)[1]))


def add_officer(engine: Engine, commune: str, username: str, password: str) -> None:
    accounts.create_commune(engine, commune)
    accounts.create_account(engine, username, password, accounts.ROLE_OFFICER, commune)
