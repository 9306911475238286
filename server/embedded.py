"""The server inside the desktop demo: SQLite file, 127.0.0.1, free port, background thread."""

import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import uvicorn

from server import accounts, logs
from server.app import ServerConfig, create_app
from server.db import make_engine
from server.migrate import upgrade


@dataclass
class EmbeddedServer:
    url: str
    db_url: str
    _server: uvicorn.Server
    _thread: threading.Thread

    def stop(self, timeout: float = 10.0) -> None:
        self._server.should_exit = True
        self._thread.join(timeout)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start(db_path: str | Path, config: ServerConfig | None = None,
          timeout: float = 20.0) -> EmbeddedServer:
    """Start on a free loopback port; returns once /v1/health would answer."""
    db_url = f"sqlite:///{Path(db_path).resolve()}"
    engine = make_engine(db_url)
    upgrade(engine)
    logs.configure("WARNING")
    app = create_app(engine, config)
    port = free_port()
    # proxy_headers off: the app alone decides whom to believe about client addresses.
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                           log_level="warning", access_log=False,
                                           proxy_headers=False))
    thread = threading.Thread(target=server.run, name="bvte-embedded-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("embedded server did not start")
        time.sleep(0.02)
    return EmbeddedServer(f"http://127.0.0.1:{port}", db_url, server, thread)


def create_demo_accounts(db_url: str, commune_code: str, username: str, password: str,
                         full_name: str = "") -> None:
    """The demo's commune and officer; running it twice leaves one of each."""
    engine = make_engine(db_url)
    upgrade(engine)
    accounts.create_commune(engine, commune_code)
    try:
        accounts.create_account(engine, username, password, accounts.ROLE_OFFICER,
                                commune_code, full_name)
    except accounts.AdminError as exc:
        if exc.code != "account.exists":
            raise
