"""Sync fixtures: the real server per backend, and officers' registers enrolled to it."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.communes import Commune, next_commune_code
from tests.helpers.live_server import SyncServer, live_server


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def server(request, tmp_path_factory) -> Iterator[SyncServer]:
    with live_server(request.param, tmp_path_factory.mktemp(request.param)) as live:
        yield live


@pytest.fixture
def commune(server: SyncServer, tmp_path: Path) -> Iterator[Commune]:
    made = Commune(server, next_commune_code(), tmp_path)
    yield made
    made.close()
