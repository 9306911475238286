"""`bvte-server` administration commands on a real SQLite file, and `serve` in a process."""

import io
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from desktop import __version__
from server import accounts, cli
from server.db import make_engine
from tests.helpers.live_server import REPO_ROOT, free_port
from tests.server.client import Device


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "city.sqlite3")


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_version_and_help(capsys):
    with pytest.raises(SystemExit) as done:
        cli.main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"bvte-server {__version__}"


def test_migrate_is_idempotent(capsys, db):
    assert _run(capsys, "migrate", "--db", db)[1].startswith("Đã cập nhật")
    assert "mới nhất" in _run(capsys, "migrate", "--db", db)[1]


def test_communes_from_the_reference_list_or_by_name(capsys, db):
    code, out, _ = _run(capsys, "create-commune", "--db", db, "11560")
    assert code == 0 and "Phường Thủy Nguyên" in out
    assert _run(capsys, "create-commune", "--db", db, "98765", "--name", "Xã Mới")[0] == 0
    code, _, err = _run(capsys, "create-commune", "--db", db, "98766")
    assert code == 2 and "hãy ghi tên" in err
    code, out, _ = _run(capsys, "create-commune", "--db", db, "--all")
    assert code == 0 and "114" in out


def test_officers_devices_and_revocation(capsys, db, monkeypatch):
    _run(capsys, "create-commune", "--db", db, "11560")
    monkeypatch.setattr(sys, "stdin", io.StringIO("mat-khau-dai-2026\n"))
    code, out, _ = _run(capsys, "create-officer", "--db", db, "canbo1", "--commune", "11560",
                        "--password-stdin")
    assert code == 0 and "canbo1" in out
    monkeypatch.setattr(sys, "stdin", io.StringIO("mat-khau-dai-2026\n"))
    code, _, err = _run(capsys, "create-officer", "--db", db, "canbo1", "--commune", "11560",
                        "--password-stdin")
    assert code == 2 and "đã có" in err
    monkeypatch.setattr(sys, "stdin", io.StringIO("ngan\n"))
    assert _run(capsys, "create-city-staff", "--db", db, "tp1", "--password-stdin")[0] == 2
    monkeypatch.setattr(sys, "stdin", io.StringIO("mat-khau-thanh-pho\n"))
    assert _run(capsys, "create-city-staff", "--db", db, "tp1", "--password-stdin")[0] == 0
    engine = make_engine(db)
    officer = accounts.list_devices(engine)
    assert officer == []
    with engine.connect() as conn:
        account_id = conn.exec_driver_sql(
            "SELECT id FROM account WHERE username='canbo1'").scalar_one()
    device = accounts.enrol_device(engine, account_id, "11560", "PC văn phòng")
    code, out, _ = _run(capsys, "list-devices", "--db", db)
    assert device.device_id in out and "hoạt động" in out and "Tổng: 1" in out
    assert _run(capsys, "revoke-device", "--db", db, device.device_id)[0] == 0
    assert "đã thu hồi" in _run(capsys, "list-devices", "--db", db, "--commune", "11560")[1]
    assert _run(capsys, "revoke-device", "--db", db, device.device_id)[0] == 1


def test_bundle_key_is_created_once(capsys, db):
    first = _run(capsys, "bundle-key", "--db", db)[1].strip()
    assert len(first) == 44 and _run(capsys, "bundle-key", "--db", db)[1].strip() == first


def test_serve_runs_a_real_server_in_its_own_process(tmp_path, capsys, db, monkeypatch):
    _run(capsys, "create-commune", "--db", db, "11560")
    monkeypatch.setattr(sys, "stdin", io.StringIO("mat-khau-dai-2026\n"))
    _run(capsys, "create-officer", "--db", db, "canbo", "--commune", "11560", "--password-stdin")
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "server.cli", "serve", "--db", db, "--port", str(port)],
        cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    try:
        url = f"http://127.0.0.1:{port}"
        for _ in range(300):
            try:
                if requests.get(url + "/v1/health", timeout=1).ok:
                    break
            except requests.ConnectionError:
                time.sleep(0.1)
        device = Device.enrol(url, "canbo", "mat-khau-dai-2026", "11560")
        assert device.pull().rows == []
    finally:
        process.terminate()
        out, err = process.communicate(timeout=30)
    assert "127.0.0.1" in out.decode("utf-8")
    assert '"event": "login"' in err.decode("utf-8")
