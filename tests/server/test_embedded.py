"""The embedded server the desktop demo starts: free port, SQLite file, demo accounts, stop."""

import requests

from server import embedded
from tests.server.client import Device


def test_embedded_server_starts_serves_and_stops(tmp_path):
    db = tmp_path / "demo.sqlite3"
    embedded.create_demo_accounts(f"sqlite:///{db}", "11560", "demo", "demo-mat-khau")
    embedded.create_demo_accounts(f"sqlite:///{db}", "11560", "demo", "demo-mat-khau")
    server = embedded.start(db)
    try:
        assert server.url.startswith("http://127.0.0.1:")
        assert requests.get(server.url + "/v1/health", timeout=5).json()["status"] == "ok"
        device = Device.enrol(server.url, "demo", "demo-mat-khau", "11560")
        assert device.pull().rows == []
    finally:
        server.stop()
    try:
        requests.get(server.url + "/v1/health", timeout=2)
        stopped = False
    except requests.ConnectionError:
        stopped = True
    assert stopped
