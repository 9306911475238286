"""Faults for real: a lost reply, SIGKILL of `bvte sync` mid-push and mid-pull, offline bundles."""

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.domain.child import Child
from desktop.paths import database_path, keyring_path
from desktop.protocol import PATH_PULL, PATH_PUSH, PATH_SNAPSHOT
from desktop.services.sync import bundle as sync_bundle
from desktop.storage.engine import make_engine
from desktop.storage.keyring import Keyring
from desktop.storage.store import Store
from desktop.sync.errors import SyncError
from tests.helpers.communes import QUICK, SERVER_PASSWORD, Commune, server_version
from tests.helpers.registers import PASSWORD
from tests.sync.faulty_proxy import FaultyProxy
from tests.sync.helpers import add_child, child, edit_child, pending, scalar, state, sums


def _applied_ops(commune: Commune) -> int:
    with commune.server.engine.connect() as conn:
        return conn.execute(
            text(
                "SELECT count(*) FROM applied_op o JOIN push_batch b ON b.batch_id = o.batch_id "
                "JOIN device d ON d.id = b.device_id WHERE d.commune_code = :c"
            ),
            {"c": commune.code},
        ).scalar_one()


def test_a_lost_reply_then_retry_has_exactly_one_effect(commune: Commune) -> None:
    with FaultyProxy(commune.server.port) as proxy:
        a = commune.register("a", url=proxy.url)
        made = add_child(a, "Nguyễn Văn Phúc")
        commune.sync(a)
        edit_child(a, made.id, village="Thôn Mới")
        # Lost twice across two runs (the app closed in between): the batch id is on disk.
        for _ in range(2):
            proxy.plan(PATH_PUSH, "lose_reply")
            with pytest.raises(SyncError) as caught:
                commune.sync(a, attempts=1)
            assert caught.value.retryable and pending(a) == 1
        batch = scalar(a, "SELECT batch_id FROM sync_outbox")
        # And once more inside one run, retried at once with the same batch.
        proxy.plan(PATH_PUSH, "lose_reply")
        report = commune.sync(a, attempts=3, backoff=QUICK)
    assert report.retries == 1 and pending(a) == 0
    assert server_version(commune, "child", made.id) == 2
    with commune.server.engine.connect() as conn:
        ops = conn.execute(
            text("SELECT count(*) FROM applied_op WHERE batch_id = :b"), {"b": batch}
        ).scalar_one()
    assert ops == 1


def _seed_children(store, count: int) -> None:
    with store.unit_of_work() as uow:
        for i in range(count):
            uow.children.add(Child(commune_code=store.commune_code, full_name=f"Trẻ {i:05d}"))


def _bvte_sync(folder: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(Path.cwd()))
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "desktop",
            "sync",
            "--data-dir",
            str(folder),
            "--password-stdin",
            "--page-size",
            "500",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert process.stdin is not None
    process.stdin.write(f"{PASSWORD}\n{SERVER_PASSWORD}\n".encode())
    process.stdin.close()
    return process


@contextlib.contextmanager
def _peek(folder: Path, officer_id: str):
    """Read-only queries on a register another process is writing."""
    key = Keyring.load(keyring_path(folder)).unlock(officer_id, PASSWORD)
    engine = make_engine(database_path(folder), key)
    try:

        def query(sql: str) -> int:
            with engine.connect() as conn:
                return conn.execute(text(sql)).scalar_one()

        yield query
    finally:
        engine.dispose()


def _kill_when(process: subprocess.Popen, ready, timeout: float = 60) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        if ready():
            process.send_signal(signal.SIGKILL)
            process.wait()
            return True
        time.sleep(0.01)
    raise AssertionError("the sync never reached the point to kill it")


def test_sigkill_mid_push_and_mid_pull_resumes_with_no_gap_and_no_duplicate(
    commune: Commune,
) -> None:
    with FaultyProxy(commune.server.port) as proxy:
        a = commune.register("a", url=proxy.url)
        b = commune.register("b", url=proxy.url)
        for store in (a, b):
            commune.sync(store)
        _seed_children(a, 1600)  # four batches
        expected_ops = _applied_ops(commune) + pending(a)
        a_folder = a.folder
        a.close()
        proxy.slow[PATH_PUSH] = 0.4
        answered = proxy.answered[PATH_PUSH]
        process = _bvte_sync(a_folder)
        killed = _kill_when(process, lambda: proxy.answered[PATH_PUSH] >= answered + 1)
        assert killed, process.stderr.read().decode() if process.stderr else ""
        proxy.slow.clear()
        assert 0 < _applied_ops(commune) < expected_ops  # truly mid-push
        a = Store.open(a_folder, officer_id=a.officer.id, password=PASSWORD)
        commune.stores[0] = a
        commune.sync(a)
        assert pending(a) == 0
        # Each op applied exactly once; the killed run and the restart each logged a login.
        assert _applied_ops(commune) == expected_ops + 2

        # Mid-pull: B pulls the 1600 children a page at a time and is killed after one page.
        b_folder = b.folder
        b.close()
        proxy.slow[PATH_PULL] = 0.4
        process = _bvte_sync(b_folder)
        with _peek(b_folder, b.officer.id) as peek:
            # Killed once the first page of children is committed, before the last.
            killed = _kill_when(process, lambda: 0 < peek("SELECT count(*) FROM child") < 1600)
        assert killed
        proxy.slow.clear()
        b = Store.open(b_folder, officer_id=b.officer.id, password=PASSWORD)
        commune.stores[1] = b
        partial = scalar(b, "SELECT count(*) FROM child")
        assert 0 < partial < 1600
        commune.sync(b)
        commune.sync(a)
        commune.sync(b)
    assert state(a) == state(b)
    assert sums(a) == sums(b)
    assert scalar(b, "SELECT count(*) FROM child") == 1600


def test_sigkill_mid_bootstrap_leaves_nothing_half_made_and_the_next_sync_completes(
    commune: Commune,
) -> None:
    with FaultyProxy(commune.server.port) as proxy:
        a = commune.register("a", url=proxy.url)
        _seed_children(a, 1600)  # four snapshot pages of 500
        commune.sync(a)
        b = commune.register("b", url=proxy.url)
        b_folder, b_officer = b.folder, b.officer.id
        with b.engine.connect() as conn:
            schema = conn.execute(
                text("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name")
            ).all()
        b.close()
        proxy.slow[PATH_SNAPSHOT] = 0.4
        process = _bvte_sync(b_folder)
        # Killed once pages have been written into the open transaction, before the last.
        assert _kill_when(process, lambda: 2 <= proxy.answered[PATH_SNAPSHOT] < 4)
        proxy.slow.clear()
        b = Store.open(b_folder, officer_id=b_officer, password=PASSWORD)
        commune.stores[1] = b
        # Nothing of the snapshot, and every index and trigger dropped for it is there.
        assert scalar(b, "SELECT count(*) FROM child") == 0
        assert scalar(b, "SELECT count(*) FROM child_search") == 0
        assert not scalar(b, "SELECT coalesce(max(bootstrapped), 0) FROM sync_state")
        with b.engine.connect() as conn:
            after = conn.execute(
                text("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name")
            ).all()
        assert after == schema
        report = commune.sync(b)
    assert report.bootstrapped and report.verify.ok
    assert scalar(b, "SELECT count(*) FROM child") == 1600
    assert scalar(b, "SELECT count(*) FROM child_search") == 1600
    assert state(a, ("child",)) == state(b, ("child",))


def test_an_offline_bundle_is_imported_exactly_once_and_its_answer_brings_the_pull(
    commune: Commune, tmp_path: Path
) -> None:
    island, town = commune.register("island"), commune.register("town")
    commune.sync(island)
    commune.sync(town)
    news = add_child(town, "Tin từ đất liền")
    commune.sync(town)
    made = add_child(island, "Đảo Cát Hải")
    bundle_file, answer_file = tmp_path / "out.bvte", tmp_path / "answer.bvte"
    assert sync_bundle.export_bundle(island, bundle_file).changes >= 1
    assert pending(island) >= 1  # kept until the answer says the server has them
    ops_before = _applied_ops(commune)
    # A connected PC carries the file; it is (by mistake) imported twice.
    for _ in range(2):
        sync_bundle.forward_bundle(town, bundle_file, answer_file, password=SERVER_PASSWORD)
    summary = sync_bundle.import_answer(island, answer_file)
    assert summary.pulled >= 1
    assert pending(island) == 0
    ops_after = _applied_ops(commune)
    commune.sync(island)  # online later: nothing is sent twice
    commune.sync(town)
    assert _applied_ops(commune) - ops_after <= 1  # only the sync's own login audit, if any
    assert ops_after - ops_before >= 1
    assert child(island, news.id) is not None and child(town, made.id) is not None
    with pytest.raises(SyncError):
        sync_bundle.import_answer(island, answer_file)  # an answer opens once
    assert state(island) == state(town)


def test_the_watchdog_reports_a_sync_that_makes_no_progress(commune: Commune) -> None:
    from desktop.services import sync as service
    from desktop.sync.engine import SyncEngine

    with FaultyProxy(commune.server.port) as proxy:
        a = commune.register("a", url=proxy.url)
        commune.sync(a)
        add_child(a, "Lý Văn Chậm")
        proxy.slow[PATH_PUSH] = 1.5  # the server answers, but only after a long silence
        seen: list[str] = []
        client = service.connect(a, SERVER_PASSWORD)
        try:
            engine = SyncEngine(
                a, client, progress=lambda item: seen.append(item.stage), watchdog_seconds=0.3
            )
            report = engine.run()
        finally:
            client.close()
    assert "stalled" in seen and report.stalls >= 1
    assert pending(a) == 0  # and the sync still finished


def test_bvte_sync_exports_a_bundle_and_imports_the_answer(
    commune: Commune, tmp_path: Path
) -> None:
    island = commune.register("island")
    commune.sync(island)
    add_child(island, "Trẻ trên đảo")
    folder = island.folder
    island.close()
    out, answer = tmp_path / "gui-thanh-pho.bvte", tmp_path / "tra-loi.bvte"

    def bvte(*extra: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "desktop",
                "sync",
                "--data-dir",
                str(folder),
                "--password-stdin",
                *extra,
            ],
            input=f"{PASSWORD}\n".encode(),
            capture_output=True,
            env=dict(os.environ, PYTHONPATH=str(Path.cwd())),
            timeout=120,
        )

    done = bvte("--export-bundle", str(out))
    assert done.returncode == 0, done.stderr.decode()
    assert "đã mã hóa" in done.stdout.decode() and out.stat().st_size > 100
    carrier = commune.register("carrier")
    sync_bundle.forward_bundle(carrier, out, answer, password=SERVER_PASSWORD)
    done = bvte("--import-answer", str(answer))
    assert done.returncode == 0, done.stderr.decode()
    again = bvte("--import-answer", str(answer))
    assert again.returncode == 8 and "không dành cho máy này" in again.stderr.decode()
    reopened = Store.open(folder, officer_id=island.officer.id, password=PASSWORD)
    commune.stores[0] = reopened
    # Only the later openings' own login records wait; the child went with the bundle.
    assert (
        scalar(reopened, "SELECT count(*) FROM sync_outbox WHERE table_name != 'audit_event'") == 0
    )
    assert scalar(reopened, "SELECT count(*) FROM sync_outbox") == 3


def test_a_busy_server_s_retry_after_is_honoured_and_the_sync_goes_on(commune: Commune) -> None:
    from desktop.services import sync as service
    from desktop.sync.engine import SyncEngine

    with FaultyProxy(commune.server.port) as proxy:
        a = commune.register("a", url=proxy.url)
        commune.sync(a)
        add_child(a, "Hà Văn Đợi")
        proxy.retry_after = "7"
        proxy.plan(PATH_PUSH, "throttle_429")
        proxy.plan(PATH_PUSH, "error_500")
        waits: list[float] = []
        client = service.connect(a, SERVER_PASSWORD)
        try:
            report = SyncEngine(a, client, sleep=waits.append, backoff=QUICK).run()
        finally:
            client.close()
    assert report.retries == 2 and pending(a) == 0
    assert waits[0] >= 7  # the server's Retry-After, not the short backoff
    assert waits[1] < 1  # an ordinary retry uses the backoff
