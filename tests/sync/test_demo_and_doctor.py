"""`bvte demo` brings a loopback city server and an enrolled register; doctor checks capture."""

import os
import subprocess
import sys
from pathlib import Path

from desktop.demo_server import start_demo_sync
from desktop.paths import keyring_path
from desktop.services import sync as service
from desktop.services.demo import DEMO_PASSWORD, prepare_demo
from desktop.storage.keyring import Keyring
from desktop.storage.store import Store
from tests.helpers.registers import PASSWORD
from tests.sync.support import make_store


def _open(folder: Path) -> Store:
    officer = Keyring.load(keyring_path(folder)).officers()[0].officer_id
    return Store.open(folder, officer_id=officer, password=DEMO_PASSWORD)


def test_the_demo_register_is_enrolled_to_a_loopback_server_and_syncs(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    assert prepare_demo(folder, children=15)
    server = start_demo_sync(folder)
    try:
        store = _open(folder)
        try:
            status = service.status(store)
            assert status.enrolled and status.server_url == server.url
            report = service.sync_now(store, password=DEMO_PASSWORD)
            assert report.verify.ok and service.status(store).pending == 0
        finally:
            store.close()
    finally:
        server.stop()
    # A second demo run finds the same enrolment at the new address.
    again = start_demo_sync(folder)
    try:
        store = _open(folder)
        try:
            assert service.status(store).server_url == again.url
            service.sync_now(store, password=DEMO_PASSWORD)
        finally:
            store.close()
    finally:
        again.stop()


def test_doctor_reports_a_synced_table_without_its_triggers(tmp_path: Path) -> None:
    store = make_store(tmp_path / "r")
    with store.engine.begin() as conn:
        conn.exec_driver_sql('DROP TRIGGER "household_sync_au"')
    store.close()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "doctor",
            "--data-dir",
            str(tmp_path / "r"),
            "--password-stdin",
        ],
        input=f"{PASSWORD}\n".encode(),
        capture_output=True,
        env=dict(os.environ, PYTHONPATH=str(Path.cwd())),
        timeout=120,
    )
    assert done.returncode == 1
    assert "household has no trigger household_sync_au" in done.stdout.decode()
