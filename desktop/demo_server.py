"""The demo's city server: started on loopback beside the app, the demo register enrolled to it."""

from pathlib import Path

from desktop.services.demo import (
    DEMO_COMMUNE,
    DEMO_OFFICER,
    DEMO_PASSWORD,
    DEMO_SERVER_USER,
    enrol_demo,
)
from server import embedded


def start_demo_sync(folder: Path) -> embedded.EmbeddedServer:
    """Start a city server on loopback for the demo and enrol the demo register to it.

    The server keeps its SQLite file in the demo folder, so the register's enrolment and
    cursor stay valid from one demo to the next; only the address (a free port) changes.
    Returns the running server; it stops with the process.
    """
    server = embedded.start(folder / "demo-server.sqlite3")
    embedded.create_demo_accounts(
        server.db_url, DEMO_COMMUNE, DEMO_SERVER_USER, DEMO_PASSWORD, DEMO_OFFICER
    )
    enrol_demo(folder, server.url)
    return server
