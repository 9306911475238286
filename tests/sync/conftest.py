"""Sync fixtures: the real server per backend, and officers' registers enrolled to it."""

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.reference.communes import load_communes
from desktop.services import sync as service
from desktop.storage.store import Store
from tests.storage.support import create_store
from tests.sync.live_server import LiveServer, add_officer, live_server

SERVER_PASSWORD = "Máy-chủ-2026!"


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def server(request, tmp_path_factory) -> Iterator[LiveServer]:
    with live_server(request.param, tmp_path_factory.mktemp(request.param)) as live:
        yield live


_CODES = itertools.count()


def _commune_codes() -> list[str]:
    return [c.code for c in load_communes()]


class Commune:
    """One commune on the server with its officers' registers, each enrolled as a device."""

    def __init__(self, server: LiveServer, code: str, folder: Path) -> None:
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


@pytest.fixture
def commune(server: LiveServer, tmp_path: Path) -> Iterator[Commune]:
    codes = _commune_codes()
    code = codes[next(_CODES) % len(codes)]
    made = Commune(server, code, tmp_path)
    yield made
    made.close()
