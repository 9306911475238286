"""A commune on a live server with its officers' registers, each enrolled as a device."""

import itertools
from pathlib import Path

from sqlalchemy import select

from desktop.reference.communes import load_communes
from desktop.services import sync as service
from desktop.storage.store import Store
from desktop.sync.retry import Backoff
from server import models as m
from tests.helpers.live_server import SyncServer, add_officer
from tests.helpers.registers import create_store

SERVER_PASSWORD = "Máy-chủ-2026!"

# One counter for the whole session, so every test takes a commune no other test has used.
CODE_COUNTER = itertools.count()


def commune_codes() -> list[str]:
    return [c.code for c in load_communes()]


def next_commune_code() -> str:
    codes = commune_codes()
    return codes[next(CODE_COUNTER) % len(codes)]


class Commune:
    """One commune on the server with its officers' registers, each enrolled as a device."""

    def __init__(self, server: SyncServer, code: str, folder: Path) -> None:
        self.server, self.code, self.folder = server, code, folder
        self.username = f"officer.{code}"
        add_officer(server.engine, code, self.username, SERVER_PASSWORD)
        self.stores: list[Store] = []

    def register(self, name: str, *, enrol: bool = True, url: str | None = None) -> Store:
        store, _recovery = create_store(
            self.folder / name, commune_code=self.code, username=f"{name}.{self.code}"
        )
        if enrol:
            service.enrol(store, url or self.server.url, self.username, SERVER_PASSWORD)
        self.stores.append(store)
        return store

    def sync(self, store: Store, **options: object):
        return service.sync_now(store, password=SERVER_PASSWORD, **options)

    def close(self) -> None:
        for store in self.stores:
            store.close()


# Retries that wait hundredths of a second, so fault tests stay quick.
QUICK = Backoff(base=0.01, cap=0.05)


def server_version(commune: Commune, table: str, row_id: str) -> int:
    with commune.server.engine.connect() as conn:
        return conn.execute(
            select(m.sync_row.c.version).where(
                m.sync_row.c.table_name == table, m.sync_row.c.row_id == row_id
            )
        ).scalar_one()
